import { JPEG, PDF, XLS, XLSX, upload } from '../support/files';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { addWorkingDays, ecuadorToday, isWorkingDay } from '../../shared/working-days';

// Issue 12, seed 000 to the letter through the gateway: only public institutions, an access day that is a
// working day, a deactivated institution keeps its name.

const PUBLIC_RUC = '1768152560001';
const REVIEWER = { role: 'reviewer', subject: 'dmvth-revisora' } as const;
const CLERK = { role: 'front-office', subject: 'uath-ventanilla' } as const;
const ANA = { cedula: '1710034065', names: 'Ana María Torres Vela', email: 'ana.torres@senescyt-demo.gob.ec' };
const LUIS = { cedula: '0926687856', names: 'Luis Alberto Mora Paz', email: 'luis.mora@senescyt-demo.gob.ec' };

const REGISTER = `mutation ($input: RegisterSalInstitutionInput!) { registerSalInstitution(input: $input) { ruc status } }`;
const REVIEW = `mutation ($input: ReviewSalKeyRequestInput!) { reviewSalKeyRequest(input: $input) { id status } }`;
const SUBMIT = `mutation ($input: SubmitSalKeyRequestInput!) { submitSalKeyRequest(input: $input) { id status } }`;

/** The first Saturday after the earliest possible access day. */
function nextSaturday(): string {
  const day = new Date(`${addWorkingDays(ecuadorToday(), 3)}T12:00:00Z`);
  while (day.getUTCDay() !== 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export const creationOf = (ruc: string, overrides: Record<string, unknown> = {}) => ({
  institutionRuc: ruc,
  kind: 'CREATION',
  requester: ANA,
  holder: ANA,
  uathAppointment: 'DIRECTOR_OR_JEFE',
  requestedAccessDate: addWorkingDays(ecuadorToday(), 3),
  documents: [upload('REQUEST_FORM', 'formulario-claves.xlsx', XLSX), upload('ELEARNING_CERTIFICATE', 'certificado.pdf', PDF), upload('APPOINTMENT_DOCUMENT', 'accion.jpg', JPEG)],
  ...overrides,
});

describe('SAL seed rules through the gateway (issue 12)', () => {
  let stack: Stack;
  const count = async (table: string) => (await stack.adminQuery(`SELECT count(*)::int AS n FROM sal.${table}`))[0].n;

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    const registered = await stack.queryAs(CLERK, REGISTER, { input: { ruc: PUBLIC_RUC, name: 'Secretaría de Demostración', governmentFunction: 'EJECUTIVA' } });
    expect(registered.errors).toBeUndefined();
  });
  afterAll(() => stack?.stop());

  /** A creation request for `holder` submitted and approved; extra fields for the request when a key is replaced. */
  async function issueKey(ruc: string, holder: typeof ANA, extra: Record<string, unknown> = {}): Promise<string> {
    const submitted = await stack.queryAs(CLERK, SUBMIT, { input: creationOf(ruc, { requester: holder, holder, ...extra }) });
    expect(submitted.errors).toBeUndefined();
    const approved = await stack.queryAs(REVIEWER, REVIEW, { input: { requestId: submitted.data!.submitSalKeyRequest.id, decision: 'APPROVE' } });
    expect(approved.errors).toBeUndefined();
    return submitted.data!.submitSalKeyRequest.id;
  }

  test('point 2: a natural person or a private company is not a SAL institution, and nothing is written', async () => {
    for (const [ruc, holder] of [
      ['1712345675001', /persona natural/],
      ['1791234561001', /sociedad privada/],
    ] as const) {
      const { errors } = await stack.queryAs(CLERK, REGISTER, { input: { ruc, name: 'No es una institución pública', governmentFunction: 'EJECUTIVA' } });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruc', reason: 'SAL_PUBLIC_INSTITUTIONS_ONLY' });
      expect(errors![0].message).toMatch(holder);
      expect(errors![0].message).toMatch(/6 como tercer dígito/);
    }
    expect(await stack.adminQuery(`SELECT ruc FROM sal.institution WHERE substr(ruc, 3, 1) <> '6'`)).toEqual([]);
  });

  test('point 14: an access day on a Saturday or a national holiday is refused with its reason', async () => {
    const before = await count('key_request');
    const saturday = nextSaturday();
    const onSaturday = await stack.queryAs(CLERK, SUBMIT, { input: creationOf(PUBLIC_RUC, { requestedAccessDate: saturday }) });
    expect(onSaturday.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestedAccessDate', reason: 'NOT_A_WORKING_DAY' });
    expect(onSaturday.errors![0].message).toBe(`La fecha de acceso ${saturday} es sábado: indique un día hábil (de lunes a viernes, sin feriados).`);
    const christmas = `${ecuadorToday().slice(0, 4)}-12-25`;
    const holiday = christmas > addWorkingDays(ecuadorToday(), 3) ? christmas : `${Number(christmas.slice(0, 4)) + 1}-12-25`;
    expect(isWorkingDay(holiday)).toBe(false);
    const onHoliday = await stack.queryAs(CLERK, SUBMIT, { input: creationOf(PUBLIC_RUC, { requestedAccessDate: holiday }) });
    expect(onHoliday.errors![0].extensions).toMatchObject({ field: 'requestedAccessDate', reason: 'NOT_A_WORKING_DAY' });
    expect(await count('key_request')).toBe(before);
  });

  test('point 3: one open creation per institution; a key in force is replaced only when the request says whose and why, shown to the reviewer; an open deactivation is resolved', async () => {
    const ruc = '1760001390001';
    await stack.queryAs(CLERK, REGISTER, { input: { ruc, name: 'Servicio de Demostración', governmentFunction: 'NO_EJECUTIVA' } });
    await issueKey(ruc, ANA);
    const before = await count('key_request');

    // A creation that says nothing about Ana's key in force is refused, naming her.
    const silent = await stack.queryAs(CLERK, SUBMIT, { input: creationOf(ruc, { requester: LUIS, holder: LUIS }) });
    expect(silent.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'replacedKey', reason: 'KEY_IN_FORCE', holderCedula: ANA.cedula });
    expect(silent.errors![0].message).toMatch(/ya tiene una clave vigente, de Ana María Torres Vela \(cédula 1710034065\)/);
    expect(await count('key_request')).toBe(before);

    // Ana asks to deactivate her key for a temporary absence; Luis's creation declares it replaces her key.
    const deactivation = await stack.queryAs(CLERK, SUBMIT, {
      input: {
        institutionRuc: ruc,
        kind: 'DEACTIVATION',
        requester: ANA,
        holder: ANA,
        uathAppointment: 'DIRECTOR_OR_JEFE',
        deactivationReason: 'TEMPORARY_ABSENCE',
        documents: [upload('REQUEST_FORM', 'formulario-desactivacion.xlsx', XLSX), upload('REQUESTER_PERSONNEL_ACTION', 'accion-personal.pdf', PDF)],
      },
    });
    expect(deactivation.errors).toBeUndefined();
    const replacing = { requester: LUIS, holder: LUIS, replacedKey: { holderCedula: ANA.cedula, reason: 'CHANGE_OF_RESPONSIBLE' } };
    const luis = await stack.queryAs(CLERK, SUBMIT, { input: creationOf(ruc, replacing) });
    expect(luis.errors).toBeUndefined();
    const second = await stack.queryAs(CLERK, SUBMIT, { input: creationOf(ruc, { ...replacing, requester: ANA, holder: ANA, replacedKey: { holderCedula: ANA.cedula, reason: 'LOSS_OR_THEFT_OR_RISK' } }) });
    expect(second.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'institutionRuc', openRequestId: luis.data!.submitSalKeyRequest.id });
    expect(second.errors![0].message).toMatch(/ya tiene una solicitud de creación de clave en trámite/);

    // The reviewer sees whose key goes and why before approving.
    const seen = await stack.queryAs(REVIEWER, `query ($ruc: String!) { taxpayer(ruc: $ruc) { salKeyRequests { id kind status replacedHolderCedula replacedHolderNames replacementReason } } }`, { ruc });
    expect(seen.data!.taxpayer.salKeyRequests.find((r: any) => r.id === luis.data!.submitSalKeyRequest.id)).toMatchObject({
      status: 'SUBMITTED',
      replacedHolderCedula: ANA.cedula,
      replacedHolderNames: ANA.names,
      replacementReason: 'CHANGE_OF_RESPONSIBLE',
    });
    const approved = await stack.queryAs(REVIEWER, REVIEW, { input: { requestId: luis.data!.submitSalKeyRequest.id, decision: 'APPROVE' } });
    expect(approved.errors).toBeUndefined();

    // Ana's own deactivation request is resolved with it, its reason kept on her key; nothing is left open.
    const after = await stack.queryAs(REVIEWER, `query ($ruc: String!) { taxpayer(ruc: $ruc) {
      salAccessKeys { holderCedula status deactivationReason } salKeyRequests { id kind status history { toStatus note } } } }`, { ruc });
    expect(after.data!.taxpayer.salAccessKeys.map((k: any) => [k.holderCedula, k.status, k.deactivationReason])).toEqual([
      [LUIS.cedula, 'PENDING_FIRST_LOGIN', null],
      [ANA.cedula, 'DEACTIVATED', 'TEMPORARY_ABSENCE'],
    ]);
    const resolved = after.data!.taxpayer.salKeyRequests.find((r: any) => r.id === deactivation.data!.submitSalKeyRequest.id);
    expect(resolved.status).toBe('APPROVED');
    expect(resolved.history.at(-1).note).toMatch(/Resuelta al aprobar la solicitud de creación/);
    expect(after.data!.taxpayer.salKeyRequests.filter((r: any) => r.status === 'SUBMITTED')).toEqual([]);
  });

  test('point 7: the deactivation form is the Excel one by its bytes; a PDF is refused, an XLS is received', async () => {
    const ruc = '1760001470001';
    await stack.queryAs(CLERK, REGISTER, { input: { ruc, name: 'Agencia de Demostración', governmentFunction: 'EJECUTIVA' } });
    await issueKey(ruc, ANA);
    const deactivation = (form: Buffer, fileName: string) => ({
      institutionRuc: ruc,
      kind: 'DEACTIVATION',
      requester: ANA,
      holder: ANA,
      uathAppointment: 'DIRECTOR_OR_JEFE',
      deactivationReason: 'TEMPORARY_ABSENCE',
      documents: [upload('REQUEST_FORM', fileName, form), upload('REQUESTER_PERSONNEL_ACTION', 'accion-personal.pdf', PDF)],
    });
    const before = await count('key_request');
    const pdf = await stack.queryAs(CLERK, SUBMIT, { input: deactivation(PDF, 'formulario-desactivacion.xlsx') });
    expect(pdf.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[0]', reason: 'DOCUMENT_TYPE', detected: 'PDF' });
    expect(pdf.errors![0].message).toMatch(/es PDF según su contenido: se acepta Excel \(XLSX\) o Excel 97-2003 \(XLS\)/);
    expect(await count('key_request')).toBe(before);
    const xls = await stack.queryAs(CLERK, `mutation ($input: SubmitSalKeyRequestInput!) { submitSalKeyRequest(input: $input) { documents { kind mediaType } } }`, {
      input: deactivation(XLS, 'formulario-desactivacion.xls'),
    });
    expect(xls.errors).toBeUndefined();
    expect(xls.data!.submitSalKeyRequest.documents).toContainEqual({ kind: 'REQUEST_FORM', mediaType: 'application/vnd.ms-excel' });
  });

  test('point 10: the sign-in first checks the RUC and answers in the seed\'s words (§6.3)', async () => {
    const check = `query ($ruc: String!) { checkSalSignInRuc(ruc: $ruc) { ruc confirmed message } }`;
    expect((await stack.queryAs(CLERK, check, { ruc: PUBLIC_RUC })).data!.checkSalSignInRuc).toEqual({
      ruc: PUBLIC_RUC,
      confirmed: true,
      message: 'datos confirmados, favor ingresar sus credenciales',
    });
    expect((await stack.queryAs(CLERK, check, { ruc: '1760001630001' })).data!.checkSalSignInRuc.confirmed).toBe(true);
    const unknown = (await stack.queryAs(CLERK, check, { ruc: '1760001140001' })).data!.checkSalSignInRuc;
    expect(unknown).toEqual({ ruc: '1760001140001', confirmed: false, message: 'La institución con RUC 1760001140001 no está registrada en el SAL: no puede ingresar credenciales.' });
    const company = await stack.queryAs(CLERK, check, { ruc: '1791234561001' });
    expect(company.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruc', reason: 'SAL_PUBLIC_INSTITUTIONS_ONLY' });
  });

  test('point 10: creations are answered from clavesautorizacioneslaborales@, deactivations from migracioneslaborales@', async () => {
    const ruc = '1760001230001';
    await stack.queryAs(CLERK, REGISTER, { input: { ruc, name: 'Consejo de Demostración', governmentFunction: 'NO_EJECUTIVA' } });
    const creationId = await issueKey(ruc, LUIS);
    const submitted = await stack.queryAs(CLERK, `mutation ($input: SubmitSalKeyRequestInput!) { submitSalKeyRequest(input: $input) { id mailbox } }`, {
      input: {
        institutionRuc: ruc,
        kind: 'DEACTIVATION',
        requester: LUIS,
        holder: LUIS,
        uathAppointment: 'DIRECTOR_OR_JEFE',
        deactivationReason: 'LOSS_OR_THEFT_OR_RISK',
        documents: [upload('REQUEST_FORM', 'formulario-desactivacion.xlsx', XLSX), upload('REQUESTER_PERSONNEL_ACTION', 'accion-personal.pdf', PDF)],
      },
    });
    expect(submitted.data!.submitSalKeyRequest.mailbox).toBe('migracioneslaborales@trabajo.gob.ec');
    await stack.queryAs(REVIEWER, REVIEW, { input: { requestId: submitted.data!.submitSalKeyRequest.id, decision: 'CLOSE_WITH_OBSERVATIONS', observations: 'Falta la acción de personal firmada.' } });
    const requests = await stack.queryAs(REVIEWER, `query ($ruc: String!) { taxpayer(ruc: $ruc) { salKeyRequests { id mailbox } } }`, { ruc });
    expect(requests.data!.taxpayer.salKeyRequests.find((r: any) => r.id === creationId).mailbox).toBe('clavesautorizacioneslaborales@trabajo.gob.ec');
    const mails = await stack.adminQuery(`SELECT sender, subject FROM sal.outbox_message WHERE recipient = $1 ORDER BY created_at`, [LUIS.email]);
    expect(mails.find((m: any) => /Clave de acceso/.test(m.subject)).sender).toMatch(/<clavesautorizacioneslaborales@trabajo\.gob\.ec>$/);
    expect(mails.find((m: any) => /desactivación de clave SAL cerrada/.test(m.subject)).sender).toMatch(/<migracioneslaborales@trabajo\.gob\.ec>$/);
  });

  test("point 10: the Máxima Autoridad's oficio is received as a PDF, not only its number", async () => {
    const ruc = '1760001310001';
    await stack.queryAs(CLERK, REGISTER, { input: { ruc, name: 'Empresa Pública Suprimida', governmentFunction: 'EJECUTIVA' } });
    const change = `mutation ($input: ChangeSalInstitutionStatusInput!) { changeSalInstitutionStatus(input: $input) { status statusChangeOficio { oficioNumber fileName mediaType sha256 } } }`;
    const base = { ruc, reason: 'SUPRESION', oficioNumber: 'MDT-2026-0101-OF', requestedBy: 'Máxima Autoridad' };
    const numberOnly = await stack.queryAs(REVIEWER, change, { input: base });
    expect(numberOnly.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'oficio' });
    const notPdf = await stack.queryAs(REVIEWER, change, { input: { ...base, oficio: { fileName: 'oficio.pdf', contentBase64: XLSX.toString('base64') } } });
    expect(notPdf.errors![0].extensions).toMatchObject({ field: 'oficio', reason: 'DOCUMENT_TYPE' });
    expect(await stack.adminQuery('SELECT status FROM sal.institution WHERE ruc = $1', [ruc])).toEqual([{ status: 'ACTIVE' }]);
    const done = await stack.queryAs(REVIEWER, change, { input: { ...base, ...OFICIO } });
    expect(done.data!.changeSalInstitutionStatus).toEqual({
      status: 'DEACTIVATED',
      statusChangeOficio: { oficioNumber: 'MDT-2026-0101-OF', fileName: 'oficio-maxima-autoridad.pdf', mediaType: 'application/pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
  });

  test('point 14: an institution deactivated after a fusión is not renamed', async () => {
    const ruc = '1760001550001';
    await stack.queryAs(CLERK, REGISTER, { input: { ruc, name: 'Instituto Fusionado', governmentFunction: 'EJECUTIVA' } });
    const fused = await stack.queryAs(REVIEWER, `mutation ($input: ChangeSalInstitutionStatusInput!) { changeSalInstitutionStatus(input: $input) { status } }`, {
      input: { ruc, reason: 'FUSION', oficioNumber: 'MDT-2026-0100-OF', requestedBy: 'Máxima Autoridad', ...OFICIO },
    });
    expect(fused.errors).toBeUndefined();
    const renamed = await stack.queryAs(CLERK, `mutation { updateSalInstitution(input: { ruc: "${ruc}", name: "Nuevo nombre" }) { name } }`);
    expect(renamed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'ruc' });
    expect(renamed.errors![0].message).toMatch(/fue desactivada en el SAL tras su fusión: sus datos ya no se modifican/);
    expect(await stack.adminQuery('SELECT name FROM sal.institution WHERE ruc = $1', [ruc])).toEqual([{ name: 'Instituto Fusionado' }]);
  });
});

const OFICIO = { oficio: { fileName: 'oficio-maxima-autoridad.pdf', contentBase64: PDF.toString('base64') } };
