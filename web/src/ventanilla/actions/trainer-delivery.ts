import type { PanelContext, PanelItem } from '../contract';
import { decisionAction, when } from './decision-action';

// Seed 004: the issued credential is picked up in Quito (Av. Amazonas N38-42, lunes a viernes 08h00–16h45);
// the clerk records the handover as it happens, or a little later with the time it happened.

const DELIVER = `mutation EntregarCredencial($id: String!, $deliveredAt: DateTimeISO) { deliverTrainerCredential(id: $id, deliveredAt: $deliveredAt) { id status deliveredAt } }`;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Today's date in Ecuador (UTC−5 all year), as AAAA-MM-DD. */
const ecuadorToday = () => new Date(Date.now() - 5 * 3_600_000).toISOString().slice(0, 10);

export function trainerDeliveryActions(context: PanelContext, item: PanelItem): HTMLElement[] {
  if (item.status !== 'ISSUED') return [];
  const r = item.record;
  return [
    decisionAction(context, {
      label: 'Registrar entrega',
      title: 'Entrega de la credencial de capacitador',
      intro: 'Solo en la oficina de Quito, lunes a viernes de 08h00 a 16h45 (días hábiles).',
      confirmTitle: '¿Registrar la entrega de la credencial?',
      confirmIntro: 'Se registrará que el capacitador retiró la credencial.',
      about: [['Credencial', r.code ?? '—'], ['Emitida', when(r.issuedAt)]],
      fields: [
        {
          name: 'deliveredAt',
          label: 'Hora del retiro (opcional)',
          hint: 'HH:MM de hoy. Déjela vacía si la retira ahora; se registra hasta 60 minutos después.',
          check: value => (HHMM.test(value) ? null : 'Escriba la hora como HH:MM, por ejemplo 10:30, o déjela vacía.'),
        },
      ],
      mutation: DELIVER,
      variables: v => ({ id: item.id, deliveredAt: v.deliveredAt ? new Date(`${ecuadorToday()}T${v.deliveredAt}:00-05:00`).toISOString() : null }),
      success: 'Entrega registrada.',
      submitLabel: 'Registrar entrega',
    }),
  ];
}
