import { clearBatch, wireBatch } from './batch-view';
import { clearDossier } from './dossier';
import { stopIdle, watchIdle } from './idle';
import { newAttention, wireSearch } from './search';
import { startSession } from './session';

// The front-office window: session first, then the find field, the dossier and the batch.

export function startWindow(): void {
  wireSearch();
  wireBatch();
  startSession({
    onStart: clerk =>
      watchIdle(clerk.idleSeconds, () => {
        const shown = !!document.querySelector('.panel, #batch-result table') || !!(document.getElementById('ruc') as HTMLInputElement).value;
        if (!shown) return;
        newAttention();
        clearBatch();
        const text = `Pantalla limpiada por inactividad (${clerk.idleSeconds} s sin actividad).`;
        document.getElementById('ruc-message')!.textContent = text;
      }),
    onEnd: () => {
      stopIdle();
      clearDossier();
      clearBatch();
      (document.getElementById('ruc') as HTMLInputElement).value = '';
      document.getElementById('ruc-message')!.textContent = '';
    },
  });
}
