import type { Browser, Page } from 'playwright-core';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { expectAccessible, launchChromium, newPage, PHONE, DESK, shot as screenshot } from './support';
import { panelText, settled } from './ventanilla-steps';

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
    await page.press('#password', 'Enter');
    expect(await page.textContent('#login-error')).toBe('Escriba su usuario.');
    await page.fill('#user', 'ventanilla');
    await page.fill('#password', 'equivocada');
    await page.press('#password', 'Enter');
    await page.waitForSelector('#login-error:has-text("incorrectos")');
    await expectAccessible(page, 'ingreso con error');
    await shot('ventanilla-ingreso');
    await page.fill('#password', 'llavero-demo');
    await page.press('#password', 'Enter');
    await page.waitForSelector('#app:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ruc');
    expect(await page.locator('h1:visible').count()).toBe(1);
  });

  test('an invalid RUC shows the Spanish rule that failed once it has 13 digits', async () => {
    await page.fill('#ruc', '');
    await page.type('#ruc', '1781234561001');
    await page.waitForSelector('#ruc-message.error');
    expect(await page.textContent('#ruc-message')).toMatch(/tercer dígito inválido \(8\)/);
    expect(await page.getAttribute('#ruc', 'aria-invalid')).toBe('true');
    await page.press('#ruc', 'Enter');
    expect(await page.locator('.panel').count()).toBe(0);
    await expectAccessible(page, 'RUC inválido');
  });

  test('a demo RUC shows its four panels with badges, dates, channels and next steps (keyboard only)', async () => {
    await page.fill('#ruc', '');
    await page.keyboard.type('1760001630001');
    await page.keyboard.press('Enter');
    await settled(page);
    const services = await page.$$eval('.panel', nodes => nodes.map(n => n.getAttribute('data-service')));
    expect(services).toEqual(['sal', 'sut', 'trainers', 'iess']);
    expect(await page.textContent('#dossier-title')).toBe('Secretaría Nacional de Demostración');
    const sal = await panelText(page, 'sal');
    expect(sal).toMatch(/Activa.*María Fernanda Andrade Ruiz/);
    expect(sal).toMatch(/Desactivada.*cambio de responsable/i);
    expect(await panelText(page, 'sut')).toMatch(/Atendida.*Sistema Único de Trabajo.*Quipux/);
    expect(await panelText(page, 'sut')).toMatch(/Siguiente paso: /);
    expect(await panelText(page, 'trainers')).toMatch(/Sin credenciales de capacitador/);
    expect(await panelText(page, 'iess')).toMatch(/tiene clave patronal.*Con clave entregada/);
    expect(await page.locator('.badge.green').count()).toBeGreaterThan(1);
    expect(await page.locator('.panel .item[data-id]').count()).toBeGreaterThan(3);
    await expectAccessible(page, 'expediente');
    await shot('ventanilla-expediente');
    await page.setViewportSize(PHONE);
    await expectAccessible(page, 'expediente en teléfono');
    await shot('ventanilla-telefono');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESK);
  });

  test('a stopped subgraph shows "servicio no disponible" in its panel only', async () => {
    await stack.stopSubgraph('sut');
    try {
      await page.fill('#ruc', '1791234561001');
      await page.press('#ruc', 'Enter');
      await settled(page);
      const unavailable = await page.$$eval('.panel', nodes => nodes.filter(n => n.querySelector('.unavailable')).map(n => n.getAttribute('data-service')));
      expect(unavailable).toEqual(['sut']);
      expect(await panelText(page, 'sut')).toMatch(/Servicio no disponible.*No se puede afirmar que no haya registros/);
      expect(await panelText(page, 'iess')).toMatch(/Comercial Andes Demo S.A./);
      await expectAccessible(page, 'servicio caído');
      await shot('ventanilla-servicio-caido');
    } finally {
      await stack.restartSubgraph('sut');
    }
    await page.click('.panel[data-service="sut"] .retry');
    await page.waitForSelector('.panel[data-service="sut"][data-state="ready"]');
    expect(await panelText(page, 'sut')).toMatch(/Salarios en Línea/);
  });

  test('batch mode flags junk lines and answers the rest with names and states', async () => {
    await page.click('#batch summary');
    await page.fill('#batch-rucs', '1760001630001\nbasura\n1712345675001\n1791234561000');
    await page.click('#batch-run');
    await page.waitForSelector('#batch-result table');
    const rows = await page.$$eval('#batch-result tbody tr', trs => trs.map(tr => Array.from(tr.querySelectorAll('td, th')).map(td => td.textContent)));
    expect(rows[0]).toEqual(['1', '1760001630001', 'Secretaría Nacional de Demostración', 'con clave', 'recuperación atendida', 'no', 'con clave']);
    expect(rows[1][1]).toMatch(/Línea inválida.*no es un RUC \(13 dígitos\) ni una cédula/);
    expect(rows[2]).toEqual(['3', '1712345675001', 'Ana Lucía Pérez Játiva', 'no', 'no', 'con credencial', 'solicitud en trámite']);
    expect(rows[3][1]).toMatch(/establecimiento/);
    await expectAccessible(page, 'lote');
    await shot('ventanilla-lote');
  });
  test('focus rings and field borders contrast at least 3:1 with what surrounds them', async () => {
    const ratios = async (selector: string) => {
      await page.focus(selector);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      return page.evaluate(sel => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map(v => v / 255).map(v => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
        const node = document.querySelector(sel) as HTMLElement;
        let behind: HTMLElement | null = node.parentElement;
        while (behind && getComputedStyle(behind).backgroundColor.match(/rgba\(.*, 0\)|transparent/)) behind = behind.parentElement;
        const background = behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)';
        const style = getComputedStyle(node);
        return { ring: contrast(style.outlineColor, background), border: contrast(style.borderTopColor, background), style: style.outlineStyle };
      }, selector);
    };
    for (const selector of ['#ruc', '#new-attention', '#batch summary', '#logout', '#batch-rucs']) {
      const { ring, style } = await ratios(selector);
      expect({ selector, style, ok: ring >= 3 }).toEqual({ selector, style: 'solid', ok: true });
    }
    for (const selector of ['#ruc', '#batch-rucs']) expect((await ratios(selector)).border).toBeGreaterThanOrEqual(3);
  });

  test('live regions speak once per result, not on every keystroke', async () => {
    await page.click('#new-attention');
    await page.evaluate(() => {
      (window as any).spoken = [];
      for (const id of ['ruc-message', 'announce']) {
        new MutationObserver(() => {
          const text = document.getElementById(id)!.textContent;
          if (text) (window as any).spoken.push(`${id}: ${text}`);
        }).observe(document.getElementById(id)!, { childList: true, characterData: true, subtree: true });
      }
    });
    await page.type('#ruc', '1760001630001', { delay: 20 });
    await page.press('#ruc', 'Enter');
    await settled(page);
    await page.waitForFunction(() => (window as any).spoken.some((s: string) => s.startsWith('announce')));
    const spoken: string[] = await page.evaluate(() => (window as any).spoken);
    expect(spoken).toEqual(['ruc-message: RUC válido.', 'announce: Expediente del RUC 1760001630001 listo.']);
  });
});
