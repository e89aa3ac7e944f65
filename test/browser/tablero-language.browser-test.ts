import type { Browser, Page } from 'playwright-core';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { expectAccessible, launchChromium, newPage, shot } from './support';
import { addLiveSutMonths, cells, downloadCsv, drawnState, pickRange, settled, SUT } from './tablero-support';

// /tablero in a Chromium whose own language is English: everything it shows is still Spanish, with
// es-EC numbers and Spanish months (nothing left to the browser's locale), and no native bubble.

describe('/tablero in an English Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    await addLiveSutMonths(stack);
    browser = await launchChromium('en-US');
    ({ page } = await newPage(browser, { language: 'en-US' }));
    page.on('dialog', dialog => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  test('months, numbers, pickers and messages are Spanish although the browser is en-US', async () => {
    await page.goto(`${stack.baseUrl}/tablero`);
    await settled(page);
    expect(await page.evaluate(() => [navigator.language, new Intl.NumberFormat().format(5602)])).toEqual(['en-US', '5,602']);
    expect(await page.textContent('#status')).toBe('Se muestran 12 meses, de ago. 2025 a jul. 2026.');
    expect(await cells(page, '2026-07', SUT)).toEqual(['1.234', '0', 'Conteo de Llavero']);
    // The chart too: Spanish months on its axis and es-EC thousands on its scale, not the browser's "Jul 2026" and "1,200".
    const drawn = await drawnState(page, SUT);
    expect([drawn.xTicks[0], drawn.xTicks.at(-1)]).toEqual(['ago. 2025', 'jul. 2026']);
    expect(drawn.yTicks.some(label => /^1\.\d{3}$/.test(label))).toBe(true);
    expect(drawn.yTicks.join(' ')).not.toMatch(/,/);
    expect(await page.$$eval('#from-month option', options => options.map(o => o.textContent))).toEqual(
      ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    );
    expect(await page.$$eval('#range label, #range legend', nodes => nodes.map(n => n.textContent))).toEqual(['Desde', 'Mes', 'Año', 'Hasta', 'Mes', 'Año']);
    // Nothing the browser would draw in its own language: no month/date inputs, no native validation.
    expect(await page.locator('input[type="month"], input[type="date"], [required]').count()).toBe(0);
    expect(await page.getAttribute('#range', 'novalidate')).toBe('');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await expectAccessible(page, 'tablero en navegador inglés');
    await shot(page, 'tablero-navegador-ingles');
  });

  test('the 5.602 of dic. 2020 in the table and the CSV, an inverted range refused with our own Spanish message', async () => {
    await pickRange(page, '2020-10', '2021-03');
    expect(await page.textContent('tr[data-month="2020-12"] th')).toBe('dic. 2020');
    expect(await cells(page, '2020-12', SUT)).toEqual(['5.602', '0', 'Tabla publicada']);
    const { text } = await downloadCsv(page);
    expect(text).toContain('dic. 2020;2020-12;SUT / Salarios en Línea · recuperación de claves;5.602;0;Tabla publicada');
    await pickRange(page, '2021-06', '2021-01');
    expect(await page.textContent('#message')).toBe('El mes inicial (junio de 2021) es posterior al mes final (enero de 2021): corrija el rango.');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).validationMessage)).toBe('');
    expect(dialogs).toEqual([]);
    await expectAccessible(page, 'rango invertido en navegador inglés');
  });

  test('keyboard only: Tab reaches the pickers, the buttons and the scrollable table', async () => {
    await pickRange(page, '2020-10', '2021-03');
    await page.click('h1'); // Tab starts from the top of the page
    const order: string[] = [];
    for (let i = 0; i < 10 && order.at(-1) !== 'table'; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
    }
    expect(order).toEqual(['A', 'from-month', 'from-year', 'to-month', 'to-year', 'BUTTON', 'csv', 'table']);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  });
});
