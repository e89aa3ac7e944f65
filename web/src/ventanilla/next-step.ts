import { dateTime, date } from '../labels';

// "Siguiente paso", computed from the current state and dates (seeds 000 SAL, 001 SUT, 002 IESS,
// 004 trainers): never a step that can no longer be taken, such as a link that expired.

type Row = Record<string, any>;
const HOUR = 3_600_000;
const past = (at: string | null | undefined, now: Date) => !!at && new Date(at).getTime() <= now.getTime();

export function salKeyStep(key: Row, now = new Date()): string | null {
  if (key.status === 'DEACTIVATED') return null;
  if (key.lockedUntil && !past(key.lockedUntil, now)) return `Ingreso bloqueado por intentos fallidos hasta ${dateTime(key.lockedUntil)}: esperar a esa hora o recuperar la contraseña con el código enviado a ${key.holderEmail}.`;
  if (key.status === 'PENDING_FIRST_LOGIN') return `El titular ingresa al SAL (migraciones.trabajo.gob.ec) con la contraseña temporal enviada a ${key.holderEmail} y la cambia.`;
  if (key.mustChangePassword) return 'El titular debe cambiar la contraseña en su próximo ingreso.';
  return null;
}

export function salRequestStep(request: Row): string | null {
  if (request.status === 'SUBMITTED') return `La Dirección de Meritocracia revisa la documentación; la respuesta llega desde ${request.mailbox}.`;
  if (request.status === 'CLOSED_WITH_OBSERVATIONS') return 'La institución envía una nueva solicitud completa, corrigiendo las observaciones.';
  return null;
}

export function salEmptyStep(kind: string): string {
  if (kind !== 'PUBLIC_ENTITY') return 'El SAL es solo para instituciones públicas: este RUC no necesita clave de Responsable UATH.';
  return 'La institución se registra primero en el Sistema de Autorizaciones Laborales y luego el Responsable UATH solicita su clave con el formulario, el certificado e-learning y su nombramiento.';
}

export function sutStep(recovery: Row, now = new Date()): string | null {
  if (recovery.status === 'RECEIVED') return 'El MDT atiende o rechaza la solicitud; la respuesta llega al correo de contacto.';
  if (recovery.status === 'REJECTED') return 'Presentar una nueva solicitud de recuperación con la solicitud firmada y el RUC vigente.';
  if (recovery.status === 'RESOLVED' && recovery.resolvedAt) {
    if (recovery.linkUsedAt) return `El enlace ya se usó el ${dateTime(recovery.linkUsedAt)}: la clave fue regenerada. Si la perdió otra vez, nueva solicitud.`;
    // The API says when the link expires; a record without it follows the rule: 24 hours after resolution.
    const expires = new Date(recovery.linkExpiresAt ?? new Date(recovery.resolvedAt).getTime() + 24 * HOUR);
    if (expires.getTime() > now.getTime()) return `Regenerar la clave con el enlace enviado a ${recovery.contactEmail} antes de ${dateTime(expires.toISOString())}.`;
    return `El enlace enviado a ${recovery.contactEmail} venció el ${dateTime(expires.toISOString())}: si aún no tiene clave, presentar una nueva solicitud de recuperación.`;
  }
  return null;
}

export const SUT_EMPTY = 'Para recuperar la clave del SUT o de Salarios en Línea: solicitud de recuperación firmada y RUC vigente, en una ventanilla del MDT, por Quipux o al 1800 266 822.';

export function trainerStep(credential: Row, now = new Date()): string | null {
  if (credential.status === 'REQUESTED') return 'El MDT emite la credencial; se avisa por correo para retirarla.';
  if (credential.status === 'REVOKED') return credential.revocationReason ? `Credencial revocada: ${credential.revocationReason}.` : 'Credencial revocada.';
  if (credential.validUntil && past(`${credential.validUntil}T23:59:59-05:00`, now)) return `La credencial venció el ${date(credential.validUntil)}: solicitar una nueva con la resolución de calificación vigente.`;
  if (credential.status === 'ISSUED') return 'Retirar la credencial en Av. Amazonas N38-42 y Villalengua, Edif. Amazonas 100, 4to piso, Quito (lunes a viernes 08h00–16h45), con la cédula.';
  return null;
}

