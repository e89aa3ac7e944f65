import { session } from '../api';
import { download } from './dom';

// "Imprimir constancia": the gateway signs a PDF of what the window showed (POST /ventanilla/constancia).

export async function printConstancia(ruc: string, status: HTMLElement): Promise<void> {
  status.textContent = 'Generando constancia…';
  try {
    const response = await fetch('/ventanilla/constancia', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token() ?? ''}` },
      body: JSON.stringify({ ruc }),
      signal: AbortSignal.timeout(15_000),
    });
    if (response.ok && (response.headers.get('content-type') ?? '').includes('pdf')) {
      const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
      download(named ?? `constancia-${ruc}.pdf`, 'application/pdf', await response.arrayBuffer());
      status.textContent = 'Constancia descargada.';
      return;
    }
    const body = (response.headers.get('content-type') ?? '').includes('json') ? ((await response.json()) as { error?: string }) : {};
    status.textContent = response.status === 404 ? 'Este servidor aún no emite constancias.' : (body.error ?? `No se pudo generar la constancia (HTTP ${response.status}).`);
  } catch {
    status.textContent = 'No se pudo generar la constancia: el servidor no respondió. Reintente.';
  }
}
