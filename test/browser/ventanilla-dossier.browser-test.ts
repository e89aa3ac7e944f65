import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { JPEG, PDF, upload } from '../support/files';
import { naturalPersonRucs } from '../support/ruc-factory';
import { expectAccessible, launchChromium, newPage, shot, signIn } from './support';
import { consult, deskAndPhone, openWindow, panelText, settled, type Window } from './ventanilla-steps';

// What the window shows of one citizen (point 6): who they are, each service's details, documents and
// history, and a next step computed from state and dates; in Spanish whatever the browser's language,
// and printable.

const CLERK = { role: 'front-office', subject: 'ventanilla-quito-01' } as const;
const REVIEWER = { role: 'reviewer', subject: 'dmvth-analista' } as const;

describe('/ventanilla: the dossier of one citizen', () => {
  let w: Window;
  const [unknown, recovering] = naturalPersonRucs(2, 8800);
  beforeAll(async () => {
    w = await openWindow();
    const submit = 'mutation ($input: SubmitSystemKeyRecoveryInput!) { submitSystemKeyRecovery(input: $input) { id } }';
    const input = { requesterRuc: recovering, system: 'SALARIOS_EN_LINEA', channel: 'TELEFONICA', callerPhone: '0991234567', contactEmail: 'nomina@ejemplo.ec', documents: [upload('RUC_CERTIFICATE', 'ruc.pdf', PDF), upload('SIGNED_REQUEST', 'solicitud-firmada.jpg', JPEG)] };
    const submitted = await w.stack.queryAs(CLERK, submit, { input });
    expect(submitted.errors).toBeUndefined();
    const resolved = await w.stack.queryAs(REVIEWER, 'mutation ($id: String!) { resolveSystemKeyRecovery(id: $id) { status } }', { id: submitted.data!.submitSystemKeyRecovery.id });
    expect(resolved.errors).toBeUndefined();
  });
  afterAll(async () => w?.close());

  test('SAL and SUT: the key’s e-mail and sign-in state; the recovery’s contact e-mail, resolution date and an expired link said as expired', async () => {
    const { page } = w;
    await consult(page, '1760001630001');
    await settled(page);
    const sal = await panelText(page, 'sal');
    expect(sal).toMatch(/Correo de la clavemaria\.andrade@demostracion\.gob\.ec/);
    expect(sal).toMatch(/Estado de ingresosin bloqueo/);
    expect(sal).toMatch(/Último ingresonunca/);
    const sut = await panelText(page, 'sut');
    expect(sut).toMatch(/Correo de contactotalento\.humano@demostracion\.gob\.ec/);
    expect(sut).toMatch(/Resuelta16 jul 2026/);
    expect(sut).toMatch(/venció el 17 jul 2026/);
    expect(sut).not.toMatch(/Regenerar la clave con el enlace/);
  });

  test('SAL key states: locked until an hour, must change the password, the last sign-in with its date', async () => {
    const { page, stack } = w;
    const key = '5a1d0000-0000-4000-8000-000000000002'; // demo: María Fernanda Andrade Ruiz's active key
    const setKey = (set: string) => stack.adminQuery(`UPDATE "sal".access_key SET ${set} WHERE id = $1 RETURNING locked_until`, [key]);
    try {
      const [{ locked_until: until }] = await setKey(`locked_until = date_trunc('minute', now()) + interval '2 hours', failed_attempts = 5, last_sign_in_at = '2026-11-30T14:05:00Z'`);
      await consult(page, '1760001630001');
      await settled(page);
      let sal = await panelText(page, 'sal');
      expect(sal).toContain(`Estado de ingresobloqueada hasta ${ecuadorDateTime(until)}`);
      expect(sal).toMatch(/Último ingreso30 nov 2026, 09:05/);
      expect(sal).toContain(`Siguiente paso: Ingreso bloqueado por intentos fallidos hasta ${ecuadorDateTime(until)}: esperar a esa hora o recuperar la contraseña con el código enviado a maria.andrade@demostracion.gob.ec.`);
      await deskAndPhone(page, 'ventanilla-sal-bloqueada', 'clave SAL bloqueada');

      // A lock that has passed is no lock: the temporary password still has to be changed.
      await setKey(`locked_until = now() - interval '1 minute', must_change_password = true`);
      await page.click('#new-attention');
      await consult(page, '1760001630001');
      await settled(page);
      sal = await panelText(page, 'sal');
      expect(sal).not.toMatch(/bloquead/);
      expect(sal).toMatch(/Estado de ingresodebe cambiar la contraseña/);
      expect(sal).toMatch(/Siguiente paso: El titular debe cambiar la contraseña en su próximo ingreso\./);
      expect(sal).toMatch(/Último ingreso30 nov 2026, 09:05/);
      await expectAccessible(page, 'clave SAL: debe cambiar la contraseña');
    } finally {
      await setKey('locked_until = NULL, failed_attempts = 0, must_change_password = false, last_sign_in_at = NULL');
      await page.click('#new-attention');
    }
  });

  test('IESS: legal representative and ID, the turno’s date and hour, the originals to bring (artisan qualification included); trainer name and MDT resolution', async () => {
    // The demo turno is on 26 nov 2026: the page's clock is set before it (and then after it), so the
    // next step is checked on both sides of that date whatever day the suite runs.
    const { context, page } = await newPage(w.browser);
    try {
      await page.clock.setFixedTime(new Date('2026-11-24T12:00:00-05:00'));
      await signIn(page, w.stack.baseUrl);
      await expectIessAndTrainerPanels(page);
      await page.clock.setFixedTime(new Date('2026-11-27T09:00:00-05:00'));
      await consult(page, '1791234561001');
      await settled(page);
      await consult(page, '1712345675001');
      await settled(page);
      expect(await panelText(page, 'iess')).toMatch(/Siguiente paso: El turno del 26 nov 2026, 10:00 ya pasó: generar un nuevo turno en línea/);
    } finally {
      await context.close();
    }
  });

  async function expectIessAndTrainerPanels(page: Page) {
    await consult(page, '1712345675001');
    await settled(page);
    const iess = await panelText(page, 'iess');
    expect(iess).toMatch(/Representante legalAna Lucía Pérez Játiva \(Cédula de identidad 1712345675\)/);
    expect(iess).toMatch(/Turno26 nov 2026, 10:00 en Centro de Atención Universal Quito Norte/);
    expect(iess).toMatch(/Acudir al turno del 26 nov 2026, 10:00 .*cédula original vigente del representante legal.*calificación artesanal/);
    const trainers = await panelText(page, 'trainers');
    expect(trainers).toMatch(/CapacitadorAna Lucía Pérez Játiva/);
    expect(trainers).toMatch(/Resolución MDTMDT-DCRCO-2026-0187-R del 19 jun 2026/);
    expect(trainers).toMatch(/Retirar la credencial en Av\. Amazonas/);
    await deskAndPhone(page, 'ventanilla-persona-natural', 'expediente de persona natural');
  }

  test('a RUC no service knows says what to do first, per service', async () => {
    const { page } = w;
    await consult(page, unknown);
    await settled(page);
    expect(await panelText(page, 'iess')).toMatch(/Siguiente paso: Registrarse primero como empleador/);
    expect(await panelText(page, 'sal')).toMatch(/solo para instituciones públicas/);
    expect(await panelText(page, 'trainers')).toMatch(/Si está calificado por el MDT como capacitador independiente/);
    expect(await panelText(page, 'sut')).toMatch(/solicitud de recuperación firmada y RUC vigente/);
    expect(await page.textContent('#dossier-title')).toBe('Sin nombre registrado en los servicios que respondieron');
    await deskAndPhone(page, 'ventanilla-ruc-desconocido', 'RUC desconocido');
  });

  test('a request lists its documents and status history; a fresh link gives its deadline', async () => {
    const { page } = w;
    await consult(page, recovering);
    await settled(page);
    const sut = await panelText(page, 'sut');
    expect(sut).toMatch(/Regenerar la clave con el enlace enviado a nomina@ejemplo\.ec antes de/);
    await page.click('.panel[data-service="sut"] details.documents summary');
    await page.click('.panel[data-service="sut"] details.history summary');
    expect(await page.locator('.panel[data-service="sut"] details.documents button').count()).toBe(2);
    expect(await page.textContent('.panel[data-service="sut"] details.history')).toMatch(/Recibida → Atendida \(correo de recuperación enviado\) · dmvth-analista/);
    await deskAndPhone(page, 'ventanilla-documentos-historial', 'documentos e historial');
  });

  test('"Descargar" fetches the document only then and saves it', async () => {
    const { page } = w;
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), page.click('.panel[data-service="sut"] details.documents button >> nth=0')]);
    expect(download.suggestedFilename()).toBe('ruc.pdf');
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('"Imprimir constancia" downloads the gateway’s PDF', async () => {
    const { page } = w;
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), page.click('.dossier-header button:has-text("Imprimir constancia")')]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^constancia-${recovering}.*\\.pdf$`));
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('the print stylesheet keeps the header and panels and drops the buttons', async () => {
    const { page } = w;
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.dossier-header')).toBe(true);
    expect(await page.isVisible('.panel[data-service="iess"]')).toBe(true);
    expect(await page.isVisible('#ruc-form')).toBe(false);
    expect(await page.locator('.panel button:visible, .dossier-header button:visible').count()).toBe(0);
    await shot(page, 'ventanilla-impresion');
    await page.emulateMedia({ media: 'screen' });
  });

  test('Chromium in English still shows only Spanish: own messages, no native bubbles', async () => {
    const browser = await launchChromium('en-US');
    try {
      const { page } = await newPage(browser, { language: 'en-US' });
      await page.goto(`${w.stack.baseUrl}/ventanilla`);
      await page.click('#login-form button[type=submit]');
      expect(await page.textContent('#login-error')).toBe('Escriba su usuario.');
      expect(await page.evaluate(() => (document.getElementById('user') as HTMLInputElement).validationMessage)).toBe('');
      await expectAccessible(page, 'ingreso en Chromium en inglés');
      await signIn(page, w.stack.baseUrl);
      await consult(page, '1712345675001');
      await settled(page);
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).not.toMatch(/\b(Please|Choose file|No file chosen|Loading|Error|Retry|Submit)\b/);
      expect(text).toMatch(/26 nov 2026/);
      await expectAccessible(page, 'expediente en Chromium en inglés');
      await shot(page, 'ventanilla-chromium-en');
    } finally {
      await browser.close();
    }
  });
});

const MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];

/** "30 nov 2026, 09:05": Ecuador's hour (UTC−5, no daylight saving), written out here rather than asked of Intl. */
function ecuadorDateTime(instant: Date): string {
  const local = new Date(instant.getTime() - 5 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}, ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}
