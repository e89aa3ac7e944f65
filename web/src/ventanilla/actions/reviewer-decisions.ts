import type { PanelContext, PanelItem } from '../contract';
import { decisionAction, isReviewer, when } from './decision-action';

// Decisions only a Ministry or IESS reviewer takes (the decide scopes): approve, observe, reject, issue,
// and the legal area's seal on a power of attorney. A front-office clerk never sees these buttons.

const reason = (what: string) => ({ name: 'reason', label: `Motivo del ${what}`, multiline: true, required: `Escriba el motivo del ${what}: se envía a quien lo pidió.` });

export function salDecisions(context: PanelContext, item: PanelItem): HTMLElement[] {
  if (!isReviewer(context) || item.status !== 'SUBMITTED') return [];
  const about: Array<[string, string]> = [['Institución', context.ruc], ['Solicitud', item.record.kind === 'DEACTIVATION' ? 'Desactivación de clave' : 'Creación de clave'], ['Recibida', when(item.record.submittedAt)]];
  const MUTATION = `mutation RevisarSal($input: ReviewSalKeyRequestInput!) { reviewSalKeyRequest(input: $input) { id status } }`;
  return [
    decisionAction(context, {
      label: 'Aprobar', title: 'Aprobar la solicitud SAL', intro: 'La aprobación emite (o desactiva) la clave y envía el correo al titular.',
      confirmTitle: '¿Aprobar la solicitud?', confirmIntro: 'Se aprobará la solicitud SAL.', about, mutation: MUTATION,
      variables: () => ({ input: { requestId: item.id, decision: 'APPROVE' } }), success: 'Solicitud aprobada.',
    }),
    decisionAction(context, {
      label: 'Cerrar con observaciones', title: 'Cerrar con observaciones', intro: 'Es definitivo: la institución deberá enviar una nueva solicitud completa.',
      confirmTitle: '¿Cerrar la solicitud con observaciones?', confirmIntro: 'Se cerrará la solicitud SAL.', about, mutation: MUTATION, className: 'danger',
      fields: [{ name: 'observations', label: 'Observaciones', multiline: true, required: 'Escriba las observaciones que recibirá la institución.' }],
      variables: v => ({ input: { requestId: item.id, decision: 'CLOSE_WITH_OBSERVATIONS', observations: v.observations } }), success: 'Solicitud cerrada con observaciones.',
    }),
  ];
}

export function sutDecisions(context: PanelContext, item: PanelItem): HTMLElement[] {
  if (!isReviewer(context) || item.status !== 'RECEIVED') return [];
  const about: Array<[string, string]> = [['RUC', context.ruc], ['Sistema', item.record.system === 'SALARIOS_EN_LINEA' ? 'Salarios en Línea' : 'Sistema Único de Trabajo'], ['Recibida', when(item.record.receivedAt)]];
  return [
    decisionAction(context, {
      label: 'Atender', title: 'Atender la recuperación', intro: 'Se envía al correo de contacto un enlace de recuperación de un solo uso, válido 24 horas.',
      confirmTitle: '¿Atender la solicitud?', confirmIntro: 'Se enviará el enlace de recuperación.', about,
      mutation: `mutation AtenderRecuperacion($id: String!) { resolveSystemKeyRecovery(id: $id) { id status } }`, variables: () => ({ id: item.id }), success: 'Solicitud atendida.',
    }),
    decisionAction(context, {
      label: 'Rechazar', title: 'Rechazar la recuperación', intro: 'Por ejemplo: el RUC no está activo según su certificado, o un documento es ilegible.', className: 'danger',
      confirmTitle: '¿Rechazar la solicitud?', confirmIntro: 'Se rechazará la solicitud y se enviará el motivo.', about, fields: [reason('rechazo')],
      mutation: `mutation RechazarRecuperacion($id: String!, $reason: String!) { rejectSystemKeyRecovery(id: $id, reason: $reason) { id status } }`,
      variables: v => ({ id: item.id, reason: v.reason }), success: 'Solicitud rechazada.',
    }),
  ];
}

