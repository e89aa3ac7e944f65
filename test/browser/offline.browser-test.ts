import type { BrowserContext, Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { launchChromium, newPage, signIn } from './support';
import { settled } from './tablero-support';

// Both pages work with no internet: every request that does not go to the test server is aborted
// and counted (none may be attempted), and the assets they load carry a content hash in their names.

const HASHED = /^\/web\/assets\/[\w.-]+-[\w-]{8}\.(js|css|woff2?|svg|png)$/;

describe('the pages without internet', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** A page whose context lets through only 127.0.0.1 / localhost; what else it tried, and the assets it loaded. */
  async function offlinePage(): Promise<{ context: BrowserContext; page: Page; outside: string[]; assets: string[] }> {
    const { context, page } = await newPage(browser);
    const outside: string[] = [];
    const assets: string[] = [];
    await context.route('**/*', route => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
        outside.push(url.href);
        return route.abort('internetdisconnected');
      }
      if (url.pathname.startsWith('/web/')) assets.push(url.pathname);
      return route.continue();
    });
    return { context, page, outside, assets };
  }

  test('/ventanilla: sign-in and a dossier, nothing asked outside the server, hashed asset names', async () => {
    const { context, page, outside, assets } = await offlinePage();
    try {
      await signIn(page, stack.baseUrl);
      await page.fill('#ruc', '1760001630001');
      await page.press('#ruc', 'Enter');
      await page.waitForSelector('.panel[data-service="iess"]');
      expect(outside).toEqual([]);
      expect(assets.some(a => a.endsWith('.js')) && assets.some(a => a.endsWith('.css'))).toBe(true);
      expect(assets.filter(a => !HASHED.test(a))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('/tablero: figures and charts, nothing asked outside the server, hashed asset names', async () => {
    const { context, page, outside, assets } = await offlinePage();
    try {
      await page.goto(`${stack.baseUrl}/tablero`);
      await settled(page);
      expect(await page.textContent('#status')).toMatch(/^Se muestran 12 meses/);
      expect(await page.locator('#charts canvas').count()).toBeGreaterThan(0);
      expect(outside).toEqual([]);
      expect(assets.some(a => a.endsWith('.js')) && assets.some(a => a.endsWith('.css'))).toBe(true);
      expect(assets.filter(a => !HASHED.test(a))).toEqual([]);
      // Every script and stylesheet the page names is one of those local, hashed files.
      const named = await page.$$eval('script[src], link[href]', nodes => nodes.map(n => n.getAttribute('src') ?? n.getAttribute('href') ?? ''));
      expect(named.filter(href => href.startsWith('/web/') && !/-[\w-]{8}\.(js|css)$/.test(href))).toEqual([]);
      expect(named.filter(href => /^(https?:)?\/\//.test(href))).toEqual([]);
      // A script of the page cannot even try: the Content-Security-Policy stops it before the network.
      expect(await page.evaluate(() => fetch('https://cdn.example.com/chart.js').then(() => 'llegó', () => 'bloqueada'))).toBe('bloqueada');
      expect(outside).toEqual([]);
      // The trap itself is live: a navigation to the internet (which the policy does not govern) is caught and counted.
      const probe = await context.newPage();
      await probe.goto('https://cdn.example.com/chart.js').catch(() => undefined);
      expect(outside).toEqual(['https://cdn.example.com/chart.js']);
    } finally {
      await context.close();
    }
  });
});
