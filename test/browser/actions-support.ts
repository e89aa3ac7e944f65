import type { Page } from 'playwright-core';

// Keyboard-only driving of the window's action forms: Tab to a control by its accessible name, type,
// choose options with the arrow keys, pick files through the Spanish button, confirm with Enter.

/**
 * The focused element's name, roughly as assistive technology reads it. Focus on no control (the page's
 * <body>) reads as NO_FOCUS, never as the body's text: that text contains every button's name, so a Tab
 * that fell off the page would otherwise "reach" whatever control was asked for.
 */
export const NO_FOCUS = '(ningún control enfocado)';
const FOCUSED = `(() => {
  const a = document.activeElement;
  if (!a || a === document.body || a === document.documentElement) return ${JSON.stringify(NO_FOCUS)};
  const by = a.getAttribute('aria-labelledby');
  if (by) return by.split(' ').map(id => document.getElementById(id)?.textContent ?? '').join(' ');
  return a.getAttribute('aria-label') || (a.labels && a.labels[0] ? a.labels[0].textContent : '') || a.textContent || '';
})()`;

export async function focusedName(page: Page): Promise<string> {
  return ((await page.evaluate(FOCUSED)) as string).replace(/\s+/g, ' ').trim();
}

/** Presses Tab (or Shift+Tab) until the focused control's name matches. */
export async function tabTo(page: Page, name: string | RegExp, options: { back?: boolean; max?: number } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 200); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current.includes(name) : name.test(current)) return;
    seen.push(current);
  }
  throw new Error(`Tab no llegó a "${name}"; pasó por: ${seen.slice(-40).map(seenName => seenName.slice(0, 80)).join(' | ')}`);
}

/** Tab to a field and type into it. */
export async function typeIn(page: Page, name: string | RegExp, text: string): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.type(text);
}

/** With a <select> focused, ArrowDown until the chosen option's text contains `text`. */
export async function chooseOption(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const chosen = await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions?.[0]?.text ?? '');
    if (chosen.includes(text)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No hay una opción "${text}"`);
}

/** Waits until the focused <select> has more than its placeholder option (loaded from the API). */
export async function waitForOptions(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, name);
  await page.waitForFunction(() => ((document.activeElement as HTMLSelectElement).options?.length ?? 0) > 1);
}

const intercepting = new WeakSet<Page>();

/** Tab to a file picker's button, press Enter and give the chooser the file. */
export async function pickFile(page: Page, name: string | RegExp, fileName: string, buffer: Buffer, mimeType = 'application/pdf'): Promise<void> {
  // Playwright turns the chooser interception on and off as "filechooser" listeners come and go, without
  // waiting: an Enter pressed meanwhile opens a real chooser, and Chromium then refuses every later one.
  // One listener for the page's whole life keeps the interception on.
  if (!intercepting.has(page)) {
    intercepting.add(page);
    page.on('filechooser', () => undefined);
  }
  await tabTo(page, name);
  const press = async () => {
    const opened = page.waitForEvent('filechooser', { timeout: 5000 });
    await page.keyboard.press('Enter');
    return opened;
  };
  // Chromium now and then drops a chooser opened right after another; one more Enter then opens it.
  const chooser = await press().catch(press).catch(async () => {
    throw new Error(`Enter no abrió el selector de archivos; foco en "${await focusedName(page)}"`);
  });
  await chooser.setFiles({ name: fileName, mimeType, buffer });
  await page.waitForFunction(() => /Elegido:/.test(document.getElementById(document.activeElement?.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent ?? ''));
}

/** Types a RUC in the consult field (keyboard) and waits until every panel has answered (each loads on its own). */
export async function consult(page: Page, ruc: string): Promise<void> {
  await page.focus('#ruc');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(ruc);
  await page.keyboard.press('Enter');
  await page.waitForFunction(expected => document.querySelector('#summary')?.textContent?.includes(expected), ruc);
  await panelsReady(page);
}

/** Waits until all four panels have finished loading (data-state other than "loading"). */
export async function panelsReady(page: Page, service?: string): Promise<void> {
  await page.waitForFunction(only => {
    const panels = Array.from(document.querySelectorAll<HTMLElement>(only ? `.panel[data-service="${only}"]` : '.panel'));
    return panels.length === (only ? 1 : 4) && panels.every(p => p.dataset.state && p.dataset.state !== 'loading');
  }, service, { timeout: 15000 });
}

/** The open confirmation dialog's text, after checking focus is inside it. */
export async function dialogText(page: Page): Promise<string> {
  await page.waitForSelector('dialog.action-dialog[open]');
  expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
  return (await page.textContent('dialog.action-dialog[open]')) ?? '';
}

/** Confirms with the keyboard (focus starts on "Confirmar") and waits for the dialog to go. */
export async function confirmWithEnter(page: Page): Promise<void> {
  expect(await focusedName(page)).toBe('Confirmar');
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.action-dialog', { state: 'detached' });
}

/** The text of a field's error line, found by the field's label. */
export async function fieldError(page: Page, label: string): Promise<{ message: string; invalid: boolean }> {
  return page.evaluate(text => {
    const labelNode = Array.from(document.querySelectorAll('.action-form label, .action-form .label')).find(l => (l.textContent ?? '').includes(text));
    const box = labelNode?.closest('.field');
    const control = box?.querySelector('[aria-invalid], input:not([hidden]), select, textarea, button');
    return { message: box?.querySelector('.field-error')?.textContent ?? '', invalid: control?.getAttribute('aria-invalid') === 'true' };
  }, label);
}

/** Puts a token (e.g. a reviewer's) in this tab's session and reloads the window. */
export async function useToken(page: Page, baseUrl: string, token: string): Promise<void> {
  await page.goto(`${baseUrl}/ventanilla`);
  // The page first asks GET /auth/sesion about the token it holds; if that one is no longer valid (e.g. the
  // server's clock was moved), the answer ends the session and clears the storage: let it land first.
  await page.waitForSelector('#app:not([hidden]), #login:not([hidden])');
  await page.evaluate(value => sessionStorage.setItem('llavero.token', value), token);
  await page.reload();
  await page.waitForSelector('#app:not([hidden])');
}
