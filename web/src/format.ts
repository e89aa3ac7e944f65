// Spanish months and Ecuadorian numbers, pinned here rather than asked of Intl, so the pages read the
// same whatever the browser's locale data: Chromium's es-EC gives 5.602 and 1.234,5 (kept here) but
// "ene 2020" without the abbreviation's dot, and plain "es" gives 5602 and 1234,5.

export const MONTH_NAMES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] as const;
const MONTH_SHORT = ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'] as const;

/** 'YYYY-MM' → "ene. 2020". */
export function monthShort(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTH_SHORT[Number(number) - 1]} ${year}`;
}

/** 'YYYY-MM' → "enero de 2020". */
export function monthLong(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTH_NAMES[Number(number) - 1]} de ${year}`;
}

/** es-EC: thousands "." and decimals "," (5602 → "5.602", 1234,5 → "1.234,5"); null → "". */
export function number(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV as Excel in Spanish opens it: ";" between fields, CRLF lines, UTF-8 with a BOM. */
export function csv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map(row => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}

/** Offers text as a file download. */
export function download(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