export function trainerEmptyStep(kind: string): string {
  if (kind !== 'NATURAL_PERSON') return 'Las credenciales de capacitador son solo para personas naturales.';
  return 'Si está calificado por el MDT como capacitador independiente: solicitar la credencial en línea o a soporte@setec.gob.ec, con fotografía JPG y la resolución de calificación en PDF.';
}

/** The originals to bring to an IESS turno (seed 002), with what applies to this employer and request. */
export function iessOriginals(request: Row, employer: Row | null): string[] {
  const list = ['confirmación del turno en línea', 'RUC', 'solicitud de entrega de clave y acuerdo de responsabilidad firmados a mano', 'cédula original vigente del representante legal (o visa o pasaporte vigente si es extranjero sin cédula)'];
  if (employer?.qualifiedArtisan) list.push('calificación artesanal (copia simple)');
  if (request.thirdPartyNames) list.push(`documento de identidad de ${request.thirdPartyNames}, tercero autorizado en la solicitud`);
  if (request.attorneyNames) list.push(`poder notarial original de ${request.attorneyNames}, validado y sellado por el área jurídica de la Dirección Provincial`);
  return list;
}

export function iessStep(request: Row, employer: Row | null, now = new Date()): string | null {
  switch (request.status) {
    case 'SUBMITTED':
      if (request.channel !== 'PRESENCIAL') return 'El IESS revisa los requisitos y responde al correo del empleador.';
      if (request.attendedAt && request.attorneyNames && !request.powerOfAttorneyValidatedBy) return `El área jurídica de la Dirección Provincial valida y sella el poder notarial de ${request.attorneyNames}; después el IESS aprueba.`;
      if (request.attendedAt) return 'Turno atendido: el IESS revisa los requisitos.';
      if (request.appointmentAt && !past(request.appointmentAt, now)) return `Acudir al turno del ${dateTime(request.appointmentAt)} en ${request.agency ?? 'la agencia elegida'} con: ${iessOriginals(request, employer).join('; ')}.`;
      return `El turno del ${dateTime(request.appointmentAt)} ya pasó: generar un nuevo turno en línea (Turnos para atención al ciudadano, trámite "Clave patronal").`;
    case 'OBSERVED':
      return `Corregir lo observado${request.observations ? ` (${request.observations})` : ''} y volver a presentar.`;
    case 'APPROVED':
      return request.channel === 'PRESENCIAL' ? 'Entregar la clave patronal en sobre sellado al representante legal, al tercero autorizado o al apoderado validado.' : 'El IESS envía la clave patronal al correo del empleador.';
    case 'KEY_DELIVERED':
      if (employer?.employerKeyActivateBefore && !past(employer.employerKeyActivateBefore, now)) return `Activar la clave patronal antes de ${dateTime(employer.employerKeyActivateBefore)}; después hará falta una nueva solicitud.`;
      return null;
    case 'EXPIRED':
    case 'REJECTED':
      return 'Presentar una nueva solicitud: ventanilla virtual (firma electrónica) o turno presencial.';
    default:
      return null;
  }
}

export function iessEmptyStep(employer: Row | null): string {
  if (!employer) return 'Registrarse primero como empleador en www.iess.gob.ec (Trámites virtuales › Empleadores › Registro nuevo empleador); luego pedir la clave patronal por la ventanilla virtual o con turno presencial.';
  if (employer.hasEmployerKey) return 'Ya tiene clave patronal; si la perdió, pedir una nueva por la ventanilla virtual o con turno.';
  return 'Pedir la clave patronal: ventanilla virtual (solicitud con firma electrónica) o turno presencial en línea.';
}
