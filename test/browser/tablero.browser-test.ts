import type { Browser, Page } from 'playwright-core';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { DESK, expectAccessible, launchChromium, newPage, PHONE, shot } from './support';
import { addLiveSutMonths, cells, columnInk, downloadCsv, drawnState, ink, pickedRange, pickRange, settled, SUT, TRAINERS } from './tablero-support';

// The attention dashboard (/tablero) in a real headless Chromium (Spanish) against the real stack.

const SUT_TITLE = 'SUT / Salarios en Línea · recuperación de claves';

describe('/tablero in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    await addLiveSutMonths(stack);
    browser = await launchChromium();
    ({ page } = await newPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  test('opens on the last 12 published months, says each month\'s source and marks where it changes', async () => {
    await page.goto(`${stack.baseUrl}/tablero`);
    await settled(page);
    expect(await page.textContent('#status')).toBe('Se muestran 12 meses, de ago. 2025 a jul. 2026.');
    expect(await pickedRange(page)).toEqual(['2025-08', '2026-07']);
    expect(await page.$$eval('tbody th', ths => ths.map(th => th.textContent))).toHaveLength(12);
    expect(await cells(page, '2025-08', SUT)).toEqual(['', '', '']); // a month the published table omits
    expect(await cells(page, '2026-05', SUT)).toEqual(['499', '0', 'Tabla publicada']);
    expect(await cells(page, '2026-07', SUT)).toEqual(['1.234', '0', 'Conteo de Llavero']);
    expect(await page.textContent(`.chart-card[data-service="${SUT}"] .source-note`)).toBe(
      'Fuente: tabla de transparencia publicada por la institución de sept. 2025 a may. 2026; conteo propio de Llavero de jun. 2026 a jul. 2026. La línea vertical punteada marca el cambio de fuente.',
    );
    // Services without a figure in these months say so: no empty 0–1 axis.
    const states = await page.$$eval('.chart-card', cards => cards.map(c => [c.getAttribute('data-service'), c.querySelector('[data-state]')?.getAttribute('data-state')]));
    expect(states).toEqual([['salAccessKeys', 'empty'], [SUT, 'chart'], [TRAINERS, 'empty'], ['iessEmployerKeys', 'empty']]);
    expect(await page.textContent('.chart-card[data-service="salAccessKeys"] .no-figures')).toBe('Sin cifras para este servicio entre ago. 2025 y jul. 2026.');
    expect((await ink(page))[SUT]).toBeGreaterThan(500);
    expect(await page.getAttribute('canvas', 'aria-describedby')).toBe('table-caption');
    await expectAccessible(page, 'tablero por omisión');
    await shot(page, 'tablero');
  });

  test('the SUT chart draws Spanish months and Ecuadorian numbers on its axes and tooltip, and a dashed line where the source changes', async () => {
    await page.goto(`${stack.baseUrl}/tablero`);
    await settled(page);
    const drawn = await drawnState(page, SUT);
    expect(drawn.xTicks[0]).toBe('ago. 2025');
    expect(drawn.xTicks.at(-1)).toBe('jul. 2026');
    for (const label of drawn.xTicks) expect(label).toMatch(/^(ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic)\. 2\d{3}$/);
    // 1.234 in jul. 2026: the axis goes past 1.000 and groups thousands with a dot, never a comma or a space.
    for (const label of drawn.yTicks) expect(label).toMatch(/^\d{1,3}(\.\d{3})*$/);
    expect(drawn.yTicks.some(label => /^1\.\d{3}$/.test(label))).toBe(true);
    // One source change (published table → Llavero's count, from jun. 2026): a dashed line, between may. and jun.
    expect(drawn.sourceChanges).toEqual([expect.objectContaining({ month: '2026-06', text: 'Conteo de Llavero →', dash: [4, 4] })]);
    const [change] = drawn.sourceChanges;
    expect(change.x).toBeGreaterThan(drawn.area.left + (drawn.area.right - drawn.area.left) * 0.75);
    expect(change.x).toBeLessThan(drawn.area.right);
    const dashed = await columnInk(page, SUT, change.x, change.top + 20, change.bottom);
    expect(dashed.runs).toBeGreaterThanOrEqual(20); // ink and gaps alternate down the whole height: a dashed line
    expect(dashed.inked).toBeGreaterThan(0.3);
    expect(dashed.inked).toBeLessThan(0.8);
    const plain = await columnInk(page, SUT, (drawn.area.left + change.x) / 2, change.top + 20, change.bottom);
    expect(plain.runs).toBeLessThan(8); // elsewhere no such line
    // The tooltip of jul. 2026, opened by hovering its column.
    const box = (await page.locator(`.chart-card[data-service="${SUT}"] canvas`).boundingBox())!;
    await page.mouse.move(box.x + drawn.area.right - 2, box.y + (drawn.area.top + drawn.area.bottom) / 2);
    await page.waitForFunction(service => JSON.parse(document.querySelector(`.chart-card[data-service="${service}"] canvas`)?.getAttribute('data-drawn') ?? '{}').tooltip, SUT);
    expect((await drawnState(page, SUT)).tooltip).toEqual({ title: ['jul. 2026'], lines: ['Atenciones: 1.234 (Conteo de Llavero)', 'Quejas: 0 (Conteo de Llavero)'] });
    await shot(page, 'tablero-tooltip');
    await page.mouse.move(0, 0);
  });

  test('a month range: the 5.602 of dic. 2020, gaps not zeros, charts painted, CSV with ; and a BOM', async () => {
    await pickRange(page, '2020-10', '2021-03');
    expect(await page.textContent('#status')).toBe('Se muestran 6 meses, de oct. 2020 a mar. 2021.');
    expect(await page.textContent('tr[data-month="2020-12"] th')).toBe('dic. 2020');
    expect(await cells(page, '2020-12', SUT)).toEqual(['5.602', '0', 'Tabla publicada']);
    expect(await cells(page, '2020-12', TRAINERS)).toEqual(['', '', '']); // no published figure → a gap, not a zero
    expect(await cells(page, '2020-12', 'salAccessKeys')).toEqual(['', '', '']);
    expect((await ink(page))[SUT]).toBeGreaterThan(500);
    expect(await page.textContent(`.chart-card[data-service="${TRAINERS}"] .no-figures`)).toBe('Sin cifras para este servicio entre oct. 2020 y mar. 2021.');
    await expectAccessible(page, 'tablero oct. 2020 a mar. 2021');
    const csv = await downloadCsv(page);
    expect(csv.name).toBe('atenciones-2020-10-a-2021-03.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Mes;Periodo;Servicio;Atenciones;Quejas;Fuente');
    expect(lines).toHaveLength(1 + 4 * 6);
    expect(lines).toContain(`dic. 2020;2020-12;${SUT_TITLE};5.602;0;Tabla publicada`);
    expect(lines).toContain('dic. 2020;2020-12;Capacitadores independientes · credenciales;;;');
  });

  test('an inverted range is refused in Spanish and clears the old charts and table', async () => {
    await pickRange(page, '2021-06', '2021-01');
    expect(await page.textContent('#message')).toBe('El mes inicial (junio de 2021) es posterior al mes final (enero de 2021): corrija el rango.');
    expect(await page.locator('#charts canvas').count()).toBe(0);
    expect(await page.isHidden('#table-card')).toBe(true);
    expect(await page.isDisabled('#csv')).toBe(true);
    expect(await page.textContent('#status')).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('from-month');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor)).toBe('rgb(27, 39, 51)');
    await expectAccessible(page, 'rango invertido');
  });

  test('no answer at all (no network, a proxy\'s HTML 502): the Spanish reason, and no stale charts', async () => {
    await pickRange(page, '2020-10', '2021-03');
    expect(await page.locator('#charts canvas').count()).toBeGreaterThan(0);
    await page.route('**/graphql', route => route.abort('internetdisconnected'));
    await pickRange(page, '2020-10', '2021-03');
    expect(await page.textContent('#message')).toBe('No hay conexión con Llavero (error de red). Revise la conexión y reintente.');
    expect(await page.locator('#charts canvas').count()).toBe(0);
    expect(await page.isHidden('#table-card')).toBe(true);
    await page.unroute('**/graphql');
    await page.route('**/graphql', route => route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>502 Bad Gateway</body></html>' }));
    await pickRange(page, '2020-10', '2021-03');
    expect(await page.textContent('#message')).toBe('Llavero no está disponible en este momento (HTTP 502). Reintente en unos segundos.');
    await expectAccessible(page, 'sin respuesta del servidor');
    await page.unroute('**/graphql');
    await pickRange(page, '2020-10', '2021-03');
    expect(await cells(page, '2020-12', SUT)).toEqual(['5.602', '0', 'Tabla publicada']);
  });

  test('with the SUT subgraph down, its series and column say "no disponible" and the rest still shows', async () => {
    await stack.stopSubgraph('sut');
    try {
      await pickRange(page, '2020-12', '2021-08');
      expect(await page.textContent('#status')).toBe(`Se muestran 9 meses, de dic. 2020 a ago. 2021. No disponible: ${SUT_TITLE}; las demás cifras se muestran.`);
      expect(await page.textContent(`.chart-card[data-service="${SUT}"] .unavailable`)).toMatch(/^No disponible: el servicio no respondió/);
      expect(await page.locator(`.chart-card[data-service="${SUT}"] canvas`).count()).toBe(0);
      expect(await cells(page, '2020-12', SUT)).toEqual(['no disponible']);
      expect(await page.locator(`td.unavailable[data-service="${SUT}"]`).count()).toBe(9);
      expect((await ink(page))[TRAINERS]).toBeGreaterThan(500);
      expect(await cells(page, '2021-08', TRAINERS)).toEqual(['8', '0', 'Tabla publicada']);
      await expectAccessible(page, 'SUT caído');
      await shot(page, 'tablero-sut-caido');
      const lines = (await downloadCsv(page)).text.trimEnd().split('\r\n');
      expect(lines).toHaveLength(1 + 4 * 9);
      expect(lines).toContain(`dic. 2020;2020-12;${SUT_TITLE};no disponible;no disponible;`);
      expect(lines).toContain('ago. 2021;2021-08;Capacitadores independientes · credenciales;8;0;Tabla publicada');
      // Opening the page during the outage: the other services' figures, the SUT said missing.
      await page.goto(`${stack.baseUrl}/tablero`);
      await settled(page);
      expect(await page.textContent('#status')).toMatch(/No disponible: SUT/);
      expect(await page.locator('#charts canvas').count()).toBeGreaterThan(0);
      await expectAccessible(page, 'SUT caído al abrir');
      await page.setViewportSize(PHONE);
      expect(await page.textContent(`.chart-card[data-service="${SUT}"] .unavailable`)).toMatch(/^No disponible/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await expectAccessible(page, 'SUT caído en teléfono');
      await shot(page, 'tablero-sut-caido-telefono');
      await page.setViewportSize(DESK);
    } finally {
      await stack.restartSubgraph('sut');
    }
  });

  test('at phone width (390): no sideways page scroll, the table scrolls in its own region reachable by keyboard', async () => {
    const phone = await newPage(browser, { viewport: PHONE });
    try {
      await phone.page.goto(`${stack.baseUrl}/tablero`);
      await settled(phone.page);
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const region = await phone.page.$eval('#table', div => ({ tabindex: div.getAttribute('tabindex'), label: div.getAttribute('aria-label'), scrolls: div.scrollWidth > div.clientWidth }));
      expect(region).toEqual({ tabindex: '0', label: 'Tabla de atenciones y quejas por mes (desplazable)', scrolls: true });
      expect(await phone.page.locator('h1').count()).toBe(1);
      await expectAccessible(phone.page, 'tablero en teléfono');
      await shot(phone.page, 'tablero-telefono');
    } finally {
      await phone.context.close();
    }
  });
});
