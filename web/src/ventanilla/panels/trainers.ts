import { date, label, TRAINER } from '../../labels';
import { documentList, historyList } from '../documents';
import { trainerEmptyStep, trainerStep } from '../next-step';
import { empty, item } from './item';
import type { Render } from './render';

// Independent trainers: the credential, its code and the MDT qualification behind it.

export const renderTrainers: Render = (t, { actions }) => {
  const nodes: Node[] = (t.trainerCredentials ?? []).map((c: Record<string, any>) =>
    item({
      id: c.id, status: c.status, view: TRAINER[c.status], title: `Credencial ${c.code ?? '(sin código aún)'}`,
      facts: [
        ['Capacitador', c.trainer?.names], ['Identificación', c.trainer?.cedula ?? c.trainerCedula],
        ['Resolución MDT', c.trainer && `${c.trainer.qualificationResolutionNumber} del ${date(c.trainer.qualificationResolutionDate)}`],
        ['Calificación retirada', c.trainer?.qualificationWithdrawnAt && date(c.trainer.qualificationWithdrawnAt)],
        ['Canal', label('TrainerCredentialChannel', c.channel)], ['Solicitada', date(c.requestedAt)], ['Emitida', c.issuedAt && date(c.issuedAt)],
        ['Entregada', c.deliveredAt && date(c.deliveredAt)], ['Vigente hasta', c.validUntil && date(c.validUntil)], ['Revocada', c.revokedAt && date(c.revokedAt)],
      ],
      next: trainerStep(c),
      extra: [documentList('trainerCredentials', c), historyList(c, 'TrainerCredentialStatus')],
      actions: actions({ type: 'TrainerCredential', id: c.id, status: c.status, record: c }),
    }),
  );
  return nodes.length ? nodes : [empty('Sin credenciales de capacitador.', trainerEmptyStep(t.kind))];
};