export function trainerDecisions(context: PanelContext, item: PanelItem): HTMLElement[] {
  if (!isReviewer(context) || item.status !== 'REQUESTED') return [];
  return [
    decisionAction(context, {
      label: 'Emitir credencial', title: 'Emitir la credencial de capacitador', intro: 'Se genera el código único; el capacitador la retira en Quito.',
      confirmTitle: '¿Emitir la credencial?', confirmIntro: 'Se emitirá la credencial con un código nuevo.', about: [['Cédula', context.ruc.slice(0, 10)], ['Solicitada', when(item.record.requestedAt)]],
      mutation: `mutation EmitirCredencial($id: String!) { issueTrainerCredential(id: $id) { id status code } }`, variables: () => ({ id: item.id }), success: 'Credencial emitida.',
    }),
  ];
}

export function iessDecisions(context: PanelContext, item: PanelItem): HTMLElement[] {
  if (!isReviewer(context)) return [];
  const r = item.record;
  const about: Array<[string, string]> = [['RUC', context.ruc], ['Canal', r.channel === 'PRESENCIAL' ? 'Presencial' : 'Ventanilla virtual'], ['Presentada', when(r.submittedAt)]];
  const actions: HTMLElement[] = [];
  if (r.powerOfAttorneyNumber && !r.powerOfAttorneyValidatedBy && item.status !== 'REJECTED') {
    actions.push(
      decisionAction(context, {
        label: 'Validar poder notarial', title: 'Validar y sellar el poder notarial', intro: `Área jurídica de la Dirección Provincial. Poder ${r.powerOfAttorneyNumber}${r.attorneyNames ? `, apoderado ${r.attorneyNames}` : ''}.`,
        confirmTitle: '¿Validar el poder notarial?', confirmIntro: 'El poder contará para aprobar y entregar la clave.', about: [...about, ['Poder notarial', r.powerOfAttorneyNumber]],
        fields: [{ name: 'seal', label: 'Sello o número de validación', required: 'Escriba el sello o número de validación del área jurídica.' }],
        mutation: `mutation ValidarPoder($requestId: String!, $seal: String!) { validateIessPowerOfAttorney(requestId: $requestId, seal: $seal) { id powerOfAttorneyValidatedBy } }`,
        variables: v => ({ requestId: item.id, seal: v.seal }), success: 'Poder notarial validado.',
      }),
    );
  }
  const attended = r.channel !== 'PRESENCIAL' || !!r.attendedAt; // a presencial request is approved after its turno
  if (item.status === 'SUBMITTED' && attended) {
    actions.push(
      decisionAction(context, {
        label: 'Aprobar', title: 'Aprobar la solicitud de clave patronal', intro: 'Presencial: después de atender el turno y validar el poder notarial, si lo hay.',
        confirmTitle: '¿Aprobar la solicitud?', confirmIntro: 'La solicitud quedará lista para entregar la clave.', about,
        mutation: `mutation AprobarIess($requestId: String!) { approveIessKeyRequest(requestId: $requestId) { id status } }`, variables: () => ({ requestId: item.id }), success: 'Solicitud aprobada.',
      }),
    );
  }
  if (item.status === 'SUBMITTED') {
    actions.push(
      decisionAction(context, {
        label: 'Observar', title: 'Observar la solicitud', intro: 'Documentos faltantes o incorrectos: la solicitud podrá corregirse.', className: 'secondary',
        confirmTitle: '¿Observar la solicitud?', confirmIntro: 'Se enviarán las observaciones al correo de la solicitud.', about,
        fields: [{ name: 'observations', label: 'Observaciones', multiline: true, required: 'Escriba las observaciones: qué falta o qué debe corregirse.' }],
        mutation: `mutation ObservarIess($requestId: String!, $observations: String!) { observeIessKeyRequest(requestId: $requestId, observations: $observations) { id status } }`,
        variables: v => ({ requestId: item.id, observations: v.observations }), success: 'Solicitud observada.',
      }),
    );
  }
  if (item.status === 'SUBMITTED' || item.status === 'OBSERVED') {
    actions.push(
      decisionAction(context, {
        label: 'Rechazar', title: 'Rechazar la solicitud de clave patronal', intro: 'El rechazo es definitivo para esta solicitud.', className: 'danger',
        confirmTitle: '¿Rechazar la solicitud?', confirmIntro: 'Se rechazará la solicitud y se enviará el motivo.', about, fields: [reason('rechazo')],
        mutation: `mutation RechazarIess($requestId: String!, $reason: String!) { rejectIessKeyRequest(requestId: $requestId, reason: $reason) { id status } }`,
        variables: v => ({ requestId: item.id, reason: v.reason }), success: 'Solicitud rechazada.',
      }),
    );
  }
  return actions;
}
