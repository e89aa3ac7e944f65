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

const [RUC] = naturalPersonRucs(1, 5151);
const CEDULA = RUC.slice(0, 10);
const EMAIL = 'pedro.salazar@correo-demo.ec';
const DAY = addWorkingDays(ecuadorToday(), 3);
const AT_TURNO = new Date(`${DAY}T10:05:00-05:00`);

describe('/ventanilla actions: IESS turno attended, power of attorney sealed, key handed over', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const iessPanel = (p: Page) => p.textContent('.panel[data-service="iess"]').then(text => text ?? '');

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    const clerk = { role: 'front-office', subject: 'iess-ventanilla-quito' } as const;
    await stack.queryAs(clerk, 'mutation ($input: RegisterIessEmployerInput!) { registerIessEmployer(input: $input) { ruc } }', {
      input: { ruc: RUC, businessName: 'Pedro Salazar Ortiz', sectorCode: 'PRIVADO', email: EMAIL, legalRepresentative: { names: 'Pedro Salazar Ortiz', idType: 'CEDULA', idNumber: CEDULA } },
    });
    const sent = await stack.queryAs(clerk, 'mutation ($i: RequestIessAppointmentCodeInput!) { requestIessAppointmentCode(input: $i) { verificationId } }', { i: { cedula: CEDULA, email: EMAIL, mobile: '0991234567' } });
    const [mail] = await stack.dataSources.iess.query('SELECT body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1', [EMAIL]);
    const booked = await stack.queryAs(clerk, 'mutation ($i: BookIessAppointmentInput!) { bookIessAppointment(input: $i) { id } }', {
      i: { verificationId: sent.data!.requestIessAppointmentCode.verificationId, code: /es (\d{6})/.exec(mail.body)![1], employerRuc: RUC, province: 'Pichincha', agencyCode: 'cau-quito-norte', startsAt: new Date(`${DAY}T10:00:00-05:00`).toISOString() },
    });
    expect(booked.errors).toBeUndefined();
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

  const fillAttendance = async (signed: boolean) => {
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
    await chooseOption(page, 'apoderado');
    await typeIn(page, 'Número del poder notarial', '20261701001P04321');
    await typeIn(page, 'Nombres del apoderado', 'Lucía Fernanda Paredes Mora');
    await typeIn(page, 'Número del documento del apoderado', '1710034065');
    await typeIn(page, 'Documento del apoderado vigente hasta', '2030-01-15');
    await tabTo(page, 'Registrar atención');
    await page.keyboard.press('Enter');
  };

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
    await page.waitForFunction(() => /Clave entregada/.test(document.querySelector('.panel[data-service="iess"]')?.textContent ?? ''));
    expect(await iessPanel(page)).toMatch(/tiene clave patronal/);
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
});
