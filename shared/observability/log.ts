import pino, { type DestinationStream, type Logger } from 'pino';
import type { LlaveroConfig } from '../config';

export type { Logger };

// One pino logger per process, named after the service. Secrets and personal data never reach a log
// line: requests are logged by operation, caller and outcome, never by their variables, and the paths
// below are censored wherever they appear (a token, a password, a document's bytes, an e-mail).

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-llavero-identity"]',
  'req.headers["x-llavero-signature"]',
  'headers.authorization',
  '*.password',
  '*.token',
  '*.contentBase64',
  '*.email',
  '*.contactEmail',
  'variables',
];

/** A readable stream for a developer at a terminal; pino-pretty is a development dependency, so JSON without it. */
function prettyStream(): DestinationStream | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
    return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', messageFormat: '[{service}] {msg}' });
  } catch {
    return undefined;
  }
}

export function createLogger(service: string, settings: Readonly<LlaveroConfig['log']>, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: settings.level,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[oculto]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: label => ({ level: label }) },
  };
  const stream = destination ?? (settings.format === 'pretty' ? prettyStream() : undefined);
  return stream ? pino(options, stream) : pino(options);
}
