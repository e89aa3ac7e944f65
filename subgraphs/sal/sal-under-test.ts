import { randomUUID } from 'node:crypto';
import { anonymousIdentity, effectiveScopes, type Identity, type Role } from '../../shared/auth/identity';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { JPEG, PDF, XLSX, upload } from '../../test/support/files';
import { postSigned, type GraphQLResponse } from '../../test/support/graphql-client';
import { startSubgraph, type SubgraphUnderTest } from '../../test/support/subgraph';
import { salProgram } from './program';

// The sal subgraph for its own tests: callers as the gateway would sign them, a registered institution,
// the requests of seed 000 (a public entity, valid modulo 11).

export const RUC = '1768152560001';
export const REVIEWER = { role: 'reviewer', subject: 'dmvth-revisora' } as const;
export const CLERK = { role: 'front-office', subject: 'uath-ventanilla' } as const;
export const PARTNER = { role: 'partner', agency: 'SRI', scopes: ['sal:read'] } as const;

export const SUBMIT = `mutation Submit($input: SubmitSalKeyRequestInput!) { submitSalKeyRequest(input: $input) {
  id status kind requestedAccessDate documents { kind fileName mediaType sizeBytes sha256 signature { signerName certificateSerial certificateValidTo issuerName issuerVerified verdict } }
  history { actor fromStatus toStatus } } }`;
export const REVIEW = `mutation Review($input: ReviewSalKeyRequestInput!) { reviewSalKeyRequest(input: $input) { id status decidedBy observations issuedKeyId } }`;
export const SIGN_IN = `mutation SignIn($input: SalSignInInput!) { checkSalSignIn(input: $input) { outcome remainingAttempts lockedUntil } }`;

export const accessDate = () => addWorkingDays(ecuadorToday(), 3);
const person = (cedula: string, names: string, email: string) => ({ cedula, names, email });
export const ANA = person('1710034065', 'Ana María Torres Vela', 'ana.torres@senescyt-demo.gob.ec');
export const LUIS = person('0926687856', 'Luis Alberto Mora Paz', 'luis.mora@senescyt-demo.gob.ec');
type Person = typeof ANA;

/** A creation request sent by Ana for a Director o Jefe de Talento Humano: no delegation to sign. */
export function creation(holder: Person = ANA, overrides: Record<string, unknown> = {}) {
  return {
    institutionRuc: RUC,
    kind: 'CREATION',
    requester: ANA,
    holder,
    uathAppointment: 'DIRECTOR_OR_JEFE',
    requestedAccessDate: accessDate(),
    documents: [
      upload('REQUEST_FORM', 'formulario-claves.xlsx', XLSX),
      upload('ELEARNING_CERTIFICATE', 'certificado-elearning.pdf', PDF),
      upload('APPOINTMENT_DOCUMENT', 'accion-personal.jpg', JPEG),
    ],
    ...overrides,
  };
}

export interface Caller {
  role: Role;
  subject?: string;
  agency?: string;
  scopes?: readonly string[];
}

export interface SalUnderTest {
  sal: SubgraphUnderTest;
  /** The answer to registering the institution of RUC. */
  registered: GraphQLResponse<Record<string, any>>['data'];
  /** As `who` (null: without a token), signed like the gateway signs. */
  as: (who: Caller | null, query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<Record<string, any>>>;
  rows: (sql: string, params?: unknown[]) => Promise<any[]>;
  lastMailTo: (to: string) => Promise<{ subject: string; body: string }>;
  /** Submits and approves a creation request for `holder`; the temporary password from the e-mail. */
  issueKey: (holder: Person) => Promise<string>;
  stop(): Promise<void>;
}

function identity(who: Caller | null): Identity {
  if (!who) return anonymousIdentity(randomUUID());
  const subject = who.subject ?? `test-${who.role}${who.agency ? `-${who.agency}` : ''}`;
  return { subject, role: who.role, scopes: effectiveScopes(who.role, who.scopes ?? []), agency: who.agency ?? null, trustedOperationsOnly: false, requestId: randomUUID() };
}

/** The subgraph on a fresh database, with the institution of RUC registered. */
export async function startSal(): Promise<SalUnderTest> {
  const sal = await startSubgraph(salProgram);
  const as: SalUnderTest['as'] = (who, query, variables) => postSigned(sal.url, sal.signingSecret, 'sal', identity(who), query, variables);
  const rows = (sql: string, params: unknown[] = []) => sal.dataSource.query(sql, params);
  const lastMailTo = async (to: string) => (await rows(`SELECT subject, body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`, [to]))[0];
  const registered = await as(CLERK, `mutation { registerSalInstitution(input: { ruc: "${RUC}", name: "Secretaría de Demostración Senescyt", governmentFunction: EJECUTIVA }) { ruc status } }`);
  if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  return {
    sal,
    registered: registered.data,
    as,
    rows,
    lastMailTo,
    async issueKey(holder) {
      // A key in force is replaced openly (§6.6): the new Responsable UATH replaces the previous one.
      const [inForce] = await rows(`SELECT holder_cedula FROM access_key WHERE institution_ruc = $1 AND status <> 'DEACTIVATED'`, [RUC]);
      const replacedKey = inForce ? { holderCedula: inForce.holder_cedula, reason: 'CHANGE_OF_RESPONSIBLE' } : null;
      const submitted = await as(CLERK, SUBMIT, { input: creation(holder, { requester: holder, replacedKey }) });
      if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
      const approved = await as(REVIEWER, REVIEW, { input: { requestId: submitted.data!.submitSalKeyRequest.id, decision: 'APPROVE' } });
      if (approved.errors) throw new Error(JSON.stringify(approved.errors));
      return /Contraseña temporal: (\S+)/.exec((await lastMailTo(holder.email)).body)![1];
    },
    stop: () => sal.stop(),
  };
}
