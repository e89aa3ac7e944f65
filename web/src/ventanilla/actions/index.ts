import { el } from '../../api';
import type { PanelContext, PanelItem } from '../contract';
import { iessAttendanceAction } from './iess-attendance-form';
import { iessEmployerAction } from './iess-employer-form';
import { iessFormsAction } from './iess-forms-print';
import { iessKeyDeliveryActions } from './iess-key-delivery';
import { iessTurnoAction } from './iess-turno-form';
import { iessDecisions, salDecisions, sutDecisions, trainerDecisions } from './reviewer-decisions';
import { sutRecoveryAction } from './sut-recovery-form';
import { trainerDeliveryActions } from './trainer-delivery';

// The window's actions (forms that write through the API), asked for by the read side for each panel
// and each item. Reviewer-only decisions appear only when the signed-in clerk is a reviewer.

/** Seed 002: one open clave patronal request per employer; a presencial turno missed by more than 15 minutes no longer holds it. */
function hasOpenKeyRequest(taxpayer: Record<string, any>): boolean {
  return (taxpayer.iessEmployerKeyRequests ?? []).some((r: Record<string, any>) => {
    if (r.status === 'OBSERVED' || r.status === 'APPROVED') return true;
    if (r.status !== 'SUBMITTED') return false;
    return r.channel !== 'PRESENCIAL' || !!r.attendedAt || !r.appointmentAt || new Date(r.appointmentAt).getTime() + 15 * 60_000 > Date.now();
  });
}

function group(label: string, actions: HTMLElement[]): Node[] {
  return actions.length ? [el('div', { class: 'actions', role: 'group', 'aria-label': label }, ...actions)] : [];
}

/** Actions for the whole panel: file a new request, register an employer, book a turno, print the IESS forms. */
export function panelActions(context: PanelContext): Node[] {
  if (context.service === 'sut') return group('Acciones de SUT / Salarios en Línea', [sutRecoveryAction(context)]);
  if (context.service === 'iess') {
    if (!context.taxpayer.iessEmployer) return group('Acciones del IESS', [iessEmployerAction(context)]);
    const turno = hasOpenKeyRequest(context.taxpayer) ? [] : [iessTurnoAction(context)];
    return group('Acciones del IESS', [...turno, iessFormsAction(context)]);
  }
  return [];
}

/** Actions on one request or credential: attend, deliver, validate, and the reviewers' decisions. */
export function itemActions(context: PanelContext, item: PanelItem): Node[] {
  const label = 'Acciones de esta solicitud';
  switch (item.type) {
    case 'SalKeyRequest':
      return group(label, salDecisions(context, item));
    case 'SystemKeyRecovery':
      return group(label, sutDecisions(context, item));
    case 'TrainerCredential':
      return group('Acciones de esta credencial', [...trainerDeliveryActions(context, item), ...trainerDecisions(context, item)]);
    case 'IessEmployerKeyRequest': {
      const attendable = item.record.channel === 'PRESENCIAL' && item.status === 'SUBMITTED' && !item.record.attendedAt;
      return group(label, [...(attendable ? [iessAttendanceAction(context, item)] : []), ...iessKeyDeliveryActions(context, item), ...iessDecisions(context, item)]);
    }
    default:
      return [];
  }
}
