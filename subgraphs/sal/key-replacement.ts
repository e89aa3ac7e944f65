import { badUserInput, conflict } from '../../shared/errors';
import { SalDeactivationReason, SalKeyRequestKind } from './enums';

// §6.1, §6.6: one Responsable UATH key in force, never replaced silently. A creation asked while a key is
// in force says whose key it replaces and why (one of the four §6.6 reasons); the reviewer sees both
// before approving. Without a key in force there is nothing to replace.

/** The four reasons of §6.6; the institution's own deactivation (§6.5) is recorded by the Ministry, never declared. */
export const SIX_SIX_REASONS: readonly SalDeactivationReason[] = [
  SalDeactivationReason.CHANGE_OF_POST_OR_FUNCTIONS,
  SalDeactivationReason.TEMPORARY_ABSENCE,
  SalDeactivationReason.CHANGE_OF_RESPONSIBLE,
  SalDeactivationReason.LOSS_OR_THEFT_OR_RISK,
];

export interface KeyHolder {
  holderCedula: string;
  holderNames: string;
}

export interface Replacement {
  replacedHolderCedula: string | null;
  replacedHolderNames: string | null;
  replacementReason: SalDeactivationReason | null;
}

export const NO_REPLACEMENT: Replacement = { replacedHolderCedula: null, replacedHolderNames: null, replacementReason: null };

/** What the request declares of the key in force (`inForce`), checked against it. */
export function requireReplacement(
  kind: SalKeyRequestKind,
  inForce: KeyHolder | null,
  declared: { holderCedula: string; reason: SalDeactivationReason } | null | undefined,
): Replacement {
  if (kind === SalKeyRequestKind.DEACTIVATION) {
    if (declared) throw badUserInput('replacedKey', 'Una solicitud de desactivación no reemplaza una clave: indique en holder a quién se desactiva.');
    return NO_REPLACEMENT;
  }
  if (!inForce) {
    if (declared) throw conflict('replacedKey', 'La institución no tiene una clave vigente: no hay clave que reemplazar.');
    return NO_REPLACEMENT;
  }
  const whose = `${inForce.holderNames} (cédula ${inForce.holderCedula})`;
  if (!declared) {
    throw conflict('replacedKey', `La institución ya tiene una clave vigente, de ${whose}: indique que la nueva clave la reemplaza y el motivo (§6.6).`, {
      reason: 'KEY_IN_FORCE',
      holderCedula: inForce.holderCedula,
    });
  }
  if (declared.holderCedula.trim() !== inForce.holderCedula) {
    throw conflict('replacedKey.holderCedula', `La clave vigente de la institución es de ${whose}, no de ${declared.holderCedula.trim()}.`, { reason: 'NOT_THE_KEY_IN_FORCE' });
  }
  if (!SIX_SIX_REASONS.includes(declared.reason)) {
    throw badUserInput('replacedKey.reason', 'Indique por qué se reemplaza la clave vigente (§6.6): cambio de cargo o funciones, ausencia temporal, cambio de responsable, o pérdida/robo/riesgo.');
  }
  return { replacedHolderCedula: inForce.holderCedula, replacedHolderNames: inForce.holderNames, replacementReason: declared.reason };
}

/** At approval the key in force must still be the one the request declared (or none at all). */
export function assertStillTheDeclaredKey(request: Replacement & { institutionRuc: string }, inForce: KeyHolder | null): void {
  if (!inForce || inForce.holderCedula === request.replacedHolderCedula) return;
  throw conflict(
    'requestId',
    `La clave vigente de la institución ${request.institutionRuc} es de ${inForce.holderNames} (cédula ${inForce.holderCedula}) y la solicitud no declara reemplazarla: ciérrela con observaciones para que se envíe una nueva.`,
  );
}
