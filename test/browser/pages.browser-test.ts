import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

// The two pages in a real headless Chromium against the real stack (subgraphs + gateway over HTTP).

const ARTIFACTS = resolve(__dirname, '../../../test/artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('web pages in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startSubgraphsAndGateway();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  test('/ventanilla asks for a sign-in and refuses a wrong password', async () => {
    await page.goto(`${stack.baseUrl}/ventanilla`);
    await page.fill('#user', 'ventanilla');
    await page.fill('#password', 'equivocada');
    await page.press('#password', 'Enter');
    await page.waitForSelector('#login-error:has-text("incorrectos")');
    await shot('ventanilla-ingreso');
    await page.fill('#password', 'llavero-demo');
    await page.press('#password', 'Enter');
    await page.waitForSelector('#app:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ruc');
  });

  test('an invalid RUC shows the Spanish rule that failed, as the clerk types', async () => {
    await page.fill('#ruc', '1781234561001');
    await page.waitForSelector('#ruc-message.error');
    expect(await page.textContent('#ruc-message')).toMatch(/tercer dígito inválido \(8\)/);
    await page.press('#ruc', 'Enter');
    expect(await page.locator('.panel').count()).toBe(0);
  });

  test('a demo RUC shows its four panels with badges, dates, channels and next steps (keyboard only)', async () => {
    await page.fill('#ruc', '');
    await page.keyboard.type('1760001630001');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.panel[data-service="iess"]');
    const panels = await page.$$eval('.panel', nodes => nodes.map(n => ({ service: n.getAttribute('data-service'), text: n.textContent ?? '' })));
    expect(panels.map(p => p.service)).toEqual(['sal', 'sut', 'trainers', 'iess']);
    expect(panels[0].text).toMatch(/Activa.*María Fernanda Andrade Ruiz/);
    expect(panels[0].text).toMatch(/Desactivada.*cambio de responsable/);
    expect(panels[1].text).toMatch(/Atendida.*Sistema Único de Trabajo.*Quipux/);
    expect(panels[1].text).toMatch(/Siguiente paso: El usuario regenera su clave/);
    expect(panels[2].text).toMatch(/Sin credenciales/);
    expect(panels[3].text).toMatch(/tiene clave patronal.*Clave entregada/);
    expect(await page.locator('.badge.green').count()).toBeGreaterThan(1);
    await shot('ventanilla-expediente');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('ventanilla-telefono');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('a stopped subgraph shows "servicio no disponible" in its panel only', async () => {
    await stack.stopSubgraph('sut');
    try {
      await page.fill('#ruc', '1791234561001');
      await page.press('#ruc', 'Enter');
      await page.waitForSelector('.panel[data-service="sut"] .unavailable');
      const unavailable = await page.$$eval('.panel', nodes => nodes.filter(n => n.querySelector('.unavailable')).map(n => n.getAttribute('data-service')));
      expect(unavailable).toEqual(['sut']);
      expect(await page.textContent('.panel[data-service="iess"]')).toMatch(/Comercial Andes Demo S.A./);
      await shot('ventanilla-servicio-caido');
    } finally {
      await stack.restartSubgraph('sut');
    }
  });

  test('batch mode flags junk lines and answers the rest', async () => {
    await page.click('#batch summary');
    await page.fill('#batch-rucs', '1760001630001\nbasura\n1712345675001\n1791234561000');
    await page.click('#batch-run');
    await page.waitForSelector('#batch-result table');
    const rows = await page.$$eval('#batch-result tbody tr', trs => trs.map(tr => Array.from(tr.querySelectorAll('td')).map(td => td.textContent)));
    expect(rows[0]).toEqual(['1760001630001', 'sí', 'sí', '—', 'sí']);
    expect(rows[1][1]).toMatch(/Línea inválida: El RUC debe tener exactamente 13 dígitos/);
    expect(rows[2]).toEqual(['1712345675001', '—', '—', 'sí', 'sí']);
    expect(rows[3][1]).toMatch(/establecimiento/);
    await shot('ventanilla-lote');
  });

  test('/tablero: a month range, the 5602 of 2020-12 in the table, charts drawn, inverted range refused, CSV', async () => {
    await page.goto(`${stack.baseUrl}/tablero`);
    await page.fill('#from', '2020-10');
    await page.fill('#to', '2021-03');
    await page.click('#range button[type="submit"]');
    await page.waitForSelector('tr[data-month="2021-03"]');
    const december = await page.$$eval('tr[data-month="2020-12"] td', tds => tds.map(td => td.textContent));
    expect(december.slice(0, 5)).toEqual(['2020-12', '', '', '5602', '0']);
    expect(december[5]).toBe(''); // trainers: no published figure → a gap, not a zero
    const painted = await page.$$eval('canvas', canvases =>
      canvases.map(c => {
        const { data } = (c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height);
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
        return ink;
      }),
    );
    expect(painted).toHaveLength(4);
    expect(painted.every(ink => ink > 500)).toBe(true);
    await shot('tablero');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe('mes,servicio,atenciones,quejas');
    expect(csv).toContain('2020-12,systemKeyRecovery,5602,0');
    expect(csv).toContain('2020-12,trainerCredentials,,');
    await page.fill('#from', '2021-06');
    await page.fill('#to', '2021-01');
    await page.click('#range button[type="submit"]');
    expect(await page.textContent('#message')).toMatch(/El mes inicial \(2021-06\) es posterior al mes final \(2021-01\)/);
  });
});
