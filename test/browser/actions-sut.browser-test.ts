import type { Browser, Page } from 'playwright-core';
import { DOC, JPEG, PDF } from '../support/files';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { chooseOption, confirmWithEnter, consult, dialogText, fieldError, focusedName, pickFile, tabTo, typeIn, useToken, waitForOptions } from './actions-support';
import { expectAccessible, launchChromium, newPage, PHONE, shot, signIn } from './support';

// Point 7, SUT / Salarios en Línea (seed 001) at the window: a recovery filed keyboard-only with its two
// documents, the API's refusal shown next to the document it names, and the reviewer's decisions.

const COMPANY = '1791234561001'; // demo: two SUT/Salarios recoveries

describe('/ventanilla actions: SUT / Salarios en Línea key recovery', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    browser = await launchChromium();
    ({ page } = await newPage(browser));
    await signIn(page, stack.baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const sutPanel = () => page.textContent('.panel[data-service="sut"]').then(text => text ?? '');
  const openForm = async () => {
    await page.focus('#ruc');
    await tabTo(page, 'Nueva recuperación de clave');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.panel[data-service="sut"] form.action-form');
    expect(await focusedName(page)).toBe('Sistema');
  };

  test('a clerk files a recovery keyboard-only: form, own Spanish checks, confirmation (Escape cancels), result after refresh', async () => {
    await consult(page, COMPANY);
    const before = (await sutPanel()).match(/Recuperación de clave/g)?.length ?? 0;
    expect(await page.locator('.panel[data-service="sut"] button', { hasText: /Atender|Rechazar/ }).count()).toBe(0); // a clerk decides nothing
    await openForm();
    await expectAccessible(page, 'formulario de recuperación SUT abierto');
    await shot(page, 'acciones-sut-formulario');

    await tabTo(page, 'Registrar recuperación'); // nothing filled: the page's own messages, no browser bubble
    await page.keyboard.press('Enter');
    expect((await fieldError(page, 'Oficina que recibe')).message).toBe('Elija la oficina que recibe la solicitud.');
    expect(await fieldError(page, 'Correo de contacto')).toEqual({ message: 'Ingrese un correo válido, por ejemplo nombre@empresa.ec.', invalid: true });
    expect((await fieldError(page, 'Certificado del RUC vigente')).message).toMatch(/Elija el archivo/);
    expect(await focusedName(page)).toContain('Oficina que recibe');
    await expectAccessible(page, 'recuperación SUT con errores propios');
    await shot(page, 'acciones-sut-errores');

    await tabTo(page, 'Sistema', { back: true });
    await chooseOption(page, 'Salarios en Línea');
    await waitForOptions(page, 'Oficina que recibe');
    await chooseOption(page, 'Cayambe');
    await typeIn(page, 'Correo de contacto', 'nomina@andes-demo.ec');
    await pickFile(page, 'Certificado del RUC vigente', 'certificado-ruc.pdf', PDF);
    await pickFile(page, 'Solicitud de recuperación firmada', 'solicitud.jpg', JPEG, 'image/jpeg');
    await tabTo(page, 'Registrar recuperación');
    await page.keyboard.press('Enter');
    let text = await dialogText(page);
    expect(text).toMatch(/¿Registrar la recuperación de clave\?.*Salarios en Línea.*Delegación · Cayambe.*nomina@andes-demo\.ec.*certificado-ruc\.pdf.*solicitud\.jpg/s);
    await expectAccessible(page, 'diálogo de confirmación SUT');
    await shot(page, 'acciones-sut-confirmacion');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.action-dialog', { state: 'detached' });
    expect(await focusedName(page)).toBe('Registrar recuperación'); // focus back where it was; nothing written
    expect((await sutPanel()).match(/Recuperación de clave/g)?.length ?? 0).toBe(before);

    await page.keyboard.press('Enter');
    text = await dialogText(page);
    await confirmWithEnter(page);
    await page.waitForFunction(n => (document.querySelector('.panel[data-service="sut"]')?.textContent?.match(/Recuperación de clave · /g)?.length ?? 0) > n, before);
    expect(await sutPanel()).toMatch(/Recibida\s*Recuperación de clave · Salarios en Línea.*Presencial · Cayambe/);
    await page.waitForFunction(() => document.activeElement?.matches('.panel[data-service="sut"] h2'));
    expect(await page.textContent('.action-notice[role=status]')).toMatch(/Recuperación registrada\./);
    await expectAccessible(page, 'recuperación registrada, aviso visible');
    await shot(page, 'acciones-sut-registrada');
    const [row] = await stack.adminQuery("SELECT system, channel, attention_point_code, contact_email FROM sut.recovery_request WHERE contact_email = 'nomina@andes-demo.ec'");
    expect(row).toMatchObject({ system: 'SALARIOS_EN_LINEA', channel: 'PRESENCIAL' });
  });

  test('the API refuses a document that is not what it says: its Spanish message shows next to that document', async () => {
    await consult(page, COMPANY);
    await openForm();
    await waitForOptions(page, 'Oficina que recibe');
    await chooseOption(page, 'Quito');
    await typeIn(page, 'Correo de contacto', 'nomina@andes-demo.ec');
    await pickFile(page, 'Certificado del RUC vigente', 'certificado-ruc.pdf', DOC); // a Word file named .pdf
    await pickFile(page, 'Solicitud de recuperación firmada', 'solicitud.pdf', PDF);
    await tabTo(page, 'Registrar recuperación');
    await page.keyboard.press('Enter');
    await dialogText(page);
    await confirmWithEnter(page);
    await page.waitForFunction(() => !!document.querySelector('.action-form .field-error:not(:empty)'));
    const error = await fieldError(page, 'Certificado del RUC vigente');
    expect(error.invalid).toBe(true);
    expect(error.message).toMatch(/certificado del RUC/i);
    expect((await fieldError(page, 'Solicitud de recuperación firmada')).message).toBe('');
    expect(await focusedName(page)).toContain('Certificado del RUC vigente');
    await expectAccessible(page, 'recuperación SUT rechazada por la API');
    await shot(page, 'acciones-sut-error-api');
    await page.setViewportSize(PHONE);
    await shot(page, 'acciones-sut-error-api-telefono');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('a reviewer sees Atender and Rechazar on a received recovery and rejects it with a reason', async () => {
    const reviewer = await newPage(browser);
    try {
      const token = await stack.issuer.token({ role: 'reviewer', subject: 'revisor-sut' });
      await useToken(reviewer.page, stack.baseUrl, token);
      await consult(reviewer.page, COMPANY);
      const received = reviewer.page.locator('.panel[data-service="sut"] .item', { hasText: 'Salarios en Línea' }).filter({ hasText: 'Recibida' });
      expect(await received.locator('button', { hasText: 'Atender' }).count()).toBeGreaterThan(0);
      await reviewer.page.focus('#ruc');
      await tabTo(reviewer.page, /^Rechazar$/);
      await reviewer.page.keyboard.press('Enter');
      await tabTo(reviewer.page, 'Rechazar', { max: 5 }); // submit with the reason empty
      await reviewer.page.keyboard.press('Enter');
      expect((await fieldError(reviewer.page, 'Motivo del rechazo')).message).toMatch(/Escriba el motivo/);
      expect(await focusedName(reviewer.page)).toBe('Motivo del rechazo');
      await reviewer.page.keyboard.type('El RUC no está activo según su certificado.');
      await tabTo(reviewer.page, /^Rechazar$/);
      await reviewer.page.keyboard.press('Enter');
      expect(await dialogText(reviewer.page)).toMatch(/¿Rechazar la solicitud\?.*El RUC no está activo/s);
      await expectAccessible(reviewer.page, 'revisor: rechazo SUT');
      await shot(reviewer.page, 'acciones-sut-revisor-rechazo');
      await confirmWithEnter(reviewer.page);
      await reviewer.page.waitForFunction(() => /Rechazada[^]*El RUC no está activo/.test(document.querySelector('.panel[data-service="sut"]')?.textContent ?? ''));
    } finally {
      await reviewer.context.close();
    }
  });

  test('a network failure shows at the form\'s top with "Reintentar", which sends again without asking twice', async () => {
    const reviewer = await newPage(browser);
    try {
      await useToken(reviewer.page, stack.baseUrl, await stack.issuer.token({ role: 'reviewer', subject: 'revisor-sut' }));
      await consult(reviewer.page, COMPANY);
      await reviewer.page.focus('#ruc');
      await tabTo(reviewer.page, /^Atender$/);
      await reviewer.page.keyboard.press('Enter');
      await tabTo(reviewer.page, /^Atender$/, { max: 3 });
      await reviewer.page.route('**/graphql', route => route.abort('connectionrefused'));
      await reviewer.page.keyboard.press('Enter');
      await dialogText(reviewer.page);
      await confirmWithEnter(reviewer.page);
      await reviewer.page.waitForSelector('.action-form .form-top button');
      expect(await reviewer.page.textContent('.action-form .form-top')).toMatch(/No hay conexión con Llavero.*Reintentar/);
      expect(await focusedName(reviewer.page)).toBe('Reintentar');
      await expectAccessible(reviewer.page, 'falla de red con Reintentar');
      await shot(reviewer.page, 'acciones-falla-red-reintentar');
      await reviewer.page.unroute('**/graphql');
      await reviewer.page.keyboard.press('Enter');
      await reviewer.page.waitForFunction(() => !document.querySelector('.action-form'));
      expect(await reviewer.page.textContent('.action-notice')).toMatch(/Solicitud atendida\./);
    } finally {
      await reviewer.context.close();
    }
  });
});
