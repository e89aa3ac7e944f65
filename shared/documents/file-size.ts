// A file's size as a clerk reads it: megabytes with a decimal comma, and the exact bytes when rounding
// would make a file over the limit look equal to it ("pesa 1,00 MB: el máximo es 1,00 MB").

const MB = 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(2).replace('.', ',')} MB`;
}

const exactBytes = (bytes: number) => `${bytes.toLocaleString('es-EC').replace(/[.,\u202f]/g, '\u00a0')} bytes`;

/** "pesa X: el máximo es Y", told apart even when both round to the same megabytes. */
export function sizeOverLimit(bytes: number, limit: number): string {
  if (megabytes(bytes) !== megabytes(limit)) return `pesa ${megabytes(bytes)}: el máximo es ${megabytes(limit)}`;
  return `pesa ${exactBytes(bytes)}: el máximo es ${exactBytes(limit)} (${megabytes(limit)})`;
}
