import { badUserInput } from '../../shared/errors';
import { requireAccessDate } from './access-date';
import { SalDeactivationReason, SalKeyRequestKind } from './enums';

// §6.1–6.4: a creation carries the day access is needed and no reason; a deactivation carries one of
// the §6.6 reasons (the institution's own deactivation is recorded by the Ministry, never requested) and no day.

export interface KindDetails {
  requestedAccessDate: string | null;
  deactivationReason: SalDeactivationReason | null;
}

export function requireKindDetails(
  input: { kind: SalKeyRequestKind; requestedAccessDate?: string | null; deactivationReason?: SalDeactivationReason | null },
  today?: string,
): KindDetails {
  if (input.kind === SalKeyRequestKind.CREATION) {
    const requestedAccessDate = requireAccessDate(input.requestedAccessDate, today);
    if (input.deactivationReason) throw badUserInput('deactivationReason', 'Una solicitud de creación no lleva motivo de desactivación.');
    return { requestedAccessDate, deactivationReason: null };
  }
  if (!input.deactivationReason || input.deactivationReason === SalDeactivationReason.INSTITUTION_DEACTIVATED) {
    throw badUserInput('deactivationReason', 'Indique el motivo de la desactivación (§6.6): cambio de cargo o funciones, ausencia temporal, cambio de responsable, o pérdida/robo/riesgo.');
  }
  if (input.requestedAccessDate) throw badUserInput('requestedAccessDate', 'Una solicitud de desactivación no lleva fecha de acceso.');
  return { requestedAccessDate: null, deactivationReason: input.deactivationReason };
}
