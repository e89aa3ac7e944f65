import type { Route } from 'playwright-core';
import { DESK, expectAccessible, PHONE, shot } from './support';
import { consult, deskAndPhone, openWindow, operationOf, panelText, settled, type Window } from './ventanilla-steps';

// What the clerk sees when something does not answer: a stopped service in batch mode, a hung service,
// a network error and a proxy's HTML 502. Nothing stays on "Consultando…"; every failure offers "Reintentar".

describe('/ventanilla when services fail', () => {
  let w: Window;
  beforeAll(async () => {
    w = await openWindow();
  });
  afterAll(async () => w?.close());

  test('batch mode with sut stopped says "no disponible" in the SUT column, never "no"', async () => {
    const { page, stack } = w;
    await stack.stopSubgraph('sut');
    try {
      await page.click('#batch summary');
      await page.fill('#batch-rucs', '1760001630001\n1791234561001');
      await page.click('#batch-run');
      await page.waitForSelector('#batch-result table');
      const sut = await page.$$eval('#batch-result tbody tr', trs => trs.map(tr => tr.querySelectorAll('td')[3]?.textContent));
      expect(sut).toEqual(['no disponible', 'no disponible']);
      const iess = await page.$$eval('#batch-result tbody tr', trs => trs.map(tr => tr.querySelectorAll('td')[5]?.textContent));
      expect(iess).toEqual(['con clave', 'solicitud en trámite']);
      expect(await page.textContent('.batch-totals')).toMatch(/SUT \/ Salarios: 0 recuperación atendida, 0 en trámite, 2 no disponible/);
      await deskAndPhone(page, 'ventanilla-lote-sut-caido', 'lote con SUT caído');
      await page.setViewportSize(PHONE);
      await deskAndPhone(page, 'ventanilla-lote-sut-caido-telefono', 'lote con SUT caído en teléfono');
      await page.setViewportSize(DESK);
    } finally {
      await stack.restartSubgraph('sut');
      await page.click('#batch summary');
    }
  });

  test('a hung service does not hold the other panels: they show within a second, it times out with "Reintentar"', async () => {
    const { page } = w;
    await consult(page, '1791234561001');
    await settled(page);
    const normal = await page.$$eval('.panel', ps => ps.map(p => `${p.getAttribute('data-service')}=${p.getAttribute('data-ms')} ms`));
    let release: () => void = () => undefined;
    const held = new Promise<void>(resolve => (release = resolve));
    await page.route('**/graphql', async (route: Route) => {
      if (operationOf(route.request().postData()) !== 'PanelSut') return route.continue();
      await held;
      await route.continue().catch(() => undefined);
    });
    await page.click('#new-attention');
    const start = Date.now();
    await consult(page, '1791234561001');
    await page.waitForSelector('.panel[data-service="iess"][data-state="ready"]');
    await page.waitForSelector('.panel[data-service="sal"][data-state="ready"]');
    await page.waitForSelector('.panel[data-service="trainers"][data-state="ready"]');
    const others = Date.now() - start;
    expect(await page.getAttribute('.panel[data-service="sut"]', 'data-state')).toBe('loading');
    expect(others).toBeLessThan(1500);
    expect(await panelText(page, 'iess')).toMatch(/Comercial Andes Demo S.A./);
    await expectAccessible(page, 'servicio colgado (consultando)');
    await shot(page, 'ventanilla-servicio-colgado');
    await page.waitForSelector('.panel[data-service="sut"][data-state="failed"]', { timeout: 8000 });
    const sutGaveUp = Date.now() - start;
    expect(await panelText(page, 'sut')).toMatch(/no respondió en 5 s/);
    await deskAndPhone(page, 'ventanilla-servicio-tiempo-agotado', 'servicio colgado (tiempo agotado)');
    release();
    await page.unroute('**/graphql');
    await page.click('.panel[data-service="sut"] .retry');
    await page.waitForSelector('.panel[data-service="sut"][data-state="ready"]');
    console.log(`Tiempos del punto 5: sin fallas ${normal.join(', ')}; con SUT colgado, los otros tres paneles a los ${others} ms, SUT se rinde a los ${sutGaveUp} ms`);
  });

  test('a late answer for the previous RUC is dropped: the next citizen never sees it, not even while their own panel loads', async () => {
    const { page } = w;
    const OLD = '1760001630001';
    const NEXT = '1791234561001';
    const gate = () => {
      let open: () => void = () => undefined;
      const opened = new Promise<void>(resolve => (open = resolve));
      return { open, opened };
    };
    const old = gate();
    const next = gate();
    let oldAnswered!: () => void;
    const oldHandled = new Promise<void>(resolve => (oldAnswered = resolve));
    await page.route('**/graphql', async (route: Route) => {
      const body = route.request().postData();
      if (operationOf(body) !== 'PanelSut') return route.continue();
      const ruc = (JSON.parse(body!) as { variables: { ruc: string } }).variables.ruc;
      // The real answer, fetched now and handed to the page only when the gate opens: a slow service's late reply.
      const answer = await route.fetch();
      await (ruc === OLD ? old : next).opened;
      await route.fulfill({ response: answer }).catch(() => undefined);
      if (ruc === OLD) oldAnswered();
    });
    try {
      await page.click('#new-attention');
      await consult(page, OLD);
      await page.waitForSelector('.panel[data-service="sal"][data-state="ready"]');
      expect(await page.getAttribute('.panel[data-service="sut"]', 'data-state')).toBe('loading');
      await consult(page, NEXT);
      await page.waitForSelector('.panel[data-service="iess"][data-state="ready"]');
      await page.evaluate(old => {
        const seen = (window as unknown as { staleSeen: string[] }).staleSeen = [] as string[];
        const look = () => {
          // The dossier, the find field's message and the live region (a screen reader must not hear the old RUC either).
          const text = ['summary', 'panels', 'announce', 'ruc-message'].map(id => document.getElementById(id)?.textContent ?? '').join(' ');
          for (const mark of [old, 'talento.humano@demostracion.gob.ec', 'MDT-DMVTH-2026-0412-E']) if (text.includes(mark)) seen.push(mark);
        };
        new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
        look();
      }, OLD);
      old.open();
      await oldHandled;
      await page.waitForTimeout(300);
      expect(await page.getAttribute('.panel[data-service="sut"]', 'data-state')).toBe('loading'); // the old answer did not fill the next citizen's panel
      next.open();
      await page.waitForSelector('.panel[data-service="sut"][data-state="ready"]');
      expect(await panelText(page, 'sut')).toMatch(/nomina@andesdemo\.com\.ec/);
      expect(await page.textContent('.dossier-header')).toMatch(new RegExp(`RUC ${NEXT}`));
      expect(await page.evaluate(() => (window as unknown as { staleSeen: string[] }).staleSeen)).toEqual([]);
    } finally {
      old.open();
      next.open();
      await page.unroute('**/graphql');
    }
  });

  test('a network error says so in Spanish and "Reintentar" brings the panel back', async () => {
    const { page } = w;
    await page.route('**/graphql', route => (operationOf(route.request().postData()) === 'PanelIess' ? route.abort('failed') : route.continue()));
    await consult(page, '1712345675001');
    await settled(page);
    expect(await panelText(page, 'iess')).toMatch(/error de red/);
    expect(await panelText(page, 'trainers')).toMatch(/CAP-7K2M9-QX4TR-Z/);
    expect(await page.locator('text=Consultando…').count()).toBe(0);
    await deskAndPhone(page, 'ventanilla-error-de-red', 'error de red');
    await page.unroute('**/graphql');
    await page.focus('.panel[data-service="iess"] .retry');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.panel[data-service="iess"][data-state="ready"]');
    expect(await panelText(page, 'iess')).toMatch(/Ana Lucía Pérez Játiva/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-iess-title');
  });

  test("a proxy's HTML 502 is a clear Spanish error in every panel and in batch mode, and \"Reintentar\" works", async () => {
    const { page } = w;
    const bad = (route: Route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<html>Bad Gateway</html>' });
    await page.route('**/graphql', bad);
    await consult(page, '1760001630001');
    await settled(page);
    const states = await page.$$eval('.panel', ps => ps.map(p => p.getAttribute('data-state')));
    expect(states).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(await panelText(page, 'sal')).toMatch(/no está disponible en este momento \(HTTP 502\)/);
    await deskAndPhone(page, 'ventanilla-502', 'HTML 502');
    await page.click('#batch summary');
    await page.fill('#batch-rucs', '1760001630001');
    await page.click('#batch-run');
    await page.waitForSelector('#batch-result .retry');
    expect(await page.textContent('#batch-result')).toMatch(/HTTP 502/);
    await expectAccessible(page, 'lote con HTML 502');
    await page.unroute('**/graphql', bad);
    await page.click('#batch-result .retry');
    await page.waitForSelector('#batch-result table .cell-key');
    await page.click('.panel[data-service="sal"] .retry');
    await page.waitForSelector('.panel[data-service="sal"][data-state="ready"]');
    expect(await panelText(page, 'sal')).toMatch(/María Fernanda Andrade Ruiz/);
  });
});
