import type { EntityManager } from 'typeorm';
import { badUserInput } from '../../shared/errors';
import { AttentionPoint } from './attention-point';
import { SystemKeyRecoveryChannel as Channel } from './enums';

// Seed 001's three channels: at an MDT window (the request names the regional office or delegation),
// through Quipux (it carries the Quipux document number), or by phone to the Dirección de Contacto
// Ciudadano in Quito on its citizen line (it carries the number the person called from, to call back).
// Each carries only its own detail.

/** Quipux numbers: institution and unit codes, year, sequence and document type, e.g. MDT-DSG-2026-0412-E. */
export const QUIPUX_NUMBER = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-(19|20)\d{2}-\d{1,6}-[A-Z]{1,4}$/;
/** Seed 001: "vía telefónica llamando al (1800)266 822", answered by the Dirección de Contacto Ciudadano, Quito. */
export const CITIZEN_CONTACT_LINE = '1800 266 822';
export const CITIZEN_CONTACT_OFFICE = 'Dirección de Contacto Ciudadano (Quito)';
/** A phone number as people give it: optional +, 7 to 15 digits, spaces or dashes between them. */
const PHONE = /^\+?\d(?:[ -]?\d){6,14}$/;

export interface ChannelDetails {
  attentionPointCode: string | null;
  quipuxDocumentNumber: string | null;
  callerPhone: string | null;
}
type Given = { attentionPointCode?: string | null; quipuxDocumentNumber?: string | null; callerPhone?: string | null };

const LABEL: Record<Channel, string> = { PRESENCIAL: 'presencial', QUIPUX: 'por Quipux', TELEFONICA: `telefónica (${CITIZEN_CONTACT_LINE})` };

function refuseOthers(channel: Channel, given: Given, own: keyof Given): void {
  const names: Record<keyof Given, string> = { attentionPointCode: 'oficina de atención', quipuxDocumentNumber: 'número de Quipux', callerPhone: 'teléfono de quien llama' };
  for (const field of Object.keys(names) as (keyof Given)[]) {
    if (field !== own && given[field]) throw badUserInput(field, `Una solicitud ${LABEL[channel]} no lleva ${names[field]}.`, { reason: 'NOT_FOR_THIS_CHANNEL' });
  }
}

/** What the channel requires; the Quipux number comes back upper-cased, the phone as digits (and +). */
export function requireChannelDetails(channel: Channel, given: Given): ChannelDetails {
  const none: ChannelDetails = { attentionPointCode: null, quipuxDocumentNumber: null, callerPhone: null };
  if (channel === Channel.PRESENCIAL) {
    if (!given.attentionPointCode) throw badUserInput('attentionPointCode', 'Indique la regional o delegación donde se presenta la solicitud.');
    refuseOthers(channel, given, 'attentionPointCode');
    return { ...none, attentionPointCode: given.attentionPointCode };
  }
  if (channel === Channel.QUIPUX) {
    refuseOthers(channel, given, 'quipuxDocumentNumber');
    const quipux = given.quipuxDocumentNumber?.trim().toUpperCase() ?? null;
    if (!quipux || !QUIPUX_NUMBER.test(quipux)) {
      throw badUserInput('quipuxDocumentNumber', `El número de documento Quipux "${given.quipuxDocumentNumber ?? ''}" no tiene el formato INSTITUCIÓN-UNIDAD-AÑO-NÚMERO-TIPO (por ejemplo MDT-DSG-2026-0412-E).`);
    }
    return { ...none, quipuxDocumentNumber: quipux };
  }
  refuseOthers(channel, given, 'callerPhone');
  const phone = given.callerPhone?.trim() ?? '';
  if (!PHONE.test(phone)) {
    throw badUserInput('callerPhone', `Indique el teléfono desde el que llama la persona (7 a 15 dígitos), para devolverle la llamada: "${phone}" no lo es.`, { reason: 'PHONE_FORMAT' });
  }
  return { ...none, callerPhone: phone.replace(/[ -]/g, '') };
}

/** A presencial request names one of the offices of attentionPoints (checked in the caller's transaction). */
export async function assertKnownAttentionPoint(manager: EntityManager, details: ChannelDetails): Promise<void> {
  if (details.attentionPointCode && !(await manager.getRepository(AttentionPoint).existsBy({ code: details.attentionPointCode }))) {
    throw badUserInput('attentionPointCode', `No existe la oficina "${details.attentionPointCode}": use una de las regionales o delegaciones de attentionPoints.`, { reason: 'UNKNOWN_OFFICE' });
  }
}
