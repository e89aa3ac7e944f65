import { readFileSync } from 'node:fs';
import { naturalPersonRucs } from '../support/ruc-factory';
import { PHONE } from './support';
import { deskAndPhone, openWindow, type Window } from './ventanilla-steps';

// Batch mode (point 10): names, "con clave" apart from "solicitud en trámite", duplicates merged with
// their line numbers, totals, lines past 500 refused with the reason, CSV and print, usable on a phone.

describe('/ventanilla: batch mode', () => {
  let w: Window;
  beforeAll(async () => {
    w = await openWindow();
    await w.page.click('#batch summary');
  });
  afterAll(async () => w?.close());

  const rows = () => w.page.$$eval('#batch-result tbody tr', trs => trs.map(tr => Array.from(tr.querySelectorAll('td, th')).map(td => td.textContent)));

  test('duplicates are merged with their line numbers; pasted forms and cédulas are cleaned; totals add up', async () => {
    const { page } = w;
    await page.fill('#batch-rucs', ['1760001630001', 'RUC: 1760-001630-001', '', '1712345675', '1791234561001', '1712345675001', 'x'].join('\n'));
    await page.click('#batch-run');
    await page.waitForSelector('#batch-result table');
    const table = await rows();
    expect(table[0]).toEqual(['1, 2', '1760001630001', 'Secretaría Nacional de Demostración', 'con clave', 'recuperación atendida', 'no', 'con clave']);
    expect(table[1]).toEqual(['4, 6', '1712345675001', 'Ana Lucía Pérez Játiva', 'no', 'no', 'con credencial', 'solicitud en trámite']);
    expect(table[2].slice(0, 3)).toEqual(['5', '1791234561001', 'Comercial Andes Demo S.A.']);
    expect(table[2][6]).toBe('solicitud en trámite');
    expect(table[3][0]).toBe('7');
    expect(await page.textContent('.batch-totals')).toMatch(/3 RUC distintos consultados · 2 líneas repetidas unidas · 1 línea inválida/);
    expect(await page.textContent('.batch-totals')).toMatch(/IESS: 1 con clave, 2 en trámite/);
    expect(await page.getAttribute('#batch-result .scroll', 'tabindex')).toBe('0');
    await deskAndPhone(page, 'ventanilla-lote-duplicados', 'lote con duplicados');
  });

  test('the CSV has the same rows as the table', async () => {
    const { page } = w;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#batch-result button:has-text("Descargar CSV")')]);
    expect(download.suggestedFilename()).toBe('lote-ventanilla.csv');
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toBe('"lineas","ruc","nombre","SAL","SUT / Salarios","Capacitadores","IESS","observacion"');
    expect(csv[1]).toBe('"1, 2","1760001630001","Secretaría Nacional de Demostración","con clave","recuperación atendida","no","con clave",""');
    expect(csv).toHaveLength(5);
  });

  test('lines past the 500 limit are refused with the reason; the first 500 are answered', async () => {
    const { page } = w;
    await page.fill('#batch-rucs', naturalPersonRucs(503, 9000).join('\n'));
    const started = Date.now();
    await page.click('#batch-run');
    await page.waitForSelector('#batch-result table', { timeout: 30000 });
    const table = await rows();
    expect(table).toHaveLength(503);
    expect(table[499][3]).toBe('no');
    expect(table[500]).toEqual(['501', 'Fuera del límite de 500 líneas por lote: consúltela en otro lote.']);
    expect(await page.textContent('.batch-totals')).toMatch(/500 RUC distintos consultados.*3 líneas rechazadas por pasar el límite de 500/);
    console.log(`Lote de 500 RUC respondido en ${Date.now() - started} ms`);
  });

  test('on a phone the table scrolls inside its labelled, focusable container and the print view drops the buttons', async () => {
    const { page } = w;
    await page.fill('#batch-rucs', '1760001630001\n1712345675001');
    await page.click('#batch-run');
    await page.waitForSelector('#batch-result tbody tr >> nth=1');
    await page.setViewportSize(PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.focus('#batch-result .scroll');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('batch-caption');
    await deskAndPhone(page, 'ventanilla-lote-tabla', 'lote en teléfono');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#batch-result table')).toBe(true);
    expect(await page.locator('#batch button:visible').count()).toBe(0);
    await page.emulateMedia({ media: 'screen' });
  });
});
