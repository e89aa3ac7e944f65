import { el, graphql } from '../../api';
import type { PanelContext } from '../contract';
import { ActionForm } from './action-form';
import { launcher, showApiErrors, wireSubmit } from './run-action';
import { EMAIL, ID_TYPES, isDay, label, requiredText, type Problems } from './rules';

// Seed 002's turnero, for a citizen at the window: the clerk sends the verification code to the
// citizen's e-mail, the citizen reads it out, the clerk types it, then province, agency, day and hour.

const SEND_CODE = `mutation CodigoTurno($input: RequestIessAppointmentCodeInput!) { requestIessAppointmentCode(input: $input) { verificationId sentTo expiresAt } }`;
const BOOK = `mutation ReservarTurno($input: BookIessAppointmentInput!) { bookIessAppointment(input: $input) { id status appointmentAt agency } }`;
const PROVINCES = `query ProvinciasIess { iessProvinces { code name } }`;
const AGENCIES = `query AgenciasIess($province: String) { iessAgencies(province: $province) { code name origin } }`;

const HOURS = Array.from({ length: 18 }, (_, i) => {
  const minutes = 8 * 60 + i * 30;
  const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { value: hhmm, label: hhmm };
});
const STEP_TWO = ['code', 'province', 'agencyCode', 'startsAt', 'startsAtTime'];

