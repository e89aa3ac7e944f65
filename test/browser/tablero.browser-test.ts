import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { launchChromium, newPage, shot as screenshot } from './support';

// The attention dashboard (/tablero) in a real headless Chromium against the real stack (subgraphs + gateway over HTTP).

describe('/tablero in Chromium', () => {
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
