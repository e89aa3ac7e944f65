import { createServer } from 'node:net';

// What `npm start` checks before it starts anything, and how it says what went wrong: one Spanish line
// that names the cause and the fix, never "undefined" or a stack trace.

export interface PlannedPort {
  port: number;
  /** Who will listen there, in the clerk's and the operator's words. */
  what: string;
  /** The setting that moves it. */
  setting: string;
  /** Where it will listen (undefined: every address, as the gateway does). */
  host?: string;
}

function free(port: number, host?: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise(resolve => {
    const probe = createServer();
    probe.once('error', error => resolve(error as NodeJS.ErrnoException));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(null)));
  });
}

/** The first planned port that cannot be used, said plainly; null when all are free. */
export async function firstPortInUse(ports: PlannedPort[]): Promise<string | null> {
  for (const planned of ports) {
    const error = await free(planned.port, planned.host);
    if (!error) continue;
    if (error.code === 'EADDRINUSE') {
      return `el puerto ${planned.port} (${planned.what}) ya está en uso: probablemente otra copia de Llavero está en marcha (deténgala con Ctrl+C) o defina ${planned.setting} con otro puerto.`;
    }
    if (error.code === 'EACCES') return `no hay permiso para escuchar en el puerto ${planned.port} (${planned.what}): use un puerto mayor que 1023 con ${planned.setting}.`;
    return `no se puede escuchar en el puerto ${planned.port} (${planned.what}): ${error.message}.`;
  }
  return null;
}

/** A database error while starting, as the operator must read it. */
export function explainDatabaseError(error: unknown, databaseUrl: string | undefined): string | null {
  const code = String((error as { code?: string } | undefined)?.code ?? '');
  const where = databaseUrl ? safeHost(databaseUrl) : '127.0.0.1';
  const name = databaseUrl ? decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) : 'llavero';
  const source = databaseUrl ? 'DATABASE_URL' : 'la base de datos incorporada';
  switch (code) {
    case 'ECONNREFUSED':
      return `PostgreSQL no responde en ${where} (${source}): inícielo, o corrija DATABASE_URL; sin DATABASE_URL, npm start usa su PostgreSQL incorporado.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `no se encuentra el servidor ${where} de DATABASE_URL: corrija el nombre del servidor.`;
    case 'ETIMEDOUT':
      return `PostgreSQL no respondió a tiempo en ${where} (${source}): revise la red o el cortafuegos, o suba DB_CONNECT_TIMEOUT_MS.`;
    case '28P01':
    case '28000':
      return `PostgreSQL rechazó el usuario o la contraseña de DATABASE_URL en ${where}: corríjalos.`;
    case '3D000':
      return `la base de datos "${name}" no existe en ${where}: créela (createdb ${name}) o corrija DATABASE_URL.`;
    case '42501':
      return `el usuario de DATABASE_URL no puede crear esquemas ni roles en "${name}": Llavero migra como dueño de la base; use ese usuario (los procesos usan después roles con menos permisos).`;
    case '57P03':
      return `PostgreSQL en ${where} todavía está arrancando o en recuperación: reintente en unos segundos.`;
    default:
      return null;
  }
}

function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
  } catch {
    return 'un servidor que DATABASE_URL no nombra bien';
  }
}

/** Any other start-up failure: its message, or what was known when it had none. */
export function describe(error: unknown, stage: string): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return `falló ${stage} sin dar motivo`;
}
