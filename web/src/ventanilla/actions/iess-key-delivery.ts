import { el } from '../../api';
import type { PanelContext, PanelItem } from '../contract';
import { modal } from './confirm-dialog';
import { decisionAction, when } from './decision-action';

// Seed 002: the approved request gets its clave patronal. Virtual: by e-mail. At the window: a sealed
// printed notice handed to the legal representative, the authorised third party or the validated
// attorney; the API returns its text once and never stores it, so the page shows it to print now.

const DELIVER = `mutation EntregarClave($input: DeliverIessEmployerKeyInput!) { deliverIessEmployerKey(input: $input) { id status windowKeyNotice { handedTo activateBefore printText } } }`;

interface Delivered {
  deliverIessEmployerKey: { windowKeyNotice: { handedTo: string; activateBefore: string; printText: string } | null };
}

/** The notice in a dialog, with "Imprimir aviso" (only the notice is printed) and "Cerrar". */
export async function showKeyNotice(notice: { handedTo: string; activateBefore: string; printText: string }): Promise<void> {
  const text = el('pre', { class: 'key-notice', tabindex: '0', 'aria-label': 'Texto del aviso de clave patronal' }, notice.printText);
  await modal(
    'Aviso de clave patronal para imprimir',
    [
      el('p', {}, `Entregue el aviso impreso, en sobre sellado, a ${notice.handedTo}. La activación es de un solo uso (antes del ${when(notice.activateBefore)}); este texto no vuelve a mostrarse.`),
      text,
    ],
    [
      { label: 'Imprimir aviso', value: 'imprimir', primary: true, action: () => window.print() },
      { label: 'Cerrar', value: 'cerrar' },
    ],
  );
}

export function iessKeyDeliveryActions(context: PanelContext, item: PanelItem): HTMLElement[] {
  if (item.status !== 'APPROVED') return [];
  const r = item.record;
  const presencial = r.channel === 'PRESENCIAL';
  const employer = context.taxpayer.iessEmployer;
  const who = [{ value: 'LEGAL_REPRESENTATIVE', label: `Representante legal${employer?.legalRepresentativeNames ? `: ${employer.legalRepresentativeNames}` : ''}` }];
  if (r.thirdPartyNames) who.push({ value: 'AUTHORISED_THIRD_PARTY', label: `Tercero autorizado: ${r.thirdPartyNames}` });
  if (r.powerOfAttorneyNumber) who.push({ value: 'ATTORNEY', label: `Apoderado${r.attorneyNames ? `: ${r.attorneyNames}` : ''}${r.powerOfAttorneyValidatedBy ? '' : ' (poder aún no validado)'}` });
  return [
    decisionAction<Delivered>(context, {
      label: 'Entregar clave patronal',
      title: 'Entregar la clave patronal',
      intro: presencial
        ? 'Se genera la clave y se imprime un aviso para entregar en sobre sellado a la persona presente; al correo registrado solo se avisa la entrega.'
        : 'Ventanilla virtual: la clave se envía al correo de la solicitud.',
      confirmTitle: '¿Entregar la clave patronal?',
      confirmIntro: presencial ? 'Se generará la clave y se mostrará el aviso para imprimir una sola vez.' : 'Se generará la clave y se enviará por correo.',
      about: [['RUC', context.ruc], ['Canal', presencial ? 'Presencial' : 'Ventanilla virtual'], ['Aprobada', when(r.updatedAt)]],
      fields: presencial ? [{ name: 'pickedUpBy', label: 'Quién retira la clave', choices: who }] : [],
      mutation: DELIVER,
      variables: v => ({ input: { requestId: item.id, pickedUpBy: presencial ? v.pickedUpBy : null } }),
      success: 'Clave patronal entregada.',
      after: async data => {
        const notice = data.deliverIessEmployerKey.windowKeyNotice;
        if (notice) await showKeyNotice(notice);
      },
    }),
  ];
}
