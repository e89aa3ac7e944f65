import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// What every browser test shares: Debian's Chromium (headless, no network of its own), a page in a
// given language and width, axe-core's WCAG 2.2 AA check, sign-in and screenshots.

export const ARTIFACTS = resolve(__dirname, '../../../test/artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const DESK = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** The browser's own language: the pages must be Spanish whichever one the clerk's Chromium has. */
export type BrowserLanguage = 'es-EC' | 'en-US';

export async function launchChromium(language: BrowserLanguage = 'es-EC'): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${language}`,
    ],
    env: { ...process.env, LANG: `${language.replace('-', '_')}.UTF-8`, LANGUAGE: language.replace('-', '_') },
  });
}

/** A fresh context (its own sessionStorage) in the given language; downloads accepted. */
export async function newPage(browser: Browser, options: { language?: BrowserLanguage; viewport?: { width: number; height: number } } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const language = options.language ?? 'es-EC';
  const context = await browser.newContext({
    viewport: options.viewport ?? DESK,
    locale: language,
    timezoneId: 'America/Guayaquil',
    acceptDownloads: true,
    extraHTTPHeaders: { 'accept-language': `${language},${language.slice(0, 2)};q=0.9` },
  });
  return { context, page: await context.newPage() };
}

/**
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on what the page shows now; fails the test with
 * each violation's rule, impact and the elements it found, so the report says what to fix.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const violations = result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map(n => n.target.join(' ')).join('\n    ')}`);
  if (violations.length > 0) throw new Error(`axe-core en "${state}": ${violations.length} infracciones\n  ${violations.join('\n  ')}`);
  expect(result.passes.length).toBeGreaterThan(0);
}

/** Signs in at /ventanilla with the development accounts (VENTANILLA_USERS) and waits for the RUC field. */
export async function signIn(page: Page, baseUrl: string, user = 'ventanilla', password = 'llavero-demo'): Promise<void> {
  await page.goto(`${baseUrl}/ventanilla`);
  await page.fill('#user', user);
  await page.fill('#password', password);
  await page.press('#password', 'Enter');
  await page.waitForSelector('#app:not([hidden])');
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
