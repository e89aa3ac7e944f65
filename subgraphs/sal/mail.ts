import type { OutgoingMail } from '../../shared/outbox/outbox';
import { SalKeyRequestKind } from './enums';
import { senderFor } from './mailboxes';

// The e-mails of seed 000, sent from the Dirección de Meritocracia y Vinculación del Talento Humano:
// keys and creation answers from the creation mailbox, deactivation answers from the deactivation one.

const FROM = senderFor(SalKeyRequestKind.CREATION);
const SIGNATURE = `\n\nDirección de Meritocracia y Vinculación del Talento Humano\nMinisterio del Trabajo\nmigracioneslaborales@trabajo.gob.ec · 02 394 7440 ext. 40159`;

export function keyIssuedMail(to: string, ruc: string, cedula: string, temporaryPassword: string): OutgoingMail {
  return {
    from: FROM,
    to,
    subject: 'Clave de acceso al Sistema de Autorizaciones Laborales (SAL)',
    body:
      `Su solicitud de clave fue aprobada. Para ingresar a http://migraciones.trabajo.gob.ec:\n\n` +
      `1. R.U.C. de la institución: ${ruc}\n2. Usuario: ${cedula}\n3. Contraseña temporal: ${temporaryPassword}\n\n` +
      `Deberá cambiar la contraseña temporal en su primer ingreso. La clave es personal e intransferible (§6.6).${SIGNATURE}`,
  };
}

export function closingMail(to: string, ruc: string, observations: string, kind = SalKeyRequestKind.CREATION): OutgoingMail {
  return {
    from: senderFor(kind),
    to,
    subject: `Solicitud de ${kind === SalKeyRequestKind.DEACTIVATION ? 'desactivación' : 'creación'} de clave SAL cerrada con observaciones`,
    body: `La solicitud de claves de la institución ${ruc} se cierra con estas observaciones:\n\n${observations}\n\nPara continuar, envíe una nueva solicitud con la documentación completa.${SIGNATURE}`,
  };
}

export function keyDeactivatedMail(to: string, ruc: string, cedula: string, reason: string): OutgoingMail {
  return {
    from: senderFor(SalKeyRequestKind.DEACTIVATION),
    to,
    subject: 'Desactivación de clave del Sistema de Autorizaciones Laborales',
    body: `La clave del usuario ${cedula} de la institución ${ruc} fue desactivada (motivo: ${reason}).${SIGNATURE}`,
  };
}

export function recoveryCodeMail(to: string, ruc: string, code: string): OutgoingMail {
  return {
    from: FROM,
    to,
    subject: 'Código de confirmación para recuperar su clave SAL',
    body: `Se solicitó recuperar la clave del SAL de la institución ${ruc}. Su código de confirmación es ${code}; vence en 15 minutos y sirve una sola vez.\nSi usted no lo pidió, ignore este mensaje.${SIGNATURE}`,
  };
}
