import { el, graphql } from '../../api';
import type { PanelContext } from '../contract';
import { ActionForm } from './action-form';
import { showRegistrationForms } from './iess-forms-print';
import { launcher, wireSubmit } from './run-action';
import { EMAIL, label, requiredText, type Problems } from './rules';

// Seed 002, "Registro nuevo empleador": the prerequisite of the clave patronal. The sector comes from
// iessSectors; the legal representative by cédula, or for a foreigner without one by IESS code, visa or
// passport; an active e-mail. Then the two forms to print and sign.

const REGISTER = `mutation RegistrarEmpleador($input: RegisterIessEmployerInput!) { registerIessEmployer(input: $input) { ruc businessName } }`;
const SECTORS = `query SectoresIess { iessSectors { code name } }`;

const REPRESENTATIVE_IDS = [
  { value: 'CEDULA', label: 'Cédula' },
  { value: 'IESS_FOREIGNER_CODE', label: 'Código IESS para extranjeros' },
  { value: 'VISA', label: 'Visa' },
  { value: 'PASSPORT', label: 'Pasaporte' },
];

function employerForm(context: PanelContext, close: () => void, announce: (message: string) => void, status: HTMLElement): ActionForm {
  const form = new ActionForm('Registrar empleador en el IESS', `RUC ${context.ruc}. Requisito previo de la clave patronal; luego se imprimen la solicitud y el acuerdo.`);
  form.text('businessName', 'Razón social o nombres', { value: context.taxpayer.salInstitution?.name ?? '' });
  const sector = form.select('sectorCode', 'Sector', [], { empty: 'Cargando sectores…' });
  form.text('legalRepresentative.names', 'Nombres del representante legal', { autocomplete: 'off' });
  form.select('legalRepresentative.idType', 'Documento del representante legal', REPRESENTATIVE_IDS);
  form.text('legalRepresentative.idNumber', 'Número del documento', { hint: 'Cédula de 10 dígitos; código IESS, visa o pasaporte de 5 a 20 letras, dígitos o guiones.' });
  form.text('legalRepresentative.powerOfAttorneyNumber', 'Número del poder notarial (opcional)', { hint: 'Solo persona natural que nombra a otro representante.' });
  form.text('email', 'Correo electrónico activo', { type: 'email', inputmode: 'email', hint: 'Del empleador o del representante legal.' });
  void graphql<{ iessSectors: Array<{ code: string; name: string }> }>(SECTORS).then(result => {
    const select = sector.control as HTMLSelectElement;
    const sectors = result.data?.iessSectors ?? [];
    select.replaceChildren(new Option(sectors.length ? 'Elija el sector' : 'No se pudieron cargar los sectores', ''));
    for (const s of sectors) select.append(new Option(s.name, s.code));
  });
  wireSubmit<{ registerIessEmployer: { ruc: string } }>({
    form,
    check: () => {
      const problems: Problems = [];
      requiredText(problems, form, 'businessName', 'Ingrese la razón social o los nombres del empleador.');
      if (!form.value('sectorCode')) problems.push(['sectorCode', 'Elija el sector del empleador.']);
      requiredText(problems, form, 'legalRepresentative.names', 'Ingrese los nombres del representante legal.');
      requiredText(problems, form, 'legalRepresentative.idNumber', 'Ingrese el número del documento del representante legal.');
      if (!EMAIL.test(form.value('email'))) problems.push(['email', 'Ingrese un correo válido, por ejemplo rrhh@empresa.ec.']);
      return problems;
    },
    confirmTitle: '¿Registrar el empleador?',
    confirmIntro: 'Se registrará el empleador en el IESS con estos datos.',
    summary: () => [
      ['RUC', context.ruc],
      ['Razón social', form.value('businessName')],
      ['Sector', (sector.control as HTMLSelectElement).selectedOptions[0]?.text ?? ''],
      ['Representante legal', form.value('legalRepresentative.names')],
      ['Documento', `${label(REPRESENTATIVE_IDS, form.value('legalRepresentative.idType'))} ${form.value('legalRepresentative.idNumber')}`],
      ['Poder notarial', form.value('legalRepresentative.powerOfAttorneyNumber')],
      ['Correo', form.value('email')],
    ],
    send: () =>
      graphql(REGISTER, {
        input: {
          ruc: context.ruc,
          businessName: form.value('businessName'),
          sectorCode: form.value('sectorCode'),
          email: form.value('email'),
          legalRepresentative: {
            names: form.value('legalRepresentative.names'),
            idType: form.value('legalRepresentative.idType'),
            idNumber: form.value('legalRepresentative.idNumber'),
            powerOfAttorneyNumber: form.value('legalRepresentative.powerOfAttorneyNumber') || null,
          },
        },
      }),
    fieldFor: field => (field === 'ruc' ? undefined : field),
    done: async () => {
      close();
      announce('Empleador registrado. Imprima la solicitud y el acuerdo.');
      await showRegistrationForms(context.ruc, status);
      context.refresh();
    },
  });
  form.buttons('Registrar empleador', close);
  return form;
}

export function iessEmployerAction(context: PanelContext): HTMLElement {
  const status = el('p', { class: 'action-status', role: 'status' });
  const box = launcher('Registrar empleador', (close, announce) => employerForm(context, close, announce, status));
  box.append(status);
  return box;
}
