import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Stack } from '../support/stack';

// What the /tablero browser tests share: the range pickers, the table's cells, the CSV, the charts' ink.

export const SUT = 'systemKeyRecovery';
export const TRAINERS = 'trainerCredentials';

/**
 * Two months of Llavero's own SUT count after the published table (which ends in 2026-05), so the
 * default range ends in 2026-07 and the source changes inside it.
 */
export async function addLiveSutMonths(stack: Stack): Promise<void> {
  await stack.adminQuery(`INSERT INTO "sut".attention_tally (month, attentions, complaints)
    SELECT * FROM (VALUES ('2026-06', 3, 1), ('2026-07', 1234, 0)) AS v WHERE NOT EXISTS (SELECT 1 FROM "sut".attention_tally WHERE month IN ('2026-06', '2026-07'))`);
}

/** Waits for the answer the status region announces (or a refusal). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '' || (document.getElementById('message')?.textContent ?? '') !== '');
}

export async function pickRange(page: Page, from: string, to: string): Promise<void> {
  await page.selectOption('#from-month', from.slice(5));
  await page.selectOption('#from-year', from.slice(0, 4));
  await page.selectOption('#to-month', to.slice(5));
  await page.selectOption('#to-year', to.slice(0, 4));
  await page.evaluate(() => {
    document.getElementById('status')!.textContent = '';
    document.getElementById('message')!.textContent = '';
  });
  await page.click('#range button[type="submit"]');
  await settled(page);
}

export const pickedRange = (page: Page) =>
  page.evaluate(() => ['from', 'to'].map(id => `${(document.getElementById(`${id}-year`) as HTMLSelectElement).value}-${(document.getElementById(`${id}-month`) as HTMLSelectElement).value}`));

/** One month's cells of one service: attentions, complaints, source (or the single "no disponible" cell). */
export const cells = (page: Page, month: string, service: string) => page.$$eval(`tr[data-month="${month}"] td[data-service="${service}"]`, tds => tds.map(td => td.textContent));

/** How many pixels each drawn chart has inked, by service. */
export const ink = (page: Page) =>
  page.$$eval('.chart-card', cards =>
    Object.fromEntries(
      cards.map(card => {
        const canvas = card.querySelector('canvas');
        if (!canvas) return [card.getAttribute('data-service'), 0];
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let inked = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
        return [card.getAttribute('data-service'), inked];
      }),
    ),
  );

/** Clicks "Descargar CSV" and returns the file's bytes and text. */
export async function downloadCsv(page: Page): Promise<{ bytes: Buffer; text: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
  const bytes = readFileSync((await download.path())!);
  return { bytes, text: bytes.toString('utf8').replace(/^\uFEFF/, ''), name: download.suggestedFilename() };
}

/** As web/src/tablero/charts.ts writes it on each canvas (data-drawn); restated here so the page's sources stay out of this build. */
export interface DrawnState {
  area: { left: number; right: number; top: number; bottom: number };
  xTicks: string[];
  yTicks: string[];
  sourceChanges: Array<{ month: string; text: string; x: number; top: number; bottom: number; dash: number[] }>;
  tooltip: { title: string[]; lines: string[] } | null;
}

/** What a service's chart last drew (the page keeps it on the canvas as data-drawn). */
export async function drawnState(page: Page, service: string): Promise<DrawnState> {
  return JSON.parse((await page.getAttribute(`.chart-card[data-service="${service}"] canvas`, 'data-drawn')) ?? 'null') as DrawnState;
}

/** Down a chart's pixel column at x (CSS pixels; the darkest of the three columns around x, as a line is antialiased): the share of strongly inked pixels and how often ink and gap alternate. */
export const columnInk = (page: Page, service: string, x: number, top: number, bottom: number) =>
  page.$eval(
    `.chart-card[data-service="${service}"] canvas`,
    (canvas, [x, top, bottom]) => {
      const c = canvas as HTMLCanvasElement;
      const scale = c.width / c.clientWidth;
      const from = Math.round(top * scale);
      const height = Math.round(bottom * scale) - from;
      const { data } = c.getContext('2d')!.getImageData(Math.floor(x * scale) - 1, from, 3, height);
      let inked = 0;
      let runs = 0;
      let previous: boolean | null = null;
      for (let row = 0; row < height; row++) {
        const ink = Math.max(data[row * 12 + 3], data[row * 12 + 7], data[row * 12 + 11]) > 128;
        if (ink) inked++;
        if (previous !== null && ink !== previous) runs++;
        previous = ink;
      }
      return { inked: inked / height, runs };
    },
    [x, top, bottom],
  );
