import { graphql } from '../../api';
import type { PanelContext, PanelItem } from '../contract';
import { ActionForm } from './action-form';
import { filePicker, pickedName, readPicked } from './file-picker';
import { launcher, wireSubmit } from './run-action';
import { ID_TYPES, label, requiredDay, requiredText, type Problems } from './rules';

// Seed 002, trámite presencial at the window: the turno is attended on its day; the originals are checked
// and scanned, the solicitud and acuerdo signed by hand; a third party authorised in the solicitud or an
// attorney with a notarised power (valid once the legal area seals it) may act for the representative.

const ATTEND = `mutation AtenderTurno($input: AttendIessAppointmentInput!) { attendIessAppointment(input: $input) { id status attendedAt } }`;

const PRESENTERS = [
  { value: 'LEGAL_REPRESENTATIVE', label: 'El representante legal' },
  { value: 'THIRD_PARTY', label: 'Un tercero autorizado en la solicitud' },
  { value: 'ATTORNEY', label: 'Un apoderado con poder notarial' },
];
const THIRD = ['thirdParty.names', 'thirdParty.idType', 'thirdParty.idNumber', 'thirdParty.idValidUntil', 'thirdParty.authorisedInSolicitud'];
const POWER = ['powerOfAttorney.notarialNumber', 'powerOfAttorney.attorneyNames', 'powerOfAttorney.attorneyIdType', 'powerOfAttorney.attorneyIdNumber', 'powerOfAttorney.attorneyIdValidUntil'];

/** The scans seed 002 asks of this employer (a foreign representative's document, the artisan qualification). */
export function windowDocuments(employer: Record<string, any> | null | undefined): Array<{ kind: string; label: string }> {
  const foreign = employer?.legalRepresentativeIdType && employer.legalRepresentativeIdType !== 'CEDULA';
  return [
    { kind: 'RUC', label: 'RUC' },
    { kind: 'SIGNED_REQUEST', label: 'Solicitud de entrega de clave (firmada a mano)' },
    foreign ? { kind: 'FOREIGN_ID_DOCUMENT', label: 'Código IESS, visa o pasaporte del representante legal' } : { kind: 'LEGAL_REPRESENTATIVE_ID', label: 'Cédula del representante legal' },
    { kind: 'SIGNED_AGREEMENT', label: 'Acuerdo de responsabilidad y uso de la información (firmado a mano)' },
    ...(employer?.qualifiedArtisan ? [{ kind: 'ARTISAN_QUALIFICATION', label: 'Calificación artesanal' }] : []),
  ];
}

