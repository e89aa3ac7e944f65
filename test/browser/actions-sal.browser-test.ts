import type { Browser, Page } from 'playwright-core';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { JPEG, PDF, XLSX, upload } from '../support/files';
import { signedPdf, testSignatures } from '../support/signed-pdf';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { confirmWithEnter, consult, dialogText, fieldError, focusedName, tabTo, useToken } from './actions-support';
import { expectAccessible, launchChromium, newPage, shot, signIn } from './support';

// Point 7, SAL (seed 000): only a reviewer decides a UATH key request; a front-office clerk sees no
// "Aprobar" or "Cerrar con observaciones". The reviewer closes one with observations, keyboard-only.

const RUC = '1768152560001'; // a public entity
const ANA = { cedula: '1710034065', names: 'Ana María Torres Vela', email: 'ana.torres@senescyt-demo.gob.ec' };
const DECISIONS = /^(Aprobar|Cerrar con observaciones)$/;

describe('/ventanilla actions: SAL key request decisions', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    const clerk = { role: 'front-office', subject: 'uath-ventanilla' } as const;
    await stack.queryAs(clerk, `mutation { registerSalInstitution(input: { ruc: "${RUC}", name: "Secretaría de Demostración Senescyt", governmentFunction: EJECUTIVA }) { ruc } }`);
    const submitted = await stack.queryAs(clerk, 'mutation ($input: SubmitSalKeyRequestInput!) { submitSalKeyRequest(input: $input) { id } }', {
      input: {
        institutionRuc: RUC,
        kind: 'CREATION',
        requester: ANA,
        holder: ANA,
        uathAppointment: 'DESIGNATED_BY_MAXIMA_AUTORIDAD',
        requestedAccessDate: addWorkingDays(ecuadorToday(), 3),
        documents: [
          upload('REQUEST_FORM', 'formulario-claves.xlsx', XLSX),
          upload('ELEARNING_CERTIFICATE', 'certificado-elearning.pdf', PDF),
          upload('APPOINTMENT_DOCUMENT', 'accion-personal.jpg', JPEG),
          upload('DELEGATION', 'delegacion-maxima-autoridad.pdf', await signedPdf(testSignatures().signer)),
        ],
      },
    });
    expect(submitted.errors).toBeUndefined();
    browser = await launchChromium();
    ({ page } = await newPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  test('a front-office clerk sees the request but no decision', async () => {
    await signIn(page, stack.baseUrl);
    await consult(page, RUC);
    expect(await page.textContent('.panel[data-service="sal"]')).toMatch(/En revisión\s*Solicitud de creación/);
    expect(await page.locator('.panel[data-service="sal"] button', { hasText: DECISIONS }).count()).toBe(0);
  });

  test('a reviewer closes it with observations keyboard-only; the observations are required, in Spanish', async () => {
    await useToken(page, stack.baseUrl, await stack.issuer.token({ role: 'reviewer', subject: 'dmvth-revisora' }));
    await consult(page, RUC);
    expect(await page.$$eval('.panel[data-service="sal"] .action-button', nodes => nodes.map(n => n.textContent))).toEqual(['Aprobar', 'Cerrar con observaciones']);
    await page.focus('#ruc');
    await tabTo(page, 'Cerrar con observaciones');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Observaciones');
    await tabTo(page, 'Cerrar con observaciones', { max: 2 });
    await page.keyboard.press('Enter');
    expect(await fieldError(page, 'Observaciones')).toEqual({ message: 'Escriba las observaciones que recibirá la institución.', invalid: true });
    expect(await focusedName(page)).toBe('Observaciones');
    await expectAccessible(page, 'revisor SAL: observaciones vacías');
    await shot(page, 'acciones-sal-revisor-error');
    await page.keyboard.type('La delegación no corresponde a la Máxima Autoridad vigente.');
    await tabTo(page, 'Cerrar con observaciones', { max: 2 });
    await page.keyboard.press('Enter');
    expect(await dialogText(page)).toMatch(/¿Cerrar la solicitud con observaciones\?.*Solicitud\s*Creación de clave.*La delegación no corresponde/s);
    await expectAccessible(page, 'revisor SAL: confirmación');
    await shot(page, 'acciones-sal-revisor-confirmacion');
    await confirmWithEnter(page);
    await page.waitForFunction(() => /Cerrada con observaciones/.test(document.querySelector('.panel[data-service="sal"]')?.textContent ?? ''));
    expect(await page.locator('.panel[data-service="sal"] button', { hasText: DECISIONS }).count()).toBe(0);
  });
});
