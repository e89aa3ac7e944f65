import type { OutgoingMail } from '../../shared/outbox/outbox';
import { PICKUP_HOURS, PICKUP_OFFICE } from './pickup-office';

const FROM = 'Ministerio del Trabajo – Capacitadores independientes <calificacion_occ@trabajo.gob.ec>';
const SIGNATURE = '\n\nDirección de Calificación, Reconocimiento y Certificación de Operadores\ncalificacion_occ@trabajo.gob.ec · 022 258050, 022 257802';

export function credentialIssuedMail(to: string, names: string, validUntil: string): OutgoingMail {
  return {
    from: FROM,
    to,
    subject: 'Su credencial de capacitador independiente está lista',
    body: `${names}: su credencial de capacitador independiente fue emitida (vigente hasta ${validUntil}).\nRetírela en ${PICKUP_OFFICE}, ${PICKUP_HOURS}, con su cédula.${SIGNATURE}`,
  };
}