function attendanceForm(context: PanelContext, item: PanelItem, close: () => void, announce: (message: string) => void): ActionForm {
  const employer = context.taxpayer.iessEmployer;
  const form = new ActionForm('Atender turno de clave patronal', `RUC ${context.ruc}${employer ? ` · ${employer.businessName}` : ''}. Verifique y escanee los originales.`);
  form.checkbox('originalsChecked', 'Verifiqué los documentos originales y vigentes', { hint: 'Cédula (o código IESS, visa o pasaporte), RUC, solicitud y acuerdo.' });
  form.checkbox('handwrittenSignatures', 'La solicitud y el acuerdo están firmados a mano', { hint: 'Imprescindible en el trámite presencial.' });
  form.text('representativeIdValidUntil', 'Documento del representante legal vigente hasta', { hint: 'AAAA-MM-DD, como consta en el original.', inputmode: 'numeric' });
  const docs = windowDocuments(employer);
  for (const doc of docs) filePicker(form, `doc:${doc.kind}`, doc.label, 'Escaneo JPG o PDF, hasta 1 MB.');
  form.select('presenter', 'Quién presenta el trámite', PRESENTERS);
  form.text('thirdParty.names', 'Nombres del tercero autorizado');
  form.select('thirdParty.idType', 'Documento del tercero', ID_TYPES);
  form.text('thirdParty.idNumber', 'Número del documento del tercero');
  form.text('thirdParty.idValidUntil', 'Documento del tercero vigente hasta', { hint: 'AAAA-MM-DD.', inputmode: 'numeric' });
  form.checkbox('thirdParty.authorisedInSolicitud', 'La "Autorización de Retiro de Contraseña" consta en la solicitud firmada');
  form.text('powerOfAttorney.notarialNumber', 'Número del poder notarial');
  form.text('powerOfAttorney.attorneyNames', 'Nombres del apoderado');
  form.select('powerOfAttorney.attorneyIdType', 'Documento del apoderado', ID_TYPES);
  form.text('powerOfAttorney.attorneyIdNumber', 'Número del documento del apoderado');
  form.text('powerOfAttorney.attorneyIdValidUntil', 'Documento del apoderado vigente hasta', { hint: 'AAAA-MM-DD. El poder cuenta cuando el área jurídica lo valide y selle.', inputmode: 'numeric' });
  const presenter = form.fields.get('presenter')!.control;
  const byPresenter = () => {
    form.toggle(THIRD, presenter.value === 'THIRD_PARTY');
    form.toggle(POWER, presenter.value === 'ATTORNEY');
  };
  presenter.addEventListener('change', byPresenter);
  byPresenter();
  const files = () => docs.map(doc => ({ doc, field: form.fields.get(`doc:${doc.kind}`)! }));
  wireSubmit({
    form,
    check: () => {
      const problems: Problems = [];
      if (!form.checked('originalsChecked')) problems.push(['originalsChecked', 'Verifique los documentos originales antes de registrar la atención.']);
      if (employer?.legalRepresentativeIdType !== 'IESS_FOREIGNER_CODE') requiredDay(problems, form, 'representativeIdValidUntil', 'la fecha de vigencia del documento');
      for (const { doc, field } of files()) if (!pickedName(field)) problems.push([field.name, `Elija el escaneo: ${doc.label}.`]);
      requiredText(problems, form, 'thirdParty.names', 'Ingrese los nombres del tercero.');
      requiredText(problems, form, 'thirdParty.idNumber', 'Ingrese el número del documento del tercero.');
      requiredDay(problems, form, 'thirdParty.idValidUntil', 'la vigencia del documento del tercero');
      requiredText(problems, form, 'powerOfAttorney.notarialNumber', 'Ingrese el número del poder notarial.');
      requiredText(problems, form, 'powerOfAttorney.attorneyNames', 'Ingrese los nombres del apoderado.');
      requiredText(problems, form, 'powerOfAttorney.attorneyIdNumber', 'Ingrese el número del documento del apoderado.');
      requiredDay(problems, form, 'powerOfAttorney.attorneyIdValidUntil', 'la vigencia del documento del apoderado');
      return problems;
    },
    confirmTitle: '¿Registrar la atención del turno?',
    confirmIntro: 'Se registrará la atención con los documentos escaneados; contará como una atención.',
    summary: () => [
      ['RUC', context.ruc],
      ['Turno', item.record.appointmentAt ? new Date(item.record.appointmentAt).toLocaleString('es-EC', { timeZone: 'America/Guayaquil', dateStyle: 'medium', timeStyle: 'short' }) : '—'],
      ['Firmas manuscritas', form.checked('handwrittenSignatures') ? 'Sí' : 'No'],
      ['Vigencia del documento del representante', form.value('representativeIdValidUntil')],
      ...files().map(({ doc, field }) => [doc.label, pickedName(field)] as [string, string]),
      ['Presenta', label(PRESENTERS, presenter.value)],
      ...(presenter.value === 'THIRD_PARTY' ? [['Tercero', `${form.value('thirdParty.names')} (${label(ID_TYPES, form.value('thirdParty.idType'))} ${form.value('thirdParty.idNumber')})`] as [string, string]] : []),
      ...(presenter.value === 'ATTORNEY' ? [['Apoderado', `${form.value('powerOfAttorney.attorneyNames')} · poder ${form.value('powerOfAttorney.notarialNumber')}`] as [string, string]] : []),
    ],
    send: async () => {
      const documents = await Promise.all(files().map(async ({ doc, field }) => ({ kind: doc.kind, ...(await readPicked(field))! })));
      const third = presenter.value === 'THIRD_PARTY';
      const power = presenter.value === 'ATTORNEY';
      return graphql(ATTEND, {
        input: {
          requestId: item.id,
          handwrittenSignatures: form.checked('handwrittenSignatures'),
          representativeIdValidUntil: form.value('representativeIdValidUntil') || null,
          documents,
          thirdParty: third
            ? { names: form.value('thirdParty.names'), idType: form.value('thirdParty.idType'), idNumber: form.value('thirdParty.idNumber'), idValidUntil: form.value('thirdParty.idValidUntil'), authorisedInSolicitud: form.checked('thirdParty.authorisedInSolicitud') }
            : null,
          powerOfAttorney: power
            ? {
                notarialNumber: form.value('powerOfAttorney.notarialNumber'),
                attorneyNames: form.value('powerOfAttorney.attorneyNames'),
                attorneyIdType: form.value('powerOfAttorney.attorneyIdType'),
                attorneyIdNumber: form.value('powerOfAttorney.attorneyIdNumber'),
                attorneyIdValidUntil: form.value('powerOfAttorney.attorneyIdValidUntil'),
              }
            : null,
        },
      }, { timeoutMs: 20000 });
    },
    fieldFor: field => {
      const index = /^documents\[(\d+)\]$/.exec(field)?.[1];
      return index !== undefined ? `doc:${docs[Number(index)]?.kind}` : undefined;
    },
    done: () => {
      close();
      announce('Turno atendido.');
      context.refresh();
    },
  });
  form.buttons('Registrar atención', close);
  return form;
}

export function iessAttendanceAction(context: PanelContext, item: PanelItem): HTMLElement {
  return launcher('Atender turno', (close, announce) => attendanceForm(context, item, close, announce));
}
