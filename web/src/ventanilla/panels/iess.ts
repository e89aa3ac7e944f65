import { date, dateTime, IESS, label } from '../../labels';
import { documentList, historyList } from '../documents';
import { el } from '../dom';
import { iessEmptyStep, iessStep } from '../next-step';
import { empty, facts, item } from './item';
import type { Render } from './render';

// IESS: the employer (legal representative, artisan) and its clave patronal requests.

const idOf = (type: string | null | undefined, number: string | null | undefined) => number && `${label('IessIdDocumentType', type)} ${number}`;

const deliveredAt = (r: Record<string, any>) => r.keyDeliveredAt ?? r.history?.find((h: Record<string, any>) => h.toStatus === 'KEY_DELIVERED')?.at ?? null;

export const renderIess: Render = (t, { actions }) => {
  const e = t.iessEmployer;
  const nodes: Node[] = [];
  if (e) {
    nodes.push(el('div', { class: 'entity' }, facts([
      ['Empleador', e.businessName], ['Sector', e.sector?.name],
      ['Representante legal', `${e.legalRepresentativeNames} (${label('LegalRepresentativeIdType', e.legalRepresentativeIdType)} ${e.legalRepresentativeId})`],
      ['Artesano calificado', e.qualifiedArtisan ? 'sí' : 'no'], ['Correo', e.email],
      ['Clave patronal', e.hasEmployerKey ? `tiene clave patronal (entregada ${date(e.employerKeyDeliveredAt)})` : 'sin clave patronal'],
      ['Activar antes de', e.employerKeyActivateBefore && dateTime(e.employerKeyActivateBefore)],
    ])));
  }
  for (const r of t.iessEmployerKeyRequests ?? []) {
    nodes.push(item({
      id: r.id, status: r.status, view: IESS[r.status], title: `Clave patronal · ${label('IessKeyRequestChannel', r.channel)}`,
      facts: [
        ['Presentada', date(r.submittedAt)], ['Provincia', r.province], ['Turno', r.appointmentAt && `${dateTime(r.appointmentAt)} en ${r.agency ?? '—'}`],
        ['Atendido', r.attendedAt && dateTime(r.attendedAt)],
        ['Tercero autorizado', r.thirdPartyNames && `${r.thirdPartyNames} (${idOf(r.thirdPartyIdType, r.thirdPartyIdNumber)})`],
        ['Apoderado', r.attorneyNames && `${r.attorneyNames} (${idOf(r.attorneyIdType, r.attorneyIdNumber)}); poder ${r.powerOfAttorneyNumber ?? '—'}`],
        ['Poder validado por el área jurídica', r.attorneyNames && (r.powerOfAttorneyValidatedBy ? `sí, ${r.powerOfAttorneyValidatedBy}` : 'no, pendiente')],
        ['Clave retirada por', r.keyPickedUpBy && `${label('IessKeyPickupBy', r.keyPickedUpBy)}, ${dateTime(deliveredAt(r))}`],
        ['Correo de contacto', r.contactEmail], ['Observaciones', r.observations],
      ],
      next: iessStep(r, e ?? null),
      extra: [documentList('iessEmployerKeyRequests', r), historyList(r, 'IessKeyRequestStatus')],
      actions: actions({ type: 'IessEmployerKeyRequest', id: r.id, status: r.status, record: r }),
    }));
  }
  if (!t.iessEmployerKeyRequests?.length) nodes.push(empty(e ? 'Sin solicitudes de clave patronal.' : 'No registrado como empleador en el IESS.', iessEmptyStep(e ?? null)));
  return nodes;
};
