import { JPEG, PDF, upload } from '../support/files';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { windowClock } from '../../subgraphs/iess/window-clock';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';

// Seed 002 to the letter, through the gateway (issue 12, points 1, 5, 13 and the IESS part of 14).

const CLERK = { role: 'front-office', subject: 'iess-ventanilla-quito' } as const;
const REVIEWER = { role: 'reviewer', subject: 'iess-revisor' } as const;
const [FIRST_RUC, SECOND_RUC] = ['0990011180001', '1790085783001'];
const DAY = addWorkingDays(ecuadorToday(), 3);
const quito = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00-05:00`);
const sundayBefore = (day: string) => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - date.getUTCDay());
  return date.toISOString().slice(0, 10);
};
const WINDOW_DOCS = [upload('RUC', 'ruc.pdf', PDF), upload('SIGNED_REQUEST', 'solicitud.pdf', PDF), upload('LEGAL_REPRESENTATIVE_ID', 'cedula.jpg', JPEG), upload('SIGNED_AGREEMENT', 'acuerdo.pdf', PDF)];

describe('IESS clave patronal, seed 002 to the letter (through the gateway)', () => {
  let stack: Stack;
  const data = async (who: typeof CLERK | typeof REVIEWER, query: string, variables?: Record<string, unknown>) => {
    const answer = await stack.queryAs(who, query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };
  const refusal = async (who: typeof CLERK | typeof REVIEWER, query: string, variables?: Record<string, unknown>) => {
    const answer = await stack.queryAs(who, query, variables);
    expect(answer.errors).toBeDefined();
    return answer.errors![0];
  };
  const register = (ruc: string, email: string, idNumber: string) =>
    data(CLERK, 'mutation ($input: RegisterIessEmployerInput!) { registerIessEmployer(input: $input) { ruc } }', {
      input: { ruc, businessName: `Empleador ${ruc}`, sectorCode: 'PRIVADO', email, legalRepresentative: { names: 'Representante Legal Demo', idType: 'CEDULA', idNumber } },
    });
  const book = async (ruc: string, email: string, startsAt: Date, agencyCode = 'cau-quito-norte', province = 'Pichincha') => {
    const sent = await data(CLERK, 'mutation ($i: RequestIessAppointmentCodeInput!) { requestIessAppointmentCode(input: $i) { verificationId } }', { i: { cedula: '1710034065', email, mobile: '0991234567' } });
    const [mail] = await stack.dataSources.iess.query('SELECT body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1', [email]);
    const code = /código de verificación es (\d{6})/.exec(mail.body)![1];
    return stack.queryAs(CLERK, 'mutation ($i: BookIessAppointmentInput!) { bookIessAppointment(input: $i) { id status province } }', {
      i: { verificationId: sent.requestIessAppointmentCode.verificationId, code, employerRuc: ruc, province, agencyCode, startsAt: startsAt.toISOString() },
    });
  };
  const attendAt = (now: Date, requestId: string) => {
    jest.spyOn(windowClock, 'now').mockReturnValue(now);
    return stack.queryAs(CLERK, 'mutation ($i: AttendIessAppointmentInput!) { attendIessAppointment(input: $i) { status attendedAt } }', { i: { requestId, handwrittenSignatures: true, representativeIdValidUntil: '2099-12-31', documents: WINDOW_DOCS } });
  };
  const approve = (id: string) => stack.queryAs(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`);

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    await register(FIRST_RUC, 'rrhh@primero-demo.ec', '0926687856');
    await register(SECOND_RUC, 'rrhh@segundo-demo.ec', '1710034065');
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => stack?.stop());

  test('point 1: a turno is attended only on its day, from its hour, inside office hours; a missed one expires and says so', async () => {
    const booked = await book(FIRST_RUC, 'rrhh@primero-demo.ec', quito(DAY, '10:00'));
    const id = booked.data!.bookIessAppointment.id;
    const tooEarly = (await attendAt(quito(addWorkingDays(ecuadorToday(), 1), '10:00'), id)).errors![0];
    expect(tooEarly.extensions).toMatchObject({ code: 'CONFLICT', field: 'requestId', reason: 'TURNO_NOT_YET' });
    expect((await attendAt(quito(sundayBefore(DAY), '10:05'), id)).errors![0].extensions).toMatchObject({ reason: 'OUTSIDE_OFFICE_HOURS' });
    expect((await attendAt(quito(DAY, '07:45'), id)).errors![0].extensions).toMatchObject({ reason: 'OUTSIDE_OFFICE_HOURS' });
    expect((await attendAt(quito(DAY, '09:55'), id)).errors![0].extensions).toMatchObject({ reason: 'TURNO_NOT_YET' });
    expect((await approve(id)).errors![0].extensions).toMatchObject({ code: 'CONFLICT' }); // nothing to approve after an improper attendance
    expect((await attendAt(quito(DAY, '10:05'), id)).data!.attendIessAppointment.attendedAt).toBe(quito(DAY, '10:05').toISOString());
    expect((await approve(id)).data!.approveIessKeyRequest.status).toBe('APPROVED');

    const missed = (await book(SECOND_RUC, 'rrhh@segundo-demo.ec', quito(DAY, '11:00'))).data!.bookIessAppointment.id;
    const late = (await attendAt(quito(DAY, '11:30'), missed)).errors![0];
    expect(late.message).toMatch(/venció sin ser atendido/);
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TURNO_EXPIRED' });
    const history = await stack.dataSources.iess.query('SELECT r.status, e.to_status, e.note FROM employer_key_request r JOIN key_request_event e ON e.request_id = r.id WHERE r.id = $1 ORDER BY e.id', [missed]);
    expect(history).toEqual([{ status: 'EXPIRED', to_status: 'SUBMITTED', note: expect.any(String) }, { status: 'EXPIRED', to_status: 'EXPIRED', note: expect.stringMatching(/^Turno no atendido: venció el/) }]);
    expect((await approve(missed)).errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await attendAt(quito(DAY, '11:05'), missed)).errors![0].extensions).toMatchObject({ reason: 'TURNO_EXPIRED' });
  });

  test('point 5: the 24 provinces (INEC codes) are data, each with an attention point marked as to confirm; free text is refused', async () => {
    const { iessProvinces, iessAgencies } = await data(CLERK, '{ iessProvinces { code name } iessAgencies { code provinceCode province origin } }');
    expect(iessProvinces).toHaveLength(24);
    expect(iessProvinces[16]).toEqual({ code: '17', name: 'Pichincha' });
    for (const province of iessProvinces) expect(iessAgencies.filter((a: any) => a.provinceCode === province.code && a.province === province.name).length).toBeGreaterThan(0);
    expect(new Set(iessAgencies.map((a: any) => a.origin))).toEqual(new Set(['PLACEHOLDER']));
    const galapagos = await data(CLERK, '{ iessAgencies(province: "20") { code name } }');
    expect(galapagos.iessAgencies).toEqual([{ code: 'cau-puerto-baquerizo', name: 'Centro de Atención Universal Puerto Baquerizo Moreno' }]);
    expect((await refusal(CLERK, '{ iessAgencies(province: "Narnia") { code } }')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'province', reason: 'PROVINCE_UNKNOWN' });

    const narnia = await refusal(CLERK, 'mutation ($input: SubmitIessVirtualKeyRequestInput!) { submitIessVirtualKeyRequest(input: $input) { id } }', {
      input: { employerRuc: FIRST_RUC, province: 'Narnia', email: 'rrhh@primero-demo.ec', message: 'Solicito la clave patronal.', representativeIdValidUntil: '2099-12-31', documents: WINDOW_DOCS },
    });
    expect(narnia.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'province', reason: 'PROVINCE_UNKNOWN' });
    const third = '1760001630001'; // the demo public institution, whose request is delivered: it may book
    const booked = await book(third, 'talento.humano@demostracion.gob.ec', quito(DAY, '09:00'), 'cau-puerto-baquerizo', 'galapagos');
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookIessAppointment.province).toBe('Galápagos');
    const [row] = await stack.dataSources.iess.query('SELECT province_code FROM employer_key_request WHERE id = $1', [booked.data!.bookIessAppointment.id]);
    expect(row.province_code).toBe('20');
    expect((await book(FIRST_RUC, 'rrhh@primero-demo.ec', quito(DAY, '09:30'), 'cau-quito-norte', 'Narnia')).errors![0].extensions).toMatchObject({ field: 'province', reason: 'PROVINCE_UNKNOWN' });
  });

  test('point 13: the virtual form\'s trámite and mensaje; documents vigente on the day; a foreigner books a turno; a natural person is their own representative; the key handed over at the window', async () => {
    const FOREIGN_RUC = '0991234565001';
    const registerAs = (ruc: string, legalRepresentative: Record<string, unknown>) =>
      stack.queryAs(CLERK, 'mutation ($input: RegisterIessEmployerInput!) { registerIessEmployer(input: $input) { ruc representativePowerOfAttorney } }', {
        input: { ruc, businessName: `Empleador ${ruc}`, sectorCode: 'PRIVADO', email: 'extranjero@andina-demo.ec', legalRepresentative: { names: 'John Michael Carter', ...legalRepresentative } },
      });
    const naturalOther = (await registerAs('1710034065001', { idType: 'CEDULA', idNumber: '0926687856' })).errors![0];
    expect(naturalOther.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'legalRepresentative.idNumber', reason: 'NATURAL_PERSON_IS_OWN_REPRESENTATIVE' });
    const withPower = await registerAs('1710034065001', { idType: 'CEDULA', idNumber: '0926687856', powerOfAttorneyNumber: '20261701001P09999' });
    expect(withPower.data!.registerIessEmployer).toEqual({ ruc: '1710034065001', representativePowerOfAttorney: '20261701001P09999' });
    expect((await registerAs(FOREIGN_RUC, { idType: 'PASSPORT', idNumber: 'P-4839201' })).errors).toBeUndefined();

    const SUBMIT = 'mutation ($input: SubmitIessVirtualKeyRequestInput!) { submitIessVirtualKeyRequest(input: $input) { id procedure message representativeIdValidUntil } }';
    const virtual = { employerRuc: FOREIGN_RUC, province: 'Guayas', email: 'extranjero@andina-demo.ec', documents: WINDOW_DOCS, representativeIdValidUntil: ecuadorToday() };
    expect((await refusal(CLERK, SUBMIT, { input: virtual })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });
    const expired = await refusal(CLERK, SUBMIT, { input: { ...virtual, message: 'Solicito la clave patronal.', representativeIdValidUntil: '2026-01-31' } });
    expect(expired).toMatchObject({ message: 'El pasaporte del representante legal venció el 2026-01-31: presente un documento vigente.', extensions: { field: 'representativeIdValidUntil', reason: 'DOCUMENT_EXPIRED' } });

    // A foreign representative without cédula books with the passport, and the window hands the key to him.
    const sent = await data(CLERK, 'mutation ($i: RequestIessAppointmentCodeInput!) { requestIessAppointmentCode(input: $i) { verificationId } }', { i: { idType: 'PASSPORT', idNumber: 'p-4839201', email: 'extranjero@andina-demo.ec', mobile: '0991234567' } });
    const [mail] = await stack.dataSources.iess.query('SELECT body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1', ['extranjero@andina-demo.ec']);
    const booked = await data(CLERK, 'mutation ($i: BookIessAppointmentInput!) { bookIessAppointment(input: $i) { id } }', {
      i: { verificationId: sent.requestIessAppointmentCode.verificationId, code: /es (\d{6})/.exec(mail.body)![1], employerRuc: FOREIGN_RUC, province: 'Guayas', agencyCode: 'cau-guayaquil', startsAt: quito(DAY, '10:00').toISOString() },
    });
    const id = booked.bookIessAppointment.id;
    const [appointment] = await stack.dataSources.iess.query('SELECT cedula, id_type, id_number FROM appointment WHERE request_id = $1', [id]);
    expect(appointment).toEqual({ cedula: null, id_type: 'PASSPORT', id_number: 'P-4839201' });
    jest.spyOn(windowClock, 'now').mockReturnValue(quito(DAY, '10:02'));
    const ATTEND = 'mutation ($i: AttendIessAppointmentInput!) { attendIessAppointment(input: $i) { representativeIdValidUntil } }';
    const foreignDocs = [upload('RUC', 'ruc.pdf', PDF), upload('SIGNED_REQUEST', 'solicitud.pdf', PDF), upload('FOREIGN_ID_DOCUMENT', 'pasaporte.jpg', JPEG), upload('SIGNED_AGREEMENT', 'acuerdo.pdf', PDF)];
    const expiredOnTheDay = await refusal(CLERK, ATTEND, { i: { requestId: id, handwrittenSignatures: true, documents: foreignDocs, representativeIdValidUntil: addWorkingDays(ecuadorToday(), 1) } });
    expect(expiredOnTheDay.extensions).toMatchObject({ field: 'representativeIdValidUntil', reason: 'DOCUMENT_EXPIRED' });
    expect((await data(CLERK, ATTEND, { i: { requestId: id, handwrittenSignatures: true, documents: foreignDocs, representativeIdValidUntil: DAY } })).attendIessAppointment).toEqual({ representativeIdValidUntil: DAY });
    await data(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`);
    const before = await stack.dataSources.iess.query('SELECT count(*)::int AS n FROM outbox_message');
    const delivered = await data(CLERK, `mutation { deliverIessEmployerKey(input: { requestId: "${id}", pickedUpBy: LEGAL_REPRESENTATIVE }) { status windowKeyNotice { handedTo activateBefore printText } } }`);
    const notice = delivered.deliverIessEmployerKey.windowKeyNotice;
    expect(notice.handedTo).toBe('John Michael Carter (representante legal)');
    expect(notice.printText).toMatch(/Clave patronal: \S{14}\n.*una sola vez/);
    const key = /Clave patronal: (\S+)/.exec(notice.printText)![1];
    const mails = await stack.dataSources.iess.query('SELECT subject, body FROM outbox_message ORDER BY created_at OFFSET $1', [before[0].n]);
    expect(mails).toEqual([{ subject: 'Clave patronal entregada en ventanilla', body: expect.stringContaining('a John Michael Carter (representante legal)') }]);
    expect(JSON.stringify(mails)).not.toContain(key);
  });

  test('point 14: a second open clave patronal request for one employer is refused on either channel, and nothing is written', async () => {
    const first = await book(SECOND_RUC, 'rrhh@segundo-demo.ec', quito(DAY, '14:00')); // the expired turno does not hold the employer
    expect(first.data!.bookIessAppointment.status).toBe('SUBMITTED');
    const [{ n: before }] = await stack.dataSources.iess.query('SELECT count(*)::int AS n FROM employer_key_request WHERE employer_ruc = $1', [SECOND_RUC]);
    const second = (await book(SECOND_RUC, 'rrhh@segundo-demo.ec', quito(DAY, '15:00'))).errors![0];
    expect(second.extensions).toMatchObject({ code: 'CONFLICT', field: 'employerRuc', reason: 'KEY_REQUEST_ALREADY_OPEN', openRequestId: first.data!.bookIessAppointment.id });
    expect(second.message).toMatch(/ya tiene una solicitud de clave patronal en curso/);
    const virtual = await refusal(CLERK, 'mutation ($input: SubmitIessVirtualKeyRequestInput!) { submitIessVirtualKeyRequest(input: $input) { id } }', {
      input: { employerRuc: SECOND_RUC, province: 'Pichincha', email: 'rrhh@segundo-demo.ec', message: 'Solicito la clave patronal.', representativeIdValidUntil: '2099-12-31', documents: WINDOW_DOCS },
    });
    expect(virtual.extensions).toMatchObject({ code: 'CONFLICT', reason: 'KEY_REQUEST_ALREADY_OPEN' });
    const [{ n: after }] = await stack.dataSources.iess.query('SELECT count(*)::int AS n FROM employer_key_request WHERE employer_ruc = $1', [SECOND_RUC]);
    expect(after).toBe(before);
  });
});
