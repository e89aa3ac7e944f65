import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliverPending, fileTransport } from '../../shared/outbox/outbox';
import { ANA, CLERK, creation, LUIS, REVIEW, REVIEWER, startSal, SUBMIT, type SalUnderTest } from './sal-under-test';

// The e-mails of seed 000 leave through the outbox: a closing mail, two keys issued, the replaced key deactivated.

describe('SAL e-mails through the outbox', () => {
  let t: SalUnderTest;
  let mailDir: string;
  beforeAll(async () => {
    t = await startSal();
    mailDir = mkdtempSync(join(tmpdir(), 'llavero-mail-'));
    const closed = await t.as(CLERK, SUBMIT, { input: creation(ANA) });
    await t.as(REVIEWER, REVIEW, { input: { requestId: closed.data!.submitSalKeyRequest.id, decision: 'CLOSE_WITH_OBSERVATIONS', observations: 'Falta el certificado.' } });
    await t.issueKey(ANA);
    await t.issueKey(LUIS);
  });
  afterAll(async () => {
    await t?.stop();
    rmSync(mailDir, { recursive: true, force: true });
  });

  test('the outbox sender delivers each e-mail once as an .eml file and blanks the stored body', async () => {
    const pending = (await t.rows('SELECT count(*)::int AS n FROM outbox_message WHERE sent_at IS NULL'))[0].n;
    expect(pending).toBeGreaterThan(3);
    let delivered = 0;
    for (let n = await deliverPending(t.sal.dataSource, fileTransport(mailDir)); n > 0; n = await deliverPending(t.sal.dataSource, fileTransport(mailDir))) delivered += n;
    expect(delivered).toBe(pending);
    const files = readdirSync(mailDir);
    expect(files).toHaveLength(pending);
    const keyMail = files.map(f => readFileSync(join(mailDir, f), 'utf8')).find(text => /Clave de acceso al Sistema de Autorizaciones/.test(text))!;
    expect(keyMail).toMatch(/^From: [^]*?<clavesautorizacioneslaborales@trabajo\.gob\.ec>\r?\nTo: /m);
    expect(keyMail).toMatch(/^To: ana\.torres@senescyt-demo\.gob\.ec/m);
    expect(await t.rows('SELECT count(*)::int AS n FROM outbox_message WHERE body IS NOT NULL')).toEqual([{ n: 0 }]);
    expect(await deliverPending(t.sal.dataSource, fileTransport(mailDir))).toBe(0);
  });
});