function turnoForm(context: PanelContext, close: () => void, announce: (message: string) => void): ActionForm {
  const form = new ActionForm('Reservar turno para clave patronal', `Empleador: RUC ${context.ruc}. Pida a la persona su documento, correo y celular; el código llega a su correo.`);
  form.select('idType', 'Documento de la persona', ID_TYPES);
  form.text('cedula', 'Número de cédula', { inputmode: 'numeric' });
  form.text('idNumber', 'Número de pasaporte o visa');
  form.text('email', 'Correo de la persona', { type: 'email', inputmode: 'email' });
  form.text('mobile', 'Celular', { inputmode: 'tel', hint: '09XXXXXXXX' });
  const sendButton = el('button', { type: 'button', class: 'secondary' }, 'Enviar código al correo');
  const sent = el('p', { class: 'hint', role: 'status' });
  form.body.append(el('div', { class: 'row' }, sendButton), sent);
  form.text('code', 'Código de verificación', { inputmode: 'numeric', hint: 'Los 6 dígitos que la persona recibió en su correo (vence en 10 minutos).' });
  const province = form.select('province', 'Provincia', [], { empty: 'Cargando provincias…' });
  const agency = form.select('agencyCode', 'Agencia', [], { empty: 'Elija primero la provincia' });
  form.text('startsAt', 'Día del turno', { inputmode: 'numeric', hint: 'AAAA-MM-DD, de lunes a viernes hábil.' });
  form.select('startsAtTime', 'Hora del turno', HOURS, { hint: 'De 08:00 a 16:30, cada 30 minutos.' });
  const idType = form.fields.get('idType')!.control;
  const byIdType = () => {
    form.toggle(['cedula'], idType.value === 'CEDULA');
    form.toggle(['idNumber'], idType.value !== 'CEDULA');
  };
  idType.addEventListener('change', byIdType);
  byIdType();
  form.toggle(STEP_TWO, false);
  let verificationId = '';

  sendButton.addEventListener('click', async () => {
    form.clearErrors();
    const problems: Problems = [];
    requiredText(problems, form, 'cedula', 'Ingrese el número de cédula.');
    requiredText(problems, form, 'idNumber', 'Ingrese el número del pasaporte o la visa.');
    if (!EMAIL.test(form.value('email'))) problems.push(['email', 'Ingrese un correo válido.']);
    if (!/^09\d{8}$/.test(form.value('mobile'))) problems.push(['mobile', 'Ingrese el celular como 09XXXXXXXX (10 dígitos).']);
    if (problems.length) return problems.forEach(([field, message], i) => form.fieldError(field, message, i === 0));
    sent.textContent = 'Enviando código…';
    const cedula = idType.value === 'CEDULA';
    const result = await graphql<{ requestIessAppointmentCode: { verificationId: string; sentTo: string; expiresAt: string } }>(SEND_CODE, {
      input: { cedula: cedula ? form.value('cedula') : null, idType: cedula ? null : idType.value, idNumber: cedula ? null : form.value('idNumber'), email: form.value('email'), mobile: form.value('mobile') },
    });
    sent.textContent = '';
    if (result.failure) return form.topError(result.failure.message, result.failure.retryable ? () => sendButton.click() : undefined);
    if (result.errors?.length || !result.data) return showApiErrors(form, result.errors ?? []);
    verificationId = result.data.requestIessAppointmentCode.verificationId;
    const until = new Date(result.data.requestIessAppointmentCode.expiresAt).toLocaleTimeString('es-EC', { timeZone: 'America/Guayaquil', timeStyle: 'short' });
    sent.textContent = `Código enviado a ${result.data.requestIessAppointmentCode.sentTo} (vence a las ${until}).`;
    form.toggle(STEP_TWO, true);
    form.fields.get('code')!.control.focus();
  });

  void graphql<{ iessProvinces: Array<{ code: string; name: string }> }>(PROVINCES).then(result => {
    const select = province.control as HTMLSelectElement;
    select.replaceChildren(new Option(result.data ? 'Elija la provincia' : 'No se pudieron cargar las provincias', ''));
    for (const p of result.data?.iessProvinces ?? []) select.append(new Option(p.name, p.code));
  });
  province.control.addEventListener('change', async () => {
    const select = agency.control as HTMLSelectElement;
    select.replaceChildren(new Option('Cargando agencias…', ''));
    const result = await graphql<{ iessAgencies: Array<{ code: string; name: string; origin: string }> }>(AGENCIES, { province: province.control.value });
    select.replaceChildren(new Option(result.data ? 'Elija la agencia' : 'No se pudieron cargar las agencias', ''));
    for (const a of result.data?.iessAgencies ?? []) select.append(new Option(`${a.name}${a.origin === 'PLACEHOLDER' ? ' (por confirmar con el IESS)' : ''}`, a.code));
  });

  wireSubmit({
    form,
    check: () => {
      const problems: Problems = [];
      if (!verificationId) problems.push(['email', 'Primero envíe el código de verificación al correo de la persona.']);
      else {
        if (!/^\d{6}$/.test(form.value('code'))) problems.push(['code', 'Escriba los 6 dígitos del código que recibió la persona.']);
        if (!form.value('province')) problems.push(['province', 'Elija la provincia.']);
        if (!form.value('agencyCode')) problems.push(['agencyCode', 'Elija la agencia.']);
        if (!isDay(form.value('startsAt'))) problems.push(['startsAt', 'Escriba el día como AAAA-MM-DD, por ejemplo 2030-12-02.']);
      }
      return problems;
    },
    confirmTitle: '¿Reservar el turno?',
    confirmIntro: 'Se reservará el turno y se enviará la confirmación al correo de la persona.',
    summary: () => [
      ['RUC', context.ruc],
      ['Persona', `${label(ID_TYPES, idType.value)} ${form.value(idType.value === 'CEDULA' ? 'cedula' : 'idNumber')}`],
      ['Correo', form.value('email')],
      ['Provincia', (province.control as HTMLSelectElement).selectedOptions[0]?.text ?? ''],
      ['Agencia', (agency.control as HTMLSelectElement).selectedOptions[0]?.text ?? ''],
      ['Turno', `${form.value('startsAt')} a las ${form.value('startsAtTime')}`],
    ],
    send: () =>
      graphql(BOOK, {
        input: {
          verificationId,
          code: form.value('code'),
          employerRuc: context.ruc,
          province: form.value('province'),
          agencyCode: form.value('agencyCode'),
          startsAt: new Date(`${form.value('startsAt')}T${form.value('startsAtTime')}:00-05:00`).toISOString(),
        },
      }),
    fieldFor: field => (field === 'verificationId' ? 'code' : field === 'employerRuc' ? 'top' : undefined),
    done: () => {
      close();
      announce('Turno reservado; la confirmación llegó al correo de la persona.');
      context.refresh();
    },
  });
  form.buttons('Reservar turno', close);
  return form;
}

export function iessTurnoAction(context: PanelContext): HTMLElement {
  return launcher('Reservar turno', (close, announce) => turnoForm(context, close, announce));
}
