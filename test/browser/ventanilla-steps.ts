import type { Browser, Page } from 'playwright-core';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { DESK, expectAccessible, launchChromium, newPage, PHONE, shot, signIn, type BrowserLanguage } from './support';

// Steps the /ventanilla browser tests share: a signed-in window on its own stack, consulting a RUC.

export interface Window {
  stack: Stack;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function openWindow(language: BrowserLanguage = 'es-EC', viewport = DESK): Promise<Window> {
  const stack = await startSubgraphsAndGateway();
  const browser = await launchChromium(language);
  const { page } = await newPage(browser, { language, viewport });
  await signIn(page, stack.baseUrl);
  return { stack, browser, page, close: async () => { await browser.close(); await stack.stop(); } };
}

/** Types into the find field (as a clerk would) and presses Enter. */
export async function consult(page: Page, text: string): Promise<void> {
  await page.fill('#ruc', '');
  await page.type('#ruc', text);
  await page.press('#ruc', 'Enter');
}

/** Waits until every panel has settled (shown, unavailable or failed). */
export async function settled(page: Page, timeout = 15000): Promise<void> {
  await page.waitForFunction(() => {
    const panels = Array.from(document.querySelectorAll('.panel'));
    return panels.length === 4 && panels.every(p => p.getAttribute('data-state') !== 'loading');
  }, undefined, { timeout });
}

export async function panelText(page: Page, service: string): Promise<string> {
  return (await page.textContent(`.panel[data-service="${service}"]`)) ?? '';
}

/** The GraphQL operation name of an intercepted request (PanelSal, PanelSut, Lote …). */
export function operationOf(postData: string | null): string {
  try {
    return (JSON.parse(postData ?? '{}') as { query?: string }).query?.match(/^\s*query\s+(\w+)/)?.[1] ?? '';
  } catch {
    return '';
  }
}

/** A new state at desk and phone width: axe-core at both, a screenshot of each (name, name-telefono). */
export async function deskAndPhone(page: Page, name: string, state: string): Promise<void> {
  await expectAccessible(page, state);
  await shot(page, name);
  await page.setViewportSize(PHONE);
  await expectAccessible(page, `${state} (teléfono)`);
  await shot(page, `${name}-telefono`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize(DESK);
}
