import type { Browser, Page } from 'playwright-core';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { JPEG, PDF } from '../support/files';
import { naturalPersonRucs } from '../support/ruc-factory';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { confirmWithEnter, consult, dialogText, fieldError, focusedName, tabTo, useToken } from './actions-support';
import { expectAccessible, launchChromium, newPage, PHONE, shot, signIn } from './support';

// Point 7, trainer credentials (seed 004): a reviewer issues the requested credential (a clerk cannot);
// the clerk records its pickup in Quito, which the API refuses outside lunes a viernes 08h00–16h45.
// The server's clock (only Date, in this process) is set to a working day's hour for each case.

const [RUC] = naturalPersonRucs(1, 6161);
const CEDULA = RUC.slice(0, 10);
const WORKING_DAY = addWorkingDays(ecuadorToday(), 1);
const ONLY_DATE = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;
const serverClockAt = (hhmm: string) => jest.useFakeTimers({ now: new Date(`${WORKING_DAY}T${hhmm}:00-05:00`), doNotFake: [...ONLY_DATE] });

describe('/ventanilla actions: trainer credential issued by a reviewer, delivered at the window', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const trainersPanel = (p: Page) => p.textContent('.panel[data-service="trainers"]').then(text => text ?? '');

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    const registered = await stack.queryAs({ role: 'reviewer', subject: 'mdt-calificacion' }, 'mutation ($input: RegisterQualifiedTrainerInput!) { registerQualifiedTrainer(input: $input) { cedula } }', {
      input: { cedula: CEDULA, names: 'Rosa Elena Quishpe Andrango', resolutionNumber: 'MDT-DCRCO-2026-0777-R', resolutionDate: '2026-10-01' },
    });
    expect(registered.errors).toBeUndefined();
    const file = (bytes: Buffer, name: string) => ({ fileName: name, contentBase64: bytes.toString('base64') });
    const requested = await stack.queryAs({ role: 'front-office', subject: 'ventanilla-quito' }, 'mutation ($input: RequestTrainerCredentialInput!) { requestTrainerCredential(input: $input) { id } }', {
      input: { cedula: CEDULA, channel: 'ONLINE', email: 'rosa.quishpe@correo-demo.ec', photo: file(JPEG, 'foto.jpg'), qualificationResolution: file(PDF, 'resolucion.pdf') },
    });
    expect(requested.errors).toBeUndefined();
    browser = await launchChromium();
    ({ page } = await newPage(browser));
    await signIn(page, stack.baseUrl);
  });
  afterAll(async () => {
    jest.useRealTimers();
    await browser?.close();
    await stack?.stop();
  });

  test('a clerk sees no "Emitir credencial"; a reviewer issues it keyboard-only', async () => {
    await consult(page, RUC);
    expect(await trainersPanel(page)).toMatch(/Solicitada/);
    expect(await page.locator('.panel button', { hasText: /Emitir|Aprobar|Observar|Rechazar/ }).count()).toBe(0);
    const reviewer = await newPage(browser);
    try {
      await useToken(reviewer.page, stack.baseUrl, await stack.issuer.token({ role: 'reviewer', subject: 'mdt-calificacion' }));
      await consult(reviewer.page, RUC);
      await reviewer.page.focus('#ruc');
      await tabTo(reviewer.page, 'Emitir credencial');
      await reviewer.page.keyboard.press('Enter');
      await tabTo(reviewer.page, 'Emitir credencial', { max: 3 });
      await reviewer.page.keyboard.press('Enter');
      expect(await dialogText(reviewer.page)).toMatch(/¿Emitir la credencial\?/);
      await expectAccessible(reviewer.page, 'revisor: emitir credencial');
      await shot(reviewer.page, 'acciones-capacitador-emitir');
      await confirmWithEnter(reviewer.page);
      await reviewer.page.waitForFunction(() => /Emitida[^]*Credencial CAP-/.test(document.querySelector('.panel[data-service="trainers"]')?.textContent ?? ''));
    } finally {
      await reviewer.context.close();
    }
  });

  /** At `hhmm` on a working day (server clock, this tab signed in at that moment): opens the delivery form and submits it. */
  const deliverAt = async (hhmm: string) => {
    serverClockAt(hhmm);
    await useToken(page, stack.baseUrl, await stack.issuer.token({ role: 'front-office', subject: 'ventanilla:ventanilla' }));
    await consult(page, RUC);
    await page.focus('#ruc');
    await tabTo(page, 'Registrar entrega');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Hora del retiro (opcional)');
  };
  const submit = async () => {
    await tabTo(page, 'Registrar entrega', { max: 3 });
    await page.keyboard.press('Enter');
    expect(await dialogText(page)).toMatch(/¿Registrar la entrega de la credencial\?.*CAP-/s);
    await confirmWithEnter(page);
  };

  test('outside office hours the API refuses the pickup next to its time; inside them it is recorded', async () => {
    try {
      await deliverAt('17:30');
      await page.keyboard.type('8 y media');
      await page.keyboard.press('Enter');
      expect(await fieldError(page, 'Hora del retiro')).toEqual({ message: 'Escriba la hora como HH:MM, por ejemplo 10:30, o déjela vacía.', invalid: true });
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace'); // "now", as the clerk records it when it happens
      jest.useRealTimers();
      await expectAccessible(page, 'entrega de credencial');
      await shot(page, 'acciones-capacitador-entrega');
      serverClockAt('17:30');
      await submit();
      await page.waitForFunction(() => !!document.querySelector('.action-form .field-error:not(:empty)'));
      const refused = await fieldError(page, 'Hora del retiro');
      expect(refused.invalid).toBe(true);
      expect(refused.message).toMatch(/lunes a viernes de 08h00 a 16h45/);
      expect(await focusedName(page)).toBe('Hora del retiro (opcional)');
      jest.useRealTimers(); // screenshots wait on the real clock
      await expectAccessible(page, 'entrega rechazada fuera de horario');
      await shot(page, 'acciones-capacitador-entrega-error');
      await page.setViewportSize(PHONE);
      await shot(page, 'acciones-capacitador-entrega-error-telefono');
      await page.setViewportSize({ width: 1280, height: 800 });

      await deliverAt('10:15');
      await submit();
      await page.waitForFunction(() => /Entregada/.test(document.querySelector('.panel[data-service="trainers"]')?.textContent ?? ''));
    } finally {
      jest.useRealTimers();
    }
    const [row] = await stack.adminQuery('SELECT status, delivered_at FROM trainers.trainer_credential WHERE trainer_cedula = $1', [CEDULA]);
    expect(row.status).toBe('DELIVERED');
    expect(new Date(row.delivered_at).toISOString()).toBe(new Date(`${WORKING_DAY}T10:15:00-05:00`).toISOString());
  });
});
