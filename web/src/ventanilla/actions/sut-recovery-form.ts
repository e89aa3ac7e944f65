import { graphql } from '../../api';
import type { PanelContext } from '../contract';
import { ActionForm } from './action-form';
import { filePicker, pickedName, readPicked } from './file-picker';
import { launcher, wireSubmit } from './run-action';
import { EMAIL, requiredText } from './rules';

// Seed 001 at the window: the RUC's SUT or Salarios en Línea key recovery, with the current RUC
// certificate and the signed request (scanned or uploaded, PDF/JPG/PNG, 1 MB), by channel.

const SUBMIT = `mutation RecuperarClave($input: SubmitSystemKeyRecoveryInput!) { submitSystemKeyRecovery(input: $input) { id status } }`;
const POINTS = `query Oficinas { attentionPoints { code kind regional city } }`;

const SYSTEMS = [
  { value: 'SUT', label: 'Sistema Único de Trabajo (SUT)' },
  { value: 'SALARIOS_EN_LINEA', label: 'Salarios en Línea' },
];
const CHANNELS = [
  { value: 'PRESENCIAL', label: 'Presencial (en esta ventanilla)' },
  { value: 'QUIPUX', label: 'Quipux' },
  { value: 'TELEFONICA', label: 'Telefónica (1800 266 822)' },
];
const DOCS = [
  { kind: 'RUC_CERTIFICATE', label: 'Certificado del RUC vigente' },
  { kind: 'SIGNED_REQUEST', label: 'Solicitud de recuperación firmada' },
];

function recoveryForm(context: PanelContext, close: () => void, announce: (message: string) => void): ActionForm {
  const form = new ActionForm('Nueva recuperación de clave SUT / Salarios en Línea', `Solicitante: RUC ${context.ruc}. Los campos son obligatorios salvo que se indique.`);
  form.select('system', 'Sistema', SYSTEMS);
  form.select('channel', 'Canal', CHANNELS);
  const point = form.select('attentionPointCode', 'Oficina que recibe (regional o delegación)', [], { empty: 'Cargando oficinas…' });
  form.text('quipuxDocumentNumber', 'Número de documento Quipux', { hint: 'Por ejemplo MDT-DSG-2026-0412-E.' });
  form.text('callerPhone', 'Teléfono desde el que llamó la persona', { inputmode: 'tel', hint: '7 a 15 dígitos, para devolver la llamada.' });
  form.text('contactEmail', 'Correo de contacto', { type: 'email', inputmode: 'email', hint: 'Aquí llegará el enlace de recuperación (24 horas).' });
  for (const doc of DOCS) filePicker(form, `doc:${doc.kind}`, doc.label, 'PDF, JPG o PNG escaneado, hasta 1 MB.');
  const channel = form.fields.get('channel')!.control;
  const byChannel = () => {
    form.toggle(['attentionPointCode'], channel.value === 'PRESENCIAL');
    form.toggle(['quipuxDocumentNumber'], channel.value === 'QUIPUX');
    form.toggle(['callerPhone'], channel.value === 'TELEFONICA');
  };
  channel.addEventListener('change', byChannel);
  byChannel();
  void graphql<{ attentionPoints: Array<{ code: string; kind: string; regional: number; city: string }> }>(POINTS).then(result => {
    const points = result.data?.attentionPoints ?? [];
    const select = point.control as HTMLSelectElement;
    select.replaceChildren(new Option(points.length ? 'Elija la oficina' : 'No se pudieron cargar las oficinas', ''));
    for (const p of points) select.append(new Option(`${p.kind === 'REGIONAL' ? `Regional ${p.regional}` : 'Delegación'} · ${p.city}`, p.code));
    const mine = points.find(p => context.clerk.office && (p.code === context.clerk.office || p.city === context.clerk.office));
    if (mine) select.value = mine.code;
  });
  const documents = () => DOCS.map(doc => ({ doc, field: form.fields.get(`doc:${doc.kind}`)! }));
  wireSubmit({
    form,
    check: () => {
      const problems: Array<[string, string]> = [];
      if (form.applies('attentionPointCode') && !form.value('attentionPointCode')) problems.push(['attentionPointCode', 'Elija la oficina que recibe la solicitud.']);
      if (form.applies('quipuxDocumentNumber')) requiredText(problems, form, 'quipuxDocumentNumber', 'Ingrese el número del documento Quipux.');
      if (form.applies('callerPhone')) requiredText(problems, form, 'callerPhone', 'Ingrese el teléfono desde el que llamó la persona.');
      if (!EMAIL.test(form.value('contactEmail'))) problems.push(['contactEmail', 'Ingrese un correo válido, por ejemplo nombre@empresa.ec.']);
      for (const { doc, field } of documents()) if (!pickedName(field)) problems.push([field.name, `Elija el archivo: ${doc.label.toLowerCase()}.`]);
      return problems;
    },
    confirmTitle: '¿Registrar la recuperación de clave?',
    confirmIntro: 'Se registrará esta solicitud y contará como una atención.',
    summary: () => [
      ['RUC', context.ruc],
      ['Sistema', SYSTEMS.find(s => s.value === form.value('system'))!.label],
      ['Canal', CHANNELS.find(c => c.value === form.value('channel'))!.label],
      ...(form.applies('attentionPointCode') ? [['Oficina', (point.control as HTMLSelectElement).selectedOptions[0]?.text ?? ''] as [string, string]] : []),
      ...(form.applies('quipuxDocumentNumber') ? [['Quipux', form.value('quipuxDocumentNumber')] as [string, string]] : []),
      ...(form.applies('callerPhone') ? [['Teléfono', form.value('callerPhone')] as [string, string]] : []),
      ['Correo de contacto', form.value('contactEmail')],
      ...documents().map(({ doc, field }) => [doc.label, pickedName(field)] as [string, string]),
    ],
    send: async () => {
      const files = await Promise.all(documents().map(async ({ doc, field }) => ({ kind: doc.kind, ...(await readPicked(field))! })));
      const optional = (name: string) => (form.applies(name) ? form.value(name) : null);
      return graphql(SUBMIT, {
        input: {
          requesterRuc: context.ruc,
          system: form.value('system'),
          channel: form.value('channel'),
          attentionPointCode: optional('attentionPointCode'),
          quipuxDocumentNumber: optional('quipuxDocumentNumber'),
          callerPhone: optional('callerPhone'),
          contactEmail: form.value('contactEmail'),
          documents: files,
        },
      }, { timeoutMs: 20000 });
    },
    fieldFor: field => {
      const index = /^documents\[(\d+)\]$/.exec(field)?.[1];
      return index !== undefined ? `doc:${DOCS[Number(index)]?.kind}` : undefined;
    },
    done: () => {
      close();
      announce('Recuperación registrada.');
      context.refresh();
    },
  });
  form.buttons('Registrar recuperación', close);
  return form;
}

export function sutRecoveryAction(context: PanelContext): HTMLElement {
  return launcher('Nueva recuperación de clave', (close, announce) => recoveryForm(context, close, announce));
}
