// Spanish labels, badge colours and the next step each status expects (seeds 000, 001, 002, 004).

type Tone = 'green' | 'amber' | 'red' | 'grey' | 'blue';
export interface StatusView {
  label: string;
  tone: Tone;
  next?: string;
}

export const SAL_KEY: Record<string, StatusView> = {
  PENDING_FIRST_LOGIN: { label: 'Pendiente de primer ingreso', tone: 'amber', next: 'El titular ingresa al SAL y cambia la contraseña temporal.' },
  ACTIVE: { label: 'Activa', tone: 'green' },
  DEACTIVATED: { label: 'Desactivada', tone: 'grey' },
};

export const SAL_REQUEST: Record<string, StatusView> = {
  SUBMITTED: { label: 'En revisión', tone: 'blue', next: 'La Dirección de Meritocracia revisa la documentación.' },
  APPROVED: { label: 'Aprobada', tone: 'green' },
  CLOSED_WITH_OBSERVATIONS: { label: 'Cerrada con observaciones', tone: 'red', next: 'La institución debe enviar una nueva solicitud completa.' },
};

export const SUT: Record<string, StatusView> = {
  RECEIVED: { label: 'Recibida', tone: 'blue', next: 'El MDT atiende o rechaza la solicitud.' },
  RESOLVED: { label: 'Atendida', tone: 'green', next: 'El usuario regenera su clave con el enlace enviado (24 horas).' },
  REJECTED: { label: 'Rechazada', tone: 'red', next: 'Puede presentar una nueva solicitud con los requisitos.' },
};

export const TRAINER: Record<string, StatusView> = {
  REQUESTED: { label: 'Solicitada', tone: 'blue', next: 'El MDT emite la credencial.' },
  ISSUED: { label: 'Emitida', tone: 'amber', next: 'Retirar en Av. Amazonas N38-42 y Villalengua, Edif. Amazonas 100, 4to piso, Quito (L–V 08h00–16h45).' },
  DELIVERED: { label: 'Entregada', tone: 'green' },
  REVOKED: { label: 'Revocada', tone: 'red' },
};

export const IESS: Record<string, StatusView> = {
  SUBMITTED: { label: 'Presentada', tone: 'blue', next: 'El IESS revisa los requisitos.' },
  OBSERVED: { label: 'Observada', tone: 'amber', next: 'Corregir los documentos observados.' },
  APPROVED: { label: 'Aprobada', tone: 'green', next: 'Entregar la clave patronal.' },
  KEY_DELIVERED: { label: 'Clave entregada', tone: 'green' },
  REJECTED: { label: 'Rechazada', tone: 'red' },
  EXPIRED: { label: 'Vencida (turno no atendido)', tone: 'grey', next: 'Solicitar un nuevo turno o usar la ventanilla virtual.' },
};

export const CHANNELS: Record<string, string> = {
  PRESENCIAL: 'Presencial',
  QUIPUX: 'Quipux',
  VIRTUAL: 'Ventanilla virtual',
  ONLINE: 'En línea',
  EMAIL: 'Correo electrónico',
  TELEFONICA: 'Telefónica (1800 266 822)',
};

export const SYSTEMS: Record<string, string> = { SUT: 'Sistema Único de Trabajo', SALARIOS_EN_LINEA: 'Salarios en Línea' };

export const REASONS: Record<string, string> = {
  CHANGE_OF_POST_OR_FUNCTIONS: 'cambio de cargo o funciones',
  TEMPORARY_ABSENCE: 'ausencia temporal',
  CHANGE_OF_RESPONSIBLE: 'cambio de responsable',
  LOSS_OR_THEFT_OR_RISK: 'pérdida, robo o riesgo',
  INSTITUTION_DEACTIVATED: 'institución desactivada',
};

export function date(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return d.toLocaleDateString('es-EC', { timeZone: 'America/Guayaquil', year: 'numeric', month: 'short', day: 'numeric' });
}
