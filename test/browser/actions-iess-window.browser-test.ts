import type { Browser, Page } from 'playwright-core';
import { windowClock } from '../../subgraphs/iess/window-clock';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { JPEG, PDF } from '../support/files';
import { naturalPersonRucs } from '../support/ruc-factory';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { chooseOption, confirmWithEnter, consult, dialogText, fieldError, focusedName, pickFile, tabTo, typeIn, useToken } from './actions-support';
import { expectAccessible, launchChromium, newPage, PHONE, shot, signIn } from './support';

// Point 7, IESS at the window (seed 002): the turno attended on its day with the originals scanned and an
// attorney's notarised power; the legal area (a reviewer) seals it and approves; the key is handed over
// in a printed notice. The window's clock is set to the turno's hour.

const [RUC, THIRD_RUC, THIRD_PERSON] = naturalPersonRucs(3, 5151);
const EMAIL = 'pedro.salazar@correo-demo.ec';
const THIRD_ID = THIRD_PERSON.slice(0, 10); // the third party's cédula
const DAY = addWorkingDays(ecuadorToday(), 3);
const AT_TURNO = new Date(`${DAY}T10:05:00-05:00`);

describe('/ventanilla actions: IESS turno attended, power of attorney sealed, key handed over', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const iessPanel = (p: Page) => p.textContent('.panel[data-service="iess"]').then(text => text ?? '');

  /** Registers a natural-person employer and books its 10:00 turno on DAY (through the API: the setup, not the test). */
  const bookTurno = async (ruc: string, names: string, email: string, agencyCode: string) => {
    const clerk = { role: 'front-office', subject: 'iess-ventanilla-quito' } as const;
    const cedula = ruc.slice(0, 10);
    await stack.queryAs(clerk, 'mutation ($input: RegisterIessEmployerInput!) { registerIessEmployer(input: $input) { ruc } }', {
      input: { ruc, businessName: names, sectorCode: 'PRIVADO', email, legalRepresentative: { names, idType: 'CEDULA', idNumber: cedula } },
    });
    const sent = await stack.queryAs(clerk, 'mutation ($i: RequestIessAppointmentCodeInput!) { requestIessAppointmentCode(input: $i) { verificationId } }', { i: { cedula, email, mobile: '0991234567' } });
    const [mail] = await stack.dataSources.iess.query('SELECT body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1', [email]);
    const booked = await stack.queryAs(clerk, 'mutation ($i: BookIessAppointmentInput!) { bookIessAppointment(input: $i) { id } }', {
      i: { verificationId: sent.data!.requestIessAppointmentCode.verificationId, code: /es (\d{6})/.exec(mail.body)![1], employerRuc: ruc, province: 'Pichincha', agencyCode, startsAt: new Date(`${DAY}T10:00:00-05:00`).toISOString() },
    });
    expect(booked.errors).toBeUndefined();
  };

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    await bookTurno(RUC, 'Pedro Salazar Ortiz', EMAIL, 'cau-quito-norte');
    await bookTurno(THIRD_RUC, 'Rosa Elena Quishpe Tipán', 'rosa.quishpe@correo-demo.ec', 'cau-quito-sur');
    jest.spyOn(windowClock, 'now').mockImplementation(() => AT_TURNO);
    browser = await launchChromium();
    ({ page } = await newPage(browser));
    await signIn(page, stack.baseUrl);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await browser?.close();
    await stack?.stop();
  });

  const fillAttendance = async (signed: boolean, presenter: () => Promise<void> = byAttorney) => {
    await page.focus('#ruc');
    await tabTo(page, 'Atender turno');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Verifiqué los documentos originales y vigentes');
    await page.keyboard.press('Space');
    if (signed) {
      await tabTo(page, 'firmados a mano', { max: 2 });
      await page.keyboard.press('Space');
    }
    await typeIn(page, 'vigente hasta', '2031-05-31');
    await pickFile(page, /^RUC Elegir/, 'ruc.pdf', PDF);
    await pickFile(page, 'Solicitud de entrega de clave', 'solicitud.pdf', PDF);
    await pickFile(page, 'Cédula del representante legal', 'cedula.jpg', JPEG, 'image/jpeg');
    await pickFile(page, 'Acuerdo de responsabilidad', 'acuerdo.pdf', PDF);
    await tabTo(page, 'Quién presenta el trámite');
    await presenter();
    await tabTo(page, 'Registrar atención');
    await page.keyboard.press('Enter');
  };
  async function byAttorney() {
    await chooseOption(page, 'apoderado');
    await typeIn(page, 'Número del poder notarial', '20261701001P04321');
    await typeIn(page, 'Nombres del apoderado', 'Lucía Fernanda Paredes Mora');
    await typeIn(page, 'Número del documento del apoderado', '1710034065');
    await typeIn(page, 'Documento del apoderado vigente hasta', '2030-01-15');
  }
  /** A third party; the box "authorised in the solicitud" left unticked, so the API's rule can be seen. */
  async function byThirdParty() {
    await chooseOption(page, 'tercero autorizado');
    await typeIn(page, 'Nombres del tercero autorizado', 'Jorge Iván Cevallos Ruiz');
    await tabTo(page, 'Documento del tercero', { max: 2 });
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Cédula');
    await typeIn(page, 'Número del documento del tercero', THIRD_ID);
    await typeIn(page, 'Documento del tercero vigente hasta', '2029-03-31');
  }

  test('attending without handwritten signatures: the API says why next to that box; then the attendance is recorded', async () => {
    await consult(page, RUC);
    await fillAttendance(false);
    expect(await dialogText(page)).toMatch(/¿Registrar la atención del turno\?.*Firmas manuscritas\s*No.*Apoderado\s*Lucía Fernanda Paredes Mora · poder 20261701001P04321/s);
    await expectAccessible(page, 'diálogo de atención de turno');
    await shot(page, 'acciones-iess-atencion-confirmacion');
    await confirmWithEnter(page);
    await page.waitForFunction(() => !!document.querySelector('.action-form .field-error:not(:empty)'));
    const refused = await fieldError(page, 'firmados a mano');
    expect(refused).toEqual({ message: expect.stringMatching(/firmados a mano/), invalid: true });
    expect(await focusedName(page)).toBe('La solicitud y el acuerdo están firmados a mano');
    await expectAccessible(page, 'atención rechazada: sin firmas manuscritas');
    await shot(page, 'acciones-iess-atencion-error');
    await page.setViewportSize(PHONE);
    await shot(page, 'acciones-iess-atencion-error-telefono');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.keyboard.press('Space');
    await tabTo(page, 'Registrar atención');
    await page.keyboard.press('Enter');
    await dialogText(page);
    await confirmWithEnter(page);
    await page.waitForFunction(() => !document.querySelector('.panel[data-service="iess"] .action-form') && !/Atender turno/.test(document.querySelector('.panel[data-service="iess"]')?.textContent ?? ''));
    const [row] = await stack.dataSources.iess.query('SELECT signature_kind, power_of_attorney_number, attended_at FROM employer_key_request WHERE employer_ruc = $1', [RUC]);
    expect(row).toMatchObject({ signature_kind: 'HANDWRITTEN', power_of_attorney_number: '20261701001P04321' });
    expect(await page.locator('.panel[data-service="iess"] button', { hasText: /^(Aprobar|Observar|Rechazar|Validar poder notarial)$/ }).count()).toBe(0);
  });

  test('a reviewer (legal area) seals the power of attorney, then approves', async () => {
    const reviewer = await newPage(browser);
    try {
      await useToken(reviewer.page, stack.baseUrl, await stack.issuer.token({ role: 'reviewer', subject: 'juridico-pichincha' }));
      await consult(reviewer.page, RUC);
      const buttons = await reviewer.page.$$eval('.panel[data-service="iess"] .action-button', nodes => nodes.map(n => n.textContent));
      expect(buttons).toEqual(expect.arrayContaining(['Validar poder notarial', 'Aprobar', 'Observar', 'Rechazar']));
      await reviewer.page.focus('#ruc');
      await tabTo(reviewer.page, 'Validar poder notarial');
      await reviewer.page.keyboard.press('Enter');
      expect(await focusedName(reviewer.page)).toBe('Sello o número de validación');
      await reviewer.page.keyboard.type('DPP-AJ-2026-118');
      await reviewer.page.keyboard.press('Enter'); // Enter in a text field submits the form
      expect(await dialogText(reviewer.page)).toMatch(/¿Validar el poder notarial\?.*20261701001P04321.*DPP-AJ-2026-118/s);
      await shot(reviewer.page, 'acciones-iess-revisor-poder');
      await confirmWithEnter(reviewer.page);
      await reviewer.page.waitForFunction(() => !/Validar poder notarial/.test(document.querySelector('.panel[data-service="iess"]')?.textContent ?? ''));
      await reviewer.page.focus('#ruc');
      await tabTo(reviewer.page, /^Aprobar$/);
      await reviewer.page.keyboard.press('Enter');
      await tabTo(reviewer.page, /^Aprobar$/, { max: 3 });
      await reviewer.page.keyboard.press('Enter');
      await dialogText(reviewer.page);
      await expectAccessible(reviewer.page, 'revisor: aprobar clave patronal');
      await confirmWithEnter(reviewer.page);
      await reviewer.page.waitForFunction(() => /Aprobada/.test(document.querySelector('.panel[data-service="iess"]')?.textContent ?? ''));
    } finally {
      await reviewer.context.close();
    }
  });

  test('the clerk hands the key to the attorney: the sealed notice shows once, to print', async () => {
    await consult(page, RUC);
    expect(await iessPanel(page)).toMatch(/Aprobada/);
    await page.focus('#ruc');
    await tabTo(page, 'Entregar clave patronal');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Quién retira la clave');
    await chooseOption(page, 'Apoderado: Lucía Fernanda Paredes Mora');
    await tabTo(page, 'Entregar clave patronal', { max: 2 });
    await page.keyboard.press('Enter');
    expect(await dialogText(page)).toMatch(/¿Entregar la clave patronal\?.*Apoderado: Lucía Fernanda Paredes Mora/s);
    await confirmWithEnter(page);
    await page.waitForSelector('dialog.action-dialog[open] pre.key-notice');
    const notice = (await page.textContent('pre.key-notice')) ?? '';
    expect(notice).toMatch(/Clave patronal: \S{14}/);
    expect(await page.textContent('dialog.action-dialog[open]')).toMatch(/Lucía Fernanda Paredes Mora/);
    expect(await focusedName(page)).toBe('Imprimir aviso');
    await expectAccessible(page, 'aviso de clave patronal para imprimir');
    await shot(page, 'acciones-iess-aviso-clave');
    await page.evaluate(() => (window.print = () => document.body.setAttribute('data-impreso', 'si')));
    await page.keyboard.press('Enter'); // prints; the notice stays open
    expect(await page.getAttribute('body', 'data-impreso')).toBe('si');
    expect(await page.locator('dialog.action-dialog[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => /Con clave entregada/.test(document.querySelector('.panel[data-service="iess"]')?.textContent ?? ''));
    expect(await iessPanel(page)).toMatch(/tiene clave patronal/);
    await page.waitForFunction(() => document.activeElement?.matches('.panel[data-service="iess"] h2')); // focus stays in the acting panel
    expect(await page.textContent('.action-notice[role=status]')).toMatch(/Clave patronal entregada\./); // the outcome survives the refresh
  });

  test('a reviewer observes a virtual request: the observations are asked for, confirmed and shown', async () => {
    const reviewer = await newPage(browser);
    try {
      await useToken(reviewer.page, stack.baseUrl, await stack.issuer.token({ role: 'reviewer', subject: 'iess-revisor' }));
      await consult(reviewer.page, '1791234561001'); // demo: a pending virtual request
      await reviewer.page.focus('#ruc');
      await tabTo(reviewer.page, /^Observar$/);
      await reviewer.page.keyboard.press('Enter');
      expect(await focusedName(reviewer.page)).toBe('Observaciones');
      await reviewer.page.keyboard.type('El acuerdo de responsabilidad no está firmado.');
      await tabTo(reviewer.page, /^Observar$/, { max: 2 });
      await reviewer.page.keyboard.press('Enter');
      expect(await dialogText(reviewer.page)).toMatch(/¿Observar la solicitud\?.*Ventanilla virtual.*El acuerdo de responsabilidad no está firmado\./s);
      await confirmWithEnter(reviewer.page);
      await reviewer.page.waitForFunction(() => /Observada[^]*El acuerdo de responsabilidad no está firmado/.test(document.querySelector('.panel[data-service="iess"]')?.textContent ?? ''));
      expect(await reviewer.page.$$eval('.panel[data-service="iess"] .action-button', nodes => nodes.map(n => n.textContent))).toEqual(['Rechazar', 'Imprimir formularios IESS']);
    } finally {
      await reviewer.context.close();
    }
  });

  test('a third party authorised in the solicitud: the API asks for the authorisation next to its box; then the attendance records the third party', async () => {
    await page.click('#new-attention');
    await consult(page, THIRD_RUC);
    await fillAttendance(true, byThirdParty);
    expect(await dialogText(page)).toMatch(new RegExp(`Presenta\\s*Un tercero autorizado en la solicitud.*Tercero\\s*Jorge Iván Cevallos Ruiz \\(Cédula ${THIRD_ID}\\)`, 's'));
    await confirmWithEnter(page);
    await page.waitForFunction(() => !!document.querySelector('.action-form .field-error:not(:empty)'));
    expect(await fieldError(page, 'Autorización de Retiro de Contraseña')).toEqual({ message: expect.stringMatching(/solo puede retirar la clave si la "Autorización de Retiro de Contraseña" consta en la solicitud/), invalid: true });
    expect(await focusedName(page)).toBe('La "Autorización de Retiro de Contraseña" consta en la solicitud firmada');
    await expectAccessible(page, 'atención rechazada: tercero sin autorización en la solicitud');
    await shot(page, 'acciones-iess-tercero-error');
    expect(await stack.adminQuery('SELECT attended_at FROM "iess".employer_key_request WHERE employer_ruc = $1', [THIRD_RUC])).toEqual([{ attended_at: null }]);

    await page.keyboard.press('Space');
    await tabTo(page, 'Registrar atención');
    await page.keyboard.press('Enter');
    await dialogText(page);
    await confirmWithEnter(page);
    await page.waitForFunction(() => !document.querySelector('.panel[data-service="iess"] .action-form') && /Tercero autorizado/.test(document.querySelector('.panel[data-service="iess"]')?.textContent ?? ''));
    const rows = await stack.adminQuery(
      `SELECT signature_kind, third_party_names, third_party_id_type, third_party_id_number, to_char(third_party_id_valid_until, 'YYYY-MM-DD') AS valid_until, power_of_attorney_number, attorney_names, attended_at IS NOT NULL AS attended
         FROM "iess".employer_key_request WHERE employer_ruc = $1`,
      [THIRD_RUC],
    );
    expect(rows).toEqual([
      { signature_kind: 'HANDWRITTEN', third_party_names: 'Jorge Iván Cevallos Ruiz', third_party_id_type: 'CEDULA', third_party_id_number: THIRD_ID, valid_until: '2029-03-31', power_of_attorney_number: null, attorney_names: null, attended: true },
    ]);
    expect(await iessPanel(page)).toMatch(new RegExp(`Tercero autorizadoJorge Iván Cevallos Ruiz \\(Cédula de identidad ${THIRD_ID}\\)`));
    expect(await iessPanel(page)).not.toMatch(/Apoderado/);
    await expectAccessible(page, 'turno atendido con tercero autorizado');
  });
});
