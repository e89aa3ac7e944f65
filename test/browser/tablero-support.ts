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
  await stack.adminQuery(`INSERT INTO "sut".monthly_attention (month, attentions, complaints, source) VALUES ('2026-06', 3, 1, 'LIVE'), ('2026-07', 1234, 0, 'LIVE') ON CONFLICT DO NOTHING`);
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
