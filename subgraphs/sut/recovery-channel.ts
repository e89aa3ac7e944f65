import type { EntityManager } from 'typeorm';
import { badUserInput } from '../../shared/errors';
import { AttentionPoint } from './attention-point';
import { SystemKeyRecoveryChannel } from './enums';

// Seed 001's two channels: at an MDT window (the request names the regional office or delegation) or
// through Quipux (it carries the Quipux document number); never both.

/** Quipux numbers: institution and unit codes, year, sequence and document type, e.g. MDT-DSG-2026-0412-E. */
export const QUIPUX_NUMBER = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-(19|20)\d{2}-\d{1,6}-[A-Z]{1,4}$/;

export interface ChannelDetails {
  attentionPointCode: string | null;
  quipuxDocumentNumber: string | null;
}

/** What the channel requires, checked in this order; the Quipux number comes back upper-cased. */
export function requireChannelDetails(channel: SystemKeyRecoveryChannel, given: { attentionPointCode?: string | null; quipuxDocumentNumber?: string | null }): ChannelDetails {
  const presencial = channel === SystemKeyRecoveryChannel.PRESENCIAL;
  if (presencial && !given.attentionPointCode) throw badUserInput('attentionPointCode', 'Indique la regional o delegación donde se presenta la solicitud.');
  if (!presencial && given.attentionPointCode) throw badUserInput('attentionPointCode', 'Una solicitud por Quipux no lleva oficina de atención.');
  const quipux = given.quipuxDocumentNumber?.trim().toUpperCase() ?? null;
  if (!presencial && (!quipux || !QUIPUX_NUMBER.test(quipux))) {
    throw badUserInput('quipuxDocumentNumber', `El número de documento Quipux "${given.quipuxDocumentNumber ?? ''}" no tiene el formato INSTITUCIÓN-UNIDAD-AÑO-NÚMERO-TIPO (por ejemplo MDT-DSG-2026-0412-E).`);
  }
  if (presencial && quipux) throw badUserInput('quipuxDocumentNumber', 'Una solicitud presencial no lleva número de Quipux.');
  return presencial ? { attentionPointCode: given.attentionPointCode!, quipuxDocumentNumber: null } : { attentionPointCode: null, quipuxDocumentNumber: quipux };
}

/** A presencial request names one of the offices of attentionPoints (checked in the caller's transaction). */
export async function assertKnownAttentionPoint(manager: EntityManager, details: ChannelDetails): Promise<void> {
  if (details.attentionPointCode && !(await manager.getRepository(AttentionPoint).existsBy({ code: details.attentionPointCode }))) {
    throw badUserInput('attentionPointCode', `No existe la oficina "${details.attentionPointCode}": use una de las regionales o delegaciones de attentionPoints.`, { reason: 'UNKNOWN_OFFICE' });
  }
}
