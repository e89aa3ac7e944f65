import type { OutgoingMail } from '../../shared/outbox/outbox';
import { APPOINTMENT_CODE_MINUTES } from './appointment-code';

const FROM = 'IESS – Clave patronal <no-responder@iess.gob.ec>';
const SIGNATURE = '\n\nInstituto Ecuatoriano de Seguridad Social · Centros de Atención: lunes a viernes de 8:00 a 17:00';

export function appointmentCodeMail(to: string, code: string): OutgoingMail {
  return { from: FROM, to, subject: 'Verificar IESS turno online', body: `Su código de verificación es ${code}. Vence en ${APPOINTMENT_CODE_MINUTES} minutos y sirve una sola vez.${SIGNATURE}` };
}

export function appointmentConfirmedMail(to: string, agency: string, startsAt: Date): OutgoingMail {
  const when = startsAt.toLocaleString('es-EC', { timeZone: 'America/Guayaquil', dateStyle: 'full', timeStyle: 'short' });
  return {
    from: FROM,
    to,
    subject: 'Confirmación del turno en línea: Clave patronal',
    body: `Turno confirmado en ${agency}, ${when}. Presente esta confirmación, los documentos originales, y la solicitud y el acuerdo firmados a mano.${SIGNATURE}`,
  };
}

export function observedMail(to: string, ruc: string, observations: string): OutgoingMail {
  return { from: FROM, to, subject: 'Solicitud de clave patronal observada', body: `La solicitud de clave patronal del RUC ${ruc} tiene observaciones:\n\n${observations}\n\nCorrija los documentos para continuar.${SIGNATURE}` };
}

export function rejectedMail(to: string, ruc: string, reason: string): OutgoingMail {
  return { from: FROM, to, subject: 'Solicitud de clave patronal rechazada', body: `La solicitud de clave patronal del RUC ${ruc} fue rechazada: ${reason}${SIGNATURE}` };
}

export function employerKeyMail(to: string, ruc: string, key: string): OutgoingMail {
  return {
    from: FROM,
    to,
    subject: 'Entrega de clave patronal',
    body: `Clave patronal del empleador ${ruc}: ${key}\nIngrese en www.iess.gob.ec y cámbiela en su primer acceso. Es personal e intransferible.${SIGNATURE}`,
  };
}

/** Presencial: the registered e-mail learns the key was handed over at the window; the key is not in it. */
export function keyHandedOverMail(to: string, ruc: string, handedTo: string): OutgoingMail {
  return {
    from: FROM,
    to,
    subject: 'Clave patronal entregada en ventanilla',
    body: `La clave patronal del empleador ${ruc} fue entregada en sobre sellado, en ventanilla, a ${handedTo}. Si usted no la solicitó, acuda a un Centro de Atención.${SIGNATURE}`,
  };
}
