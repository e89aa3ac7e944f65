import type { Browser, Page } from 'playwright-core';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { launchChromium, newPage, shot as screenshot } from './support';

// The front-office window (/ventanilla) in a real headless Chromium against the real stack (subgraphs + gateway over HTTP).

describe('/ventanilla in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    browser = await launchChromium();
    ({ page } = await newPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const shot = (name: string) => screenshot(page, name);

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
});
