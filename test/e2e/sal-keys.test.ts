import { JPEG, PDF, XLSX, upload } from '../support/files';
import { signedPdf, testSignatures } from '../support/signed-pdf';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';

// Seed 000 through the gateway, where it crosses services: a key requested, closed, re-requested and
// approved with gateway tokens shows in the federated dossier, partners see the delegation's signer
// masked, and no password hash leaves. The key's whole life is tested at the subgraph: subgraphs/sal/*.test.ts.

const RUC = '1768152560001'; // a public entity, valid modulo 11
const REVIEWER = { role: 'reviewer', subject: 'dmvth-revisora' } as const;
const CLERK = { role: 'front-office', subject: 'uath-ventanilla' } as const;

const SUBMIT = `mutation Submit($input: SubmitSalKeyRequestInput!) { submitSalKeyRequest(input: $input) { id status } }`;
const REVIEW = `mutation Review($input: ReviewSalKeyRequestInput!) { reviewSalKeyRequest(input: $input) { id status } }`;
const DOSSIER = `query ($ruc: String!) { taxpayer(ruc: $ruc) {
  salInstitution { status pendingAuthorizationProcesses statusChangeReason }
  salAccessKeys { holderCedula status mustChangePassword deactivationReason }
  salKeyRequests { kind status decidedBy observations history { actor toStatus } documents { kind sha256 } } } }`;

const ANA = { cedula: '1710034065', names: 'Ana María Torres Vela', email: 'ana.torres@senescyt-demo.gob.ec' };
const signatures = testSignatures();

describe('SAL keys through the gateway (seed 000)', () => {
  let stack: Stack;
  let creation: Record<string, unknown>;

  beforeAll(async () => {
    creation = {
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
        upload('DELEGATION', 'delegacion-maxima-autoridad.pdf', await signedPdf(signatures.signer)),
      ],
    };
    stack = await startSubgraphsAndGateway();
    const registered = await stack.queryAs(CLERK, `mutation { registerSalInstitution(input: { ruc: "${RUC}", name: "Secretaría de Demostración Senescyt", governmentFunction: EJECUTIVA }) { ruc status } }`);
    expect(registered.data).toEqual({ registerSalInstitution: { ruc: RUC, status: 'ACTIVE' } });
  });
  afterAll(() => stack?.stop());

  test('closed, re-requested and approved through the gateway: the federated dossier shows both requests and the new key, never a hash', async () => {
    const first = await stack.queryAs(CLERK, SUBMIT, { input: creation });
    expect(first.errors).toBeUndefined();
    const partnerView = await stack.queryAs({ role: 'partner', agency: 'SRI', scopes: ['sal:read'] }, `{ taxpayer(ruc: "${RUC}") { salKeyRequests { documents { kind signature { signerName certificateSerial } } } } }`);
    expect(partnerView.data!.taxpayer.salKeyRequests[0].documents.find((d: any) => d.kind === 'DELEGATION').signature).toEqual({ signerName: 'M**** J*** P***** L****', certificateSerial: signatures.signer.serial });
    const closed = await stack.queryAs(REVIEWER, REVIEW, { input: { requestId: first.data!.submitSalKeyRequest.id, decision: 'CLOSE_WITH_OBSERVATIONS', observations: 'La delegación no está suscrita electrónicamente.' } });
    expect(closed.data!.reviewSalKeyRequest.status).toBe('CLOSED_WITH_OBSERVATIONS');

    const second = await stack.queryAs(CLERK, SUBMIT, { input: creation });
    const approved = await stack.queryAs(REVIEWER, REVIEW, { input: { requestId: second.data!.submitSalKeyRequest.id, decision: 'APPROVE' } });
    expect(approved.data!.reviewSalKeyRequest.status).toBe('APPROVED');

    const dossier = await stack.queryGateway(DOSSIER, { ruc: RUC });
    expect(dossier.data!.taxpayer.salAccessKeys).toEqual([{ holderCedula: ANA.cedula, status: 'PENDING_FIRST_LOGIN', mustChangePassword: true, deactivationReason: null }]);
    expect(dossier.data!.taxpayer.salKeyRequests.map((r: any) => [r.status, r.decidedBy])).toEqual([
      ['APPROVED', 'dmvth-revisora'],
      ['CLOSED_WITH_OBSERVATIONS', 'dmvth-revisora'],
    ]);
    expect(JSON.stringify(dossier)).not.toMatch(/scrypt|password_?hash/i);
  });
});
