import type { OutgoingMail } from '../../shared/outbox/outbox';
import { RecoverableSystem } from './enums';
import { RECOVERY_TOKEN_HOURS } from './recovery-token';

const FROM = 'Ministerio del Trabajo – Recuperación de claves <informacion@trabajo.gob.ec>';
// `of`: the name after "clave", with its article ("del Sistema Único de Trabajo", "de Salarios en Línea").
const SYSTEMS: Record<RecoverableSystem, { name: string; of: string; url: string }> = {
  SUT: { name: 'Sistema Único de Trabajo', of: 'del Sistema Único de Trabajo', url: 'https://sut.trabajo.gob.ec/recuperar-clave' },
  SALARIOS_EN_LINEA: { name: 'Salarios en Línea', of: 'de Salarios en Línea', url: 'https://salarios.trabajo.gob.ec/recuperar-clave' },
};
const SIGNATURE = '\n\nDirección de Contacto Ciudadano · informacion@trabajo.gob.ec · 1800 266 822';

export function recoveryLinkMail(to: string, system: RecoverableSystem, ruc: string, token: string): OutgoingMail {
  const { of, url } = SYSTEMS[system];
  return {
    from: FROM,
    to,
    subject: `Recuperación / regeneración de su clave ${of}`,
    body: `Su solicitud de recuperación de la clave ${of} para el RUC ${ruc} fue atendida.\n\nRegenere su clave en este enlace, válido por ${RECOVERY_TOKEN_HOURS} horas y una sola vez:\n${url}?token=${token}${SIGNATURE}`,
  };
}

export function rejectionMail(to: string, system: RecoverableSystem, ruc: string, reason: string): OutgoingMail {
  return {
    from: FROM,
    to,
    subject: `Solicitud de recuperación de clave ${SYSTEMS[system].of} rechazada`,
    body: `La solicitud de recuperación de clave del RUC ${ruc} fue rechazada: ${reason}\n\nPuede presentar una nueva solicitud con los requisitos completos.${SIGNATURE}`,
  };
}
