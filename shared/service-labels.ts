// How each service is named to a person (errors, pages, e-mails): one place.

export const SERVICE_LABELS: Record<string, string> = {
  sal: 'SAL (claves UATH)',
  sut: 'SUT / Salarios en Línea',
  trainers: 'capacitadores independientes',
  iess: 'IESS (clave patronal)',
  audit: 'bitácora de auditoría',
};

export function serviceLabel(service: string): string {
  return SERVICE_LABELS[service] ?? service;
}
