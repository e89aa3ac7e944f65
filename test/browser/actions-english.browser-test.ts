import type { Browser, Page } from 'playwright-core';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { consult, dialogText, fieldError, focusedName, tabTo, typeIn } from './actions-support';
import { expectAccessible, launchChromium, newPage, PHONE, shot, signIn } from './support';

// Point 14: a clerk whose Chromium speaks English still sees only Spanish in the action forms, the file
// picker and the confirmation; the forms never leave a message to the browser (novalidate, no bubbles).

const ARTISAN = '1712345675001'; // demo: trainer credential issued; IESS artisan employer with a presencial request
const ENGLISH = /\b(Choose|chosen|Browse|Select|Submit|Cancel|Confirm|Please|required|Fill out|Invalid|No file)\b/i;

describe('/ventanilla actions in an English Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    browser = await launchChromium('en-US');
    ({ page } = await newPage(browser, { language: 'en-US' }));
    await signIn(page, stack.baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const visibleText = () => page.evaluate(() => document.body.innerText);
  const noBrowserValidation = () =>
    page.evaluate(() => Array.from(document.querySelectorAll('form.action-form')).every(f => (f as HTMLFormElement).noValidate && !f.querySelector('[required], [pattern], [min], [max]')));

  test('the SUT form, its file picker, its own error messages and the confirmation are Spanish', async () => {
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await consult(page, ARTISAN);
    await page.focus('#ruc');
    await tabTo(page, 'Nueva recuperación de clave');
    await page.keyboard.press('Enter');
    expect(await page.locator('.action-form input[type=file]').first().isVisible()).toBe(false);
    const pickers = await page.$$eval('.action-form .file-field', boxes => boxes.map(b => b.textContent));
    expect(pickers).toEqual([expect.stringMatching(/Certificado del RUC vigente.*Elegir archivo….*Ningún archivo elegido/s), expect.stringMatching(/Solicitud de recuperación firmada.*Elegir archivo…/s)]);
    expect(await visibleText()).not.toMatch(ENGLISH);
    expect(await noBrowserValidation()).toBe(true);
    await typeIn(page, 'Correo de contacto', 'no-es-un-correo');
    await tabTo(page, 'Registrar recuperación');
    await page.keyboard.press('Enter');
    expect((await fieldError(page, 'Correo de contacto')).message).toBe('Ingrese un correo válido, por ejemplo nombre@empresa.ec.');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await visibleText()).not.toMatch(ENGLISH);
    await expectAccessible(page, 'formulario SUT con errores, navegador en inglés');
    await shot(page, 'acciones-en-us-sut-errores');
  });

  test('the IESS attendance form of an artisan asks for the artisan qualification; the confirmation says Confirmar / Cancelar', async () => {
    await consult(page, ARTISAN);
    await page.focus('#ruc');
    await tabTo(page, 'Atender turno');
    await page.keyboard.press('Enter');
    const text = await visibleText();
    expect(text).toMatch(/Calificación artesanal\s*Escaneo JPG o PDF, hasta 1 MB\.\s*Elegir archivo…/);
    expect(text).not.toMatch(ENGLISH);
    await expectAccessible(page, 'atención IESS de artesano, navegador en inglés');
    await shot(page, 'acciones-en-us-atencion');
    await page.setViewportSize(PHONE);
    await shot(page, 'acciones-en-us-atencion-telefono');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.focus('#ruc');
    await tabTo(page, 'Imprimir formularios IESS');
    await page.keyboard.press('Enter');
    const dialog = await dialogText(page);
    expect(dialog).toMatch(/Formularios del IESS para imprimir.*Descargar Solicitud de entrega de clave patronal.*Cerrar/s);
    expect(dialog).not.toMatch(ENGLISH);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.action-dialog', { state: 'detached' });
    expect(await focusedName(page)).toBe('Imprimir formularios IESS');
  });

  test('a reviewer\'s confirmation dialog in English Chromium: Spanish buttons, Escape closes, focus returns', async () => {
    const reviewer = await newPage(browser, { language: 'en-US', viewport: PHONE });
    try {
      await reviewer.page.goto(`${stack.baseUrl}/ventanilla`);
      await reviewer.page.evaluate(token => sessionStorage.setItem('llavero.token', token), await stack.issuer.token({ role: 'reviewer', subject: 'revisor-iess' }));
      await reviewer.page.reload();
      await consult(reviewer.page, ARTISAN);
      await reviewer.page.focus('#ruc');
      expect(await reviewer.page.locator('.panel button', { hasText: /^Aprobar$/ }).count()).toBe(0); // the presencial turno is not attended yet
      await tabTo(reviewer.page, /^Observar$/);
      await reviewer.page.keyboard.press('Enter');
      await reviewer.page.keyboard.type('Falta la calificación artesanal vigente.');
      await tabTo(reviewer.page, /^Observar$/, { max: 3 });
      await reviewer.page.keyboard.press('Enter');
      const dialog = await dialogText(reviewer.page);
      expect(dialog).toMatch(/¿Observar la solicitud\?.*Falta la calificación artesanal vigente\..*Confirmar.*Cancelar/s);
      expect(dialog).not.toMatch(ENGLISH);
      await expectAccessible(reviewer.page, 'diálogo del revisor, teléfono, navegador en inglés');
      await shot(reviewer.page, 'acciones-en-us-dialogo-telefono');
      await reviewer.page.keyboard.press('Escape');
      await reviewer.page.waitForSelector('dialog.action-dialog', { state: 'detached' });
      expect(await focusedName(reviewer.page)).toBe('Observar');
    } finally {
      await reviewer.context.close();
    }
  });
});
