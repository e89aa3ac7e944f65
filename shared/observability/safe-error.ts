// An error as a log line may carry it: its kind and codes, a message with anything quoted or personal
// blanked out, never its input. PostgreSQL quotes the offending value (`invalid input syntax for type
// uuid: "…"`) and TypeORM prints the search (`matching: {"ruc": …}`); both come from the caller.

export interface SafeError {
  name: string;
  /** SQLSTATE for PostgreSQL, errno or library code otherwise. */
  code?: string;
  message: string;
  /** Schema names PostgreSQL reports (never values). */
  table?: string;
  column?: string;
  constraint?: string;
  /** Call sites only (the first line, which repeats the message, is dropped). */
  stack?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** Quoted text, e-mail addresses and long digit runs (RUC, cédula, phone) are replaced. */
export function blankInput(message: string): string {
  return message
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
    .replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '[correo]')
    .replace(/\d{6,}/g, '[número]')
    .slice(0, 300);
}

export function safeError(error: unknown, options: { stack?: boolean } = {}): SafeError {
  const e = (error ?? {}) as Record<string, unknown> & { driverError?: Record<string, unknown>; cause?: { code?: unknown } };
  const pg = e.driverError ?? e;
  const safe: SafeError = {
    name: text(e.name) ?? 'Error',
    message: blankInput(text(e.message) ?? String(error)),
  };
  const code = text(pg.code) ?? text(e.code) ?? text(e.cause?.code);
  if (code) safe.code = code;
  for (const field of ['table', 'column', 'constraint'] as const) if (text(pg[field])) safe[field] = String(pg[field]);
  if (options.stack && text(e.stack)) safe.stack = String(e.stack).split('\n').filter(line => /^\s+at /.test(line)).slice(0, 12).join('\n');
  return safe;
}
