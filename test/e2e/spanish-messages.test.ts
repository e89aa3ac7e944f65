import { PDF, JPEG, upload } from '../support/files';
import { naturalPersonRucs } from '../support/ruc-factory';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

// Issue 12, point 6 (the parts that cross every service): what a person reads names no GraphQL type,
// tells a write from a read, shows sizes that differ when they differ, and every CONFLICT names its field.

describe('Spanish to people, through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  test('a write refused for lack of scope says so as a write, in words, without a technical name', async () => {
    const partner = { role: 'partner', agency: 'IESS', scopes: ['sal:read'], subject: 'iess-escribe' } as const;
    const { errors } = await stack.queryAs(partner, 'mutation { registerSalInstitution(input: { ruc: "1760001630001", name: "X", governmentFunction: EJECUTIVA }) { ruc } }');
    expect(errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Mutation.registerSalInstitution', scope: 'sal:write' });
    expect(errors![0].message).toBe('Su acceso no incluye el alcance sal:write: no puede registrar trámites del servicio SAL (claves UATH).');
    const read = await stack.queryAs(partner, '{ taxpayer(ruc: "1791234561001") { systemKeyRecoveries { status } } }');
    expect(read.errors![0].message).toBe('Su acceso no incluye el alcance sut:read: no puede consultar este dato del servicio SUT / Salarios en Línea.');
    for (const message of [...errors!, ...read.errors!].map(e => e.message)) expect(message).not.toMatch(/Mutation\.|Query\.|\w+\.\w+[A-Z]/);
  });

  test('a file one byte over the limit is not "1.00 MB of 1.00 MB"', async () => {
    const input = {
      requesterRuc: naturalPersonRucs(1, 9700)[0],
      system: 'SALARIOS_EN_LINEA',
      channel: 'PRESENCIAL',
      attentionPointCode: 'guayaquil',
      contactEmail: 'contabilidad@comercio-demo.ec',
      documents: [upload('RUC_CERTIFICATE', 'ruc.pdf', Buffer.concat([PDF, Buffer.alloc(1024 * 1024 - PDF.length + 1)])), upload('SIGNED_REQUEST', 's.jpg', JPEG)],
    };
    const { errors } = await stack.queryAs({ role: 'front-office', subject: 'ventanilla-tamano' }, 'mutation ($input: SubmitSystemKeyRecoveryInput!) { submitSystemKeyRecovery(input: $input) { id } }', { input });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[0]', reason: 'DOCUMENT_TOO_LARGE' });
    expect(errors![0].message).toBe('El archivo "ruc.pdf" (el certificado del RUC vigente) pesa 1\u00a0048\u00a0577 bytes: el máximo es 1\u00a0048\u00a0576 bytes (1,00 MB).');
  });

  test('a CONFLICT names the field it is about', async () => {
    const clerk = { role: 'front-office', subject: 'ventanilla-conflicto' } as const;
    const { errors } = await stack.queryAs(clerk, 'mutation { registerSalInstitution(input: { ruc: "1760001630001", name: "Otra", governmentFunction: EJECUTIVA }) { ruc } }');
    expect(errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'ruc' });
    expect(errors![0].message).not.toMatch(/\.\.$/);
  });
});
