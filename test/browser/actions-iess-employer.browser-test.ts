import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { naturalPersonRucs } from '../support/ruc-factory';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { chooseOption, confirmWithEnter, consult, dialogText, fieldError, focusedName, tabTo, typeIn, waitForOptions } from './actions-support';
import { expectAccessible, launchChromium, newPage, PHONE, shot, signIn } from './support';

// Point 7 and 8, IESS (seed 002): "Registro nuevo empleador" at the window, its two forms to print, and a
// turno booked for the citizen at the window (the code goes to the citizen's e-mail; the clerk types it).

const [RUC] = naturalPersonRucs(1, 4242);
const CEDULA = RUC.slice(0, 10);
const EMAIL = 'ana.torres@correo-demo.ec';
const DAY = addWorkingDays(ecuadorToday(), 3);

describe('/ventanilla actions: IESS employer registration, its forms and a turno', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const iessPanel = () => page.textContent('.panel[data-service="iess"]').then(text => text ?? '');

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

  test('a clerk registers the employer keyboard-only; the API refuses another person as a natural person\'s representative next to that field', async () => {
    await consult(page, RUC);
    expect(await iessPanel()).toMatch(/No registrado como empleador en el IESS/);
    await page.focus('#ruc');
    await tabTo(page, 'Registrar empleador');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Razón social o nombres');
    await page.keyboard.type('Ana Lucía Torres Vega');
    await waitForOptions(page, 'Sector');
    await chooseOption(page, 'Sector privado');
    await typeIn(page, 'Nombres del representante legal', 'Ana Lucía Torres Vega');
    await tabTo(page, 'Documento del representante legal');
    await typeIn(page, 'Número del documento', '1710034065'); // someone else, without a power of attorney
    await typeIn(page, 'Correo electrónico activo', EMAIL);
    await expectAccessible(page, 'formulario de registro de empleador');
    await shot(page, 'acciones-iess-registro');
    await tabTo(page, 'Registrar empleador', { max: 6 });
    await page.keyboard.press('Enter');
    expect(await dialogText(page)).toMatch(/¿Registrar el empleador\?.*Sector privado.*Cédula 1710034065.*ana\.torres@correo-demo\.ec/s);
    await confirmWithEnter(page);
    await page.waitForFunction(() => !!document.querySelector('.action-form .field-error:not(:empty)'));
    const refused = await fieldError(page, 'Número del documento');
    expect(refused.invalid).toBe(true);
    expect(refused.message).toMatch(/representante/i);
    expect(await focusedName(page)).toContain('Número del documento');
    await expectAccessible(page, 'registro de empleador rechazado por la API');
    await shot(page, 'acciones-iess-registro-error');

    await page.keyboard.press('Control+A');
    await page.keyboard.type(CEDULA);
    await tabTo(page, 'Registrar empleador', { max: 6 });
    await page.keyboard.press('Enter');
    await dialogText(page);
    await confirmWithEnter(page);
    // The two forms, to download or open for printing, right after registering.
    await page.waitForSelector('dialog.action-dialog[open] .form-links');
    expect(await page.textContent('dialog.action-dialog[open]')).toMatch(/Solicitud de entrega de clave patronal.*Acuerdo de Responsabilidad y Uso de la Información/s);
    expect(await focusedName(page)).toBe('Descargar Solicitud de entrega de clave patronal');
    await expectAccessible(page, 'formularios IESS para imprimir');
    await shot(page, 'acciones-iess-formularios');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`solicitud-entrega-clave-${RUC}.pdf`);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => /sin clave patronal/.test(document.querySelector('.panel[data-service="iess"]')?.textContent ?? ''));
    expect(await iessPanel()).toMatch(/Empleador\s*Ana Lucía Torres Vega\s*Sector\s*Sector privado.*Clave patronal\s*sin clave patronal/s);
  });

  test('the IESS panel prints the two forms again', async () => {
    await page.focus('#ruc');
    await tabTo(page, 'Imprimir formularios IESS');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.action-dialog[open] .form-links');
    const [download] = await Promise.all([page.waitForEvent('download'), tabTo(page, 'Descargar Acuerdo', { max: 4 }).then(() => page.keyboard.press('Enter'))]);
    expect(download.suggestedFilename()).toBe(`acuerdo-responsabilidad-${RUC}.pdf`);
    await tabTo(page, 'Cerrar');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Imprimir formularios IESS'); // focus back on the button
  });

  test('focus the clerk moves right after a dialog closes stays there (the dialog does not pull it back)', async () => {
    await page.focus('#ruc');
    await tabTo(page, 'Imprimir formularios IESS');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.action-dialog[open] .form-links');
    // Closing and moving focus in one task: the dialog's 'close' event comes a task later.
    await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('dialog.action-dialog[open] button[value="cerrar"]')!.click();
      document.getElementById('ruc')!.focus();
    });
    await page.waitForFunction(() => !document.querySelector('dialog.action-dialog'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ruc');
  });

  test('a turno for the citizen at the window: code to her e-mail, a wrong code refused next to the code, then booked', async () => {
    await page.focus('#ruc');
    await tabTo(page, 'Reservar turno');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Documento de la persona');
    await typeIn(page, 'Número de cédula', CEDULA);
    await typeIn(page, 'Correo de la persona', EMAIL);
    await typeIn(page, 'Celular', '0991234567');
    await tabTo(page, 'Enviar código al correo');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.action-form p[role=status]:has-text("Código enviado")');
    expect(await focusedName(page)).toBe('Código de verificación');
    const [mail] = await stack.dataSources.iess.query('SELECT body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1', [EMAIL]);
    const code = /código de verificación es (\d{6})/.exec(mail.body)![1];
    await page.keyboard.type(code === '000000' ? '111111' : '000000');
    await waitForOptions(page, 'Provincia');
    await chooseOption(page, 'Pichincha');
    await waitForOptions(page, 'Agencia');
    await chooseOption(page, 'Quito');
    await typeIn(page, 'Día del turno', DAY);
    await tabTo(page, 'Hora del turno');
    await chooseOption(page, '10:00');
    await expectAccessible(page, 'formulario de turno');
    await shot(page, 'acciones-iess-turno');
    await tabTo(page, 'Reservar turno', { max: 4 });
    await page.keyboard.press('Enter');
    expect(await dialogText(page)).toMatch(new RegExp(`¿Reservar el turno\\?.*Cédula ${CEDULA}.*Pichincha.*${DAY} a las 10:00`, 's'));
    await confirmWithEnter(page);
    await page.waitForFunction(() => !!document.querySelector('.action-form .field-error:not(:empty)'));
    expect((await fieldError(page, 'Código de verificación')).message).toMatch(/código de verificación no es válido/);
    expect(await focusedName(page)).toBe('Código de verificación');
    await expectAccessible(page, 'turno: código rechazado');
    await page.setViewportSize(PHONE);
    await shot(page, 'acciones-iess-turno-error-telefono');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.keyboard.press('Control+A');
    await page.keyboard.type(code);
    await tabTo(page, 'Reservar turno');
    await page.keyboard.press('Enter');
    await dialogText(page);
    await confirmWithEnter(page);
    await page.waitForFunction(() => /Presentada\s*Clave patronal · Ventanilla presencial \(turno\)[^]*Provincia\s*Pichincha/.test(document.querySelector('.panel[data-service="iess"]')?.textContent ?? ''));
    expect(await page.locator('.panel[data-service="iess"] button', { hasText: 'Atender turno' }).count()).toBe(1);
    expect(await page.locator('.panel[data-service="iess"] button', { hasText: 'Reservar turno' }).count()).toBe(0); // one open request per employer
    expect(await page.locator('.panel[data-service="iess"] button', { hasText: /^(Aprobar|Observar|Rechazar)$/ }).count()).toBe(0);
  });
});
