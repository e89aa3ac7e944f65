import { expectAccessible } from './support';
import { consult, deskAndPhone, openWindow, operationOf, settled, type Window } from './ventanilla-steps';

// Finding the citizen and never showing the previous one: RUC, cédula, pasted text, credential code,
// request reference; the dossier goes the moment the field changes, on "Nueva atención" and when idle.

describe('/ventanilla: find and a clean screen between citizens', () => {
  let w: Window;
  beforeAll(async () => {
    w = await openWindow();
  });
  afterAll(async () => w?.close());

  test('no red error while typing: the verdict waits for 13 digits or Enter', async () => {
    const { page } = w;
    await page.fill('#ruc', '');
    await page.type('#ruc', '17600');
    expect(await page.getAttribute('#ruc-message', 'class')).not.toMatch(/error/);
    expect(await page.textContent('#ruc-message')).toBe('');
    await page.press('#ruc', 'Enter');
    await page.waitForSelector('#ruc-message.error');
    expect(await page.textContent('#ruc-message')).toMatch(/13 dígitos o una cédula de 10/);
    await expectAccessible(page, 'número incompleto tras Enter');
  });

  test('the previous dossier goes the moment the RUC changes, and under an invalid RUC', async () => {
    const { page } = w;
    await consult(page, '1760001630001');
    await settled(page);
    await page.press('#ruc', 'Backspace');
    expect(await page.locator('.panel').count()).toBe(0);
    expect(await page.locator('#dossier-title').count()).toBe(0);
    await page.type('#ruc', '0');
    await page.waitForSelector('#ruc-message.error');
    expect(await page.textContent('#ruc-message')).toMatch(/establecimiento/);
    expect(await page.locator('.panel').count()).toBe(0);
    await deskAndPhone(page, 'ventanilla-ruc-cambiado', 'RUC cambiado');
  });

  test('"Nueva atención" clears the dossier and the field', async () => {
    const { page } = w;
    await consult(page, '1791234561001');
    await settled(page);
    await page.waitForSelector('#announce:has-text("Expediente del RUC 1791234561001 listo.")');
    await page.click('#new-attention');
    expect(await page.locator('.panel').count()).toBe(0);
    expect(await page.inputValue('#ruc')).toBe('');
    expect(await page.textContent('#announce')).toBe(''); // the live region stays in the page: it must not keep naming the citizen
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ruc');
  });

  test('a pasted "RUC: 1760-001630-001" is cleaned before it is checked', async () => {
    const { page } = w;
    await page.fill('#ruc', '');
    await page.focus('#ruc');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: w.stack.baseUrl });
    await page.evaluate(() => navigator.clipboard.writeText('RUC: 1760-001630-001 '));
    await page.keyboard.press('Control+V');
    await page.waitForSelector('#ruc-message.ok');
    expect(await page.inputValue('#ruc')).toBe('1760001630001');
    await page.fill('#ruc', '');
    await page.keyboard.insertText('RUC: 1760-001630-001 ');
    await page.press('#ruc', 'Enter');
    await settled(page);
    expect(await page.getAttribute('#dossier-title', 'id')).toBe('dossier-title');
    expect(await page.textContent('.dossier-header')).toMatch(/RUC 1760001630001/);
  });

  test('a cédula finds the natural person (RUC = cédula + 001) and the header shows name and cédula', async () => {
    const { page } = w;
    await consult(page, '1712345675');
    await settled(page);
    expect(await page.textContent('#ruc-message')).toMatch(/Cédula válida: RUC 1712345675001/);
    expect(await page.textContent('#dossier-title')).toBe('Ana Lucía Pérez Játiva');
    expect(await page.textContent('.dossier-header')).toMatch(/Persona natural.*Cédula 1712345675/);
    await expectAccessible(page, 'encontrado por cédula');
    await consult(page, '1712345674');
    await page.waitForSelector('#ruc-message.error');
    expect(await page.locator('.panel').count()).toBe(0);
    await deskAndPhone(page, 'ventanilla-cedula-invalida', 'cédula inválida');
  });

  test('a trainer credential code finds its trainer', async () => {
    const { page } = w;
    await consult(page, 'cap-7k2m9-qx4tr-z');
    await settled(page);
    expect(await page.textContent('.dossier-header')).toMatch(/RUC 1712345675001/);
    expect(await page.textContent('#ruc-message')).toBe('Encontrado: RUC 1712345675001.');
    await expectAccessible(page, 'encontrado por código de credencial');
    await consult(page, 'CAP-00000-00000-0');
    await page.waitForSelector('#ruc-message.error');
    expect(await page.textContent('#ruc-message')).toMatch(/No existe una credencial|credencial/);
    expect(await page.getAttribute('#ruc', 'aria-invalid')).toBe('true');
    await deskAndPhone(page, 'ventanilla-credencial-inexistente', 'código de credencial inexistente');
  });

  test('a Quipux number finds the RUC that filed it', async () => {
    const { page } = w;
    // The lookup held for a moment: "Buscando la solicitud…" is itself a state the clerk sees.
    let release: () => void = () => undefined;
    const held = new Promise<void>(resolve => (release = resolve));
    await page.route('**/graphql', async route => {
      if (operationOf(route.request().postData()) === 'Referencia') await held;
      await route.continue().catch(() => undefined);
    });
    await consult(page, 'MDT-DMVTH-2026-0412-E');
    await page.waitForSelector('#ruc-message:has-text("Buscando la solicitud…")');
    await expectAccessible(page, 'buscando un número Quipux');
    release();
    await page.waitForFunction(() => /Encontrado|No se encontró/.test(document.getElementById('ruc-message')?.textContent ?? ''));
    await page.unroute('**/graphql');
    expect(await page.textContent('#ruc-message')).toMatch(/Encontrado: RUC 1760001630001/);
    await settled(page);
    await expectAccessible(page, 'encontrado por número Quipux');
    await consult(page, 'MDT-DMVTH-2026-9999-E');
    await page.waitForSelector('#ruc-message.error');
    expect(await page.textContent('#ruc-message')).toBe('No se encontró ninguna solicitud con la referencia MDT-DMVTH-2026-9999-E.');
    expect(await page.locator('.panel').count()).toBe(0);
    await deskAndPhone(page, 'ventanilla-quipux-inexistente', 'número Quipux inexistente');
    await consult(page, '5a700000-0000-4000-8000-000000000001');
    await page.waitForSelector('#ruc-message:has-text("Encontrado: RUC 1760001630001")');
  });

  test('after the idle time of the session the citizen’s data is cleared', async () => {
    const { page, stack } = w;
    await page.route('**/auth/sesion', route =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ subject: 'ventanilla:ventanilla', user: 'ventanilla', office: 'Quito, Regional 2', role: 'front-office', expiresAt: new Date(Date.now() + 3600_000).toISOString(), idleSeconds: 2 }) }),
    );
    await page.reload();
    await page.waitForSelector('#app:not([hidden])');
    expect(await page.textContent('#clerk')).toMatch(/ventanilla · Quito, Regional 2/);
    await consult(page, '1760001630001');
    await settled(page);
    await page.waitForFunction(() => document.querySelectorAll('.panel').length === 0, undefined, { timeout: 5000 });
    expect(await page.inputValue('#ruc')).toBe('');
    expect(await page.textContent('#ruc-message')).toMatch(/inactividad/);
    await expectAccessible(page, 'limpiado por inactividad');
    await page.unroute('**/auth/sesion');
    void stack;
  });
});
