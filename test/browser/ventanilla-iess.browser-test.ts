import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { windowClock } from '../../subgraphs/iess/window-clock';
import { JPEG, PDF, upload } from '../support/files';
import type { TokenRequest } from '../support/tokens';
import { consult, deskAndPhone, openWindow, panelText, settled, type Window } from './ventanilla-steps';

// A presencial clave patronal with a third party and an attorney, followed through the window: who is
// authorised, whether the legal area validated the power, who picked the key up and when.

const CLERK = { role: 'front-office', subject: 'ventanilla-quito-07' } as const;
const REVIEWER = { role: 'reviewer', subject: 'revisora-iess-2' } as const;
const RUC = '1790085783001';
const slot = (hour: number) => new Date(`${addWorkingDays(ecuadorToday(), 2)}T${String(hour + 5).padStart(2, '0')}:00:00Z`).toISOString();

describe('/ventanilla: an IESS turno with a third party and an attorney', () => {
  let w: Window;
  let requestId = '';
  const ok = async (who: TokenRequest, query: string, variables: Record<string, unknown> = {}) => {
    const response = await w.stack.queryAs(who, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  beforeAll(async () => {
    w = await openWindow();
    await ok(CLERK, 'mutation ($input: RegisterIessEmployerInput!) { registerIessEmployer(input: $input) { ruc } }', {
      input: { ruc: RUC, businessName: 'Importadora Andina Demo Cía. Ltda.', sectorCode: 'PRIVADO', email: 'gerencia@andina-demo.ec', legalRepresentative: { names: 'John Michael Carter', idType: 'PASSPORT', idNumber: 'P-48392' } },
    });
    const sent = await ok(CLERK, 'mutation { requestIessAppointmentCode(input: { cedula: "1710034065", email: "gerencia@andina-demo.ec", mobile: "0991234567" }) { verificationId } }');
    const [mail] = await w.stack.dataSources.iess.query(`SELECT body FROM outbox_message WHERE recipient = 'gerencia@andina-demo.ec' ORDER BY created_at DESC LIMIT 1`);
    const booked = await ok(CLERK, 'mutation ($i: BookIessAppointmentInput!) { bookIessAppointment(input: $i) { id } }', {
      i: { verificationId: sent.requestIessAppointmentCode.verificationId, code: /código de verificación es (\d{6})/.exec(mail.body)![1], employerRuc: RUC, province: 'Pichincha', agencyCode: 'cau-quito-norte', startsAt: slot(10) },
    });
    requestId = booked.bookIessAppointment.id;
    jest.spyOn(windowClock, 'now').mockReturnValue(new Date(Date.parse(slot(10)) + 60_000));
    await ok(CLERK, 'mutation ($i: AttendIessAppointmentInput!) { attendIessAppointment(input: $i) { id } }', {
      i: {
        requestId, handwrittenSignatures: true, representativeIdValidUntil: '2099-12-31',
        documents: [upload('RUC', 'ruc-andina.pdf', PDF), upload('SIGNED_REQUEST', 'solicitud.pdf', PDF), upload('FOREIGN_ID_DOCUMENT', 'pasaporte.jpg', JPEG), upload('SIGNED_AGREEMENT', 'acuerdo.pdf', PDF)],
        thirdParty: { names: 'María Yánez', idType: 'PASSPORT', idNumber: 'X12345', authorisedInSolicitud: true, idValidUntil: '2099-12-31' },
        powerOfAttorney: { notarialNumber: '20261701001P04521', attorneyNames: 'Andrés Felipe Salas Ortiz', attorneyIdType: 'VISA', attorneyIdNumber: 'AB123', attorneyIdValidUntil: '2099-12-31' },
      },
    });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await w?.close();
  });

  test('attended, power not yet validated: third party, attorney and what the legal area must do', async () => {
    const { page } = w;
    await consult(page, RUC);
    await settled(page);
    const iess = await panelText(page, 'iess');
    expect(iess).toMatch(/Representante legalJohn Michael Carter \(Pasaporte vigente P-48392\)/);
    expect(iess).toMatch(/Tercero autorizadoMaría Yánez \(Pasaporte X12345\)/);
    expect(iess).toMatch(/ApoderadoAndrés Felipe Salas Ortiz \(Visa AB123\); poder 20261701001P04521/);
    expect(iess).toMatch(/Poder validado por el área jurídicano, pendiente/);
    expect(iess).toMatch(/Siguiente paso: El área jurídica de la Dirección Provincial valida y sella el poder notarial de Andrés Felipe Salas Ortiz/);
    expect(await page.locator(`.panel[data-service="iess"] .item[data-id="${requestId}"]`).count()).toBe(1);
    expect(iess).toMatch(/Solicitud de entrega de clave.*: Descargar solicitud\.pdf/);
    await deskAndPhone(page, 'ventanilla-iess-apoderado', 'IESS con apoderado');
  });

  test('validated, approved and delivered to the attorney: who picked the key up and when, and until when to activate it', async () => {
    const { page } = w;
    await ok({ role: 'reviewer', subject: 'juridico-iess' }, `mutation { validateIessPowerOfAttorney(requestId: "${requestId}", seal: "DP-PICHINCHA-JUR-2026-118") { id } }`);
    await ok(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${requestId}") { id } }`);
    await ok(CLERK, `mutation { deliverIessEmployerKey(input: { requestId: "${requestId}", pickedUpBy: ATTORNEY }) { id } }`);
    await page.click('#new-attention');
    await consult(page, RUC);
    await settled(page);
    const iess = await panelText(page, 'iess');
    expect(iess).toMatch(/Poder validado por el área jurídicasí, juridico-iess/);
    expect(iess).toMatch(/Clave retirada porApoderado con poder notarial validado, \d+ \w+\.? \d{4}, \d\d:\d\d/);
    expect(iess).toMatch(/Con clave entregada/);
    expect(iess).toMatch(/Siguiente paso: Activar la clave patronal antes de/);
    await page.click('.panel[data-service="iess"] details.history summary');
    expect(await page.textContent('.panel[data-service="iess"] details.history')).toMatch(/Aprobada → Con clave entregada/);
    await deskAndPhone(page, 'ventanilla-iess-entregada', 'IESS con clave entregada al apoderado');
  });
});
