import { date, dateTime, inSentence, label, SAL_KEY, SAL_REQUEST } from '../../labels';
import { documentList, historyList } from '../documents';
import { el } from '../dom';
import { salEmptyStep, salKeyStep, salRequestStep } from '../next-step';
import { empty, facts, item } from './item';
import type { Render } from './render';

// SAL: the institution, its Responsable UATH keys and the key requests.

export const renderSal: Render = (t, { actions }) => {
  const nodes: Node[] = [];
  const institution = t.salInstitution;
  if (institution) {
    nodes.push(el('div', { class: 'entity' }, facts([
      ['Institución', institution.name],
      ['Función', label('SalGovernmentFunction', institution.governmentFunction)],
      ['Estado', label('SalInstitutionStatus', institution.status)],
      ['Procesos de autorización pendientes', String(institution.pendingAuthorizationProcesses)],
    ])));
  }
  for (const k of t.salAccessKeys ?? []) {
    const locked = k.lockedUntil && new Date(k.lockedUntil) > new Date();
    nodes.push(item({
      id: k.id, status: k.status, view: SAL_KEY[k.status], title: `Clave de ${k.holderNames}`,
      facts: [
        ['Usuario (cédula)', k.holderCedula], ['Correo de la clave', k.holderEmail], ['Emitida', date(k.issuedAt)],
        ['Estado de ingreso', locked ? `bloqueada hasta ${dateTime(k.lockedUntil)}` : k.mustChangePassword ? 'debe cambiar la contraseña' : k.status === 'DEACTIVATED' ? null : 'sin bloqueo'],
        ['Último ingreso', k.lastSignInAt ? dateTime(k.lastSignInAt) : k.status === 'DEACTIVATED' ? null : 'nunca'],
        ['Desactivada', k.deactivatedAt && `${date(k.deactivatedAt)} (${inSentence(label('SalDeactivationReason', k.deactivationReason))})`],
      ],
      next: salKeyStep(k),
      actions: actions({ type: 'SalAccessKey', id: k.id, status: k.status, record: k }),
    }));
  }
  for (const r of t.salKeyRequests ?? []) {
    nodes.push(item({
      id: r.id, status: r.status, view: SAL_REQUEST[r.status], title: `${label('SalKeyRequestKind', r.kind)} · ${r.holderNames}`,
      facts: [['Recibida', date(r.submittedAt)], ['Solicita', r.requesterNames], ['Acceso desde', r.requestedAccessDate && date(r.requestedAccessDate)], ['Decidida', r.decidedAt && date(r.decidedAt)], ['Observaciones', r.observations]],
      next: salRequestStep(r),
      extra: [documentList('salKeyRequests', r), historyList(r, 'SalKeyRequestStatus')],
      actions: actions({ type: 'SalKeyRequest', id: r.id, status: r.status, record: r }),
    }));
  }
  if (nodes.length === 0) nodes.push(empty('Sin institución, claves ni solicitudes en el SAL.', salEmptyStep(t.kind)));
  return nodes;
};
