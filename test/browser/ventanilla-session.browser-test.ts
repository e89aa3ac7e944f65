import { expectAccessible } from './support';
import { consult, deskAndPhone, openWindow, settled, type Window } from './ventanilla-steps';

// The clerk's session: who is signed in, an expired or revoked token ends it once and cleanly (the
// citizen's data cleared), and the gateway's sign-in throttle is shown in Spanish.

describe('/ventanilla: the clerk’s session', () => {
  let w: Window;
  beforeAll(async () => {
    w = await openWindow();
  });
  afterAll(async () => w?.close());

  test('the header names the signed-in clerk and office', async () => {
    const { page } = w;
    expect(await page.isVisible('#clerk')).toBe(true);
    expect(await page.textContent('#clerk')).toBe('ventanilla · Regional 2 Quito');
    await expectAccessible(page, 'sesión iniciada');
  });

  test('an expired token sends the clerk to sign-in once, with one message, and clears the citizen’s data', async () => {
    const { page } = w;
    await consult(page, '1760001630001');
    await settled(page);
    await page.evaluate(() => sessionStorage.setItem('llavero.token', 'vencido.vencido.vencido'));
    let graphqlCalls = 0;
    page.on('request', request => {
      if (request.url().endsWith('/graphql')) graphqlCalls += 1;
    });
    await consult(page, '1791234561001');
    await page.waitForSelector('#login:not([hidden])');
    await page.waitForTimeout(1500);
    expect(await page.isVisible('#app')).toBe(false);
    expect(await page.textContent('#login-error')).toBe('Su sesión venció o fue cerrada: ingrese de nuevo. Los datos del ciudadano se borraron de la pantalla.');
    expect(await page.locator('.panel, .dossier-header').count()).toBe(0);
    expect(await page.inputValue('#ruc')).toBe('');
    expect(graphqlCalls).toBeLessThanOrEqual(4);
    expect(await page.evaluate(() => sessionStorage.getItem('llavero.token'))).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('user');
    await deskAndPhone(page, 'ventanilla-sesion-vencida', 'sesión vencida');
    await page.fill('#user', 'ventanilla');
    await page.fill('#password', 'llavero-demo');
    await page.press('#password', 'Enter');
    await page.waitForSelector('#app:not([hidden])');
    expect(await page.locator('.panel').count()).toBe(0);
  });

  test('a token revoked elsewhere while the page is open: the next consult sends the clerk to sign-in once, cleanly', async () => {
    const { page, stack } = w;
    await consult(page, '1760001630001');
    await settled(page);
    const token = await page.evaluate(() => sessionStorage.getItem('llavero.token'));
    // The same token signed out from elsewhere (another tab, an administrator): POST /auth/salir with it.
    const signOut = await fetch(`${stack.baseUrl}/auth/salir`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}' });
    expect(signOut.status).toBe(204);
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    page.on('pageerror', onError);
    await page.evaluate(() => {
      const said: string[] = ((window as unknown as { loginMessages: string[] }).loginMessages = []);
      new MutationObserver(() => said.push(document.getElementById('login-error')?.textContent ?? '')).observe(document.getElementById('login-error')!, { childList: true, characterData: true, subtree: true });
    });
    try {
      await consult(page, '1791234561001');
      await page.waitForSelector('#login:not([hidden])');
      await page.waitForTimeout(1500); // every panel's 401 has come back by now
      expect(await page.evaluate(() => (window as unknown as { loginMessages: string[] }).loginMessages.filter(Boolean))).toEqual([
        'Su sesión venció o fue cerrada: ingrese de nuevo. Los datos del ciudadano se borraron de la pantalla.',
      ]);
      expect(await page.isVisible('#app')).toBe(false);
      expect(await page.locator('.panel, .dossier-header, dialog[open]').count()).toBe(0);
      expect(await page.inputValue('#ruc')).toBe('');
      expect(await page.textContent('#announce')).not.toMatch(/1791234561001|1760001630001/);
      expect(await page.evaluate(() => sessionStorage.getItem('llavero.token'))).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('user');
      expect(errors).toEqual([]);
      await expectAccessible(page, 'sesión cerrada desde otro lugar');
    } finally {
      page.off('pageerror', onError);
    }
    await page.fill('#user', 'ventanilla');
    await page.fill('#password', 'llavero-demo');
    await page.press('#password', 'Enter');
    await page.waitForSelector('#app:not([hidden])');
    await consult(page, '1760001630001');
    await settled(page);
    expect(await page.getAttribute('.panel[data-service="sal"]', 'data-state')).toBe('ready'); // a new token, not the revoked one
  });

    test('"Cerrar sesión" revokes the token: it no longer opens a dossier', async () => {
    const { page, stack } = w;
    const token = await page.evaluate(() => sessionStorage.getItem('llavero.token'));
    await page.click('#logout');
    await page.waitForSelector('#login:not([hidden])');
    expect(await page.textContent('#login-error')).toBe('Sesión cerrada.');
    const response = await fetch(`${stack.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ taxpayer(ruc: "1760001630001") { ruc } }' }),
    });
    expect(response.status).toBe(401);
  });

  test('the sign-in throttle answers in Spanish, and the page shows it', async () => {
    const { page } = w;
    await page.goto(`${w.stack.baseUrl}/ventanilla`);
    let message = '';
    for (let attempt = 0; attempt < 15 && !/intentos|espere/i.test(message); attempt++) {
      await page.fill('#user', 'ventanilla');
      await page.fill('#password', `equivocada-${attempt}`);
      await page.press('#password', 'Enter');
      await page.waitForFunction(() => document.getElementById('login-status')?.textContent === '');
      await page.waitForFunction(() => (document.getElementById('login-error')?.textContent ?? '') !== '');
      message = (await page.textContent('#login-error')) ?? '';
    }
    expect(message).toMatch(/intentos|espere/i);
    expect(message).not.toMatch(/Too Many|Error/);
    await deskAndPhone(page, 'ventanilla-ingreso-limitado', 'ingreso limitado');
  });
});
