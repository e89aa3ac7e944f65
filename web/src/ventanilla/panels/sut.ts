import { date, label, SUT } from '../../labels';
import { documentList, historyList } from '../documents';
import { SUT_EMPTY, sutStep } from '../next-step';
import { empty, item } from './item';
import type { Render } from './render';

// SUT / Salarios en Línea: key recoveries, where they came from and the recovery e-mail.

export const renderSut: Render = (t, { actions }) => {
  const nodes: Node[] = (t.systemKeyRecoveries ?? []).map((r: Record<string, any>) =>
    item({
      id: r.id, status: r.status, view: SUT[r.status], title: `Recuperación de clave · ${label('RecoverableSystem', r.system)}`,
      facts: [
        ['Canal', label('SystemKeyRecoveryChannel', r.channel)],
        ['Quipux', r.quipuxDocumentNumber], ['Punto de atención', r.attentionPoint?.city ?? r.attentionPointCode], ['Teléfono', r.callerPhone],
        ['Correo de contacto', r.contactEmail], ['Recibida', date(r.receivedAt)], ['Resuelta', r.resolvedAt && date(r.resolvedAt)], ['Motivo del rechazo', r.rejectionReason],
      ],
      next: sutStep(r),
      extra: [documentList('systemKeyRecoveries', r), historyList(r, 'SystemKeyRecoveryStatus')],
      actions: actions({ type: 'SystemKeyRecovery', id: r.id, status: r.status, record: r }),
    }),
  );
  return nodes.length ? nodes : [empty('Sin solicitudes de recuperación de clave.', SUT_EMPTY)];
};
