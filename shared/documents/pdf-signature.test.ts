import { readFileSync, writeFileSync } from 'node:fs';
import { FAKE_SIGNED_PDF, PDF } from '../../test/support/files';
import { signedPdf, testSignatures, type TestSigner } from '../../test/support/signed-pdf';
import { verifyPdfSignature, type PdfSignatureVerdict } from './pdf-signature';

// Each case is a PDF and whether SIGNATURE_TRUSTED_ROOTS names the throw-away root CA.

const { signer, stranger, expired, rootPemPath, otherRootPemPath } = testSignatures();

function withRoots<T>(roots: string | undefined, run: () => Promise<T>): Promise<T> {
  const before = process.env.SIGNATURE_TRUSTED_ROOTS;
  if (roots === undefined) delete process.env.SIGNATURE_TRUSTED_ROOTS;
  else process.env.SIGNATURE_TRUSTED_ROOTS = roots;
  return run().finally(() => {
    if (before === undefined) delete process.env.SIGNATURE_TRUSTED_ROOTS;
    else process.env.SIGNATURE_TRUSTED_ROOTS = before;
  });
}

const PDF_FILE = __filename; // any file without a certificate
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

function expectSigner(verdict: PdfSignatureVerdict, who: TestSigner) {
  expect(verdict).toMatchObject({ signerName: who.name, certificateSerial: who.serial, issuerName: who.certificate.issuer.getField('CN').value });
  expect(seconds(verdict.certificateValidFrom!)).toBe(seconds(who.certificate.validity.notBefore));
  expect(seconds(verdict.certificateValidTo!)).toBe(seconds(who.certificate.validity.notAfter));
  expect(Math.abs(verdict.signedAt!.getTime() - Date.now())).toBeLessThan(60_000);
}

/** A signed PDF whose signed bytes were changed afterwards: the page grows from 595 to 596 points wide. */
function altered(pdf: Buffer): Buffer {
  const box = /\/MediaBox \[ 0 0 595/.exec(pdf.toString('latin1'))!;
  const at = box.index + box[0].length - 3;
  return Buffer.concat([pdf.subarray(0, at), Buffer.from('596'), pdf.subarray(at + 3)]);
}

/** An incremental update appended after signing: a new revision of the catalog, after %%EOF. */
function updatedAfterSigning(pdf: Buffer): Buffer {
  return Buffer.concat([pdf, Buffer.from('\n2 0 obj\n<< /Type /Catalog /Pages 1 0 R /Lang (es-EC) >>\nendobj\ntrailer\n<< /Root 2 0 R >>\n%%EOF\n')]);
}

/** The same file with /Contents replaced by hex of the same length that is no CMS. */
function garbageContents(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const [, from, to] = /\/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)/.exec(text)!.map(Number);
  return Buffer.concat([pdf.subarray(0, from + 1), Buffer.from('ab'.repeat((to - from - 2) / 2)), pdf.subarray(to - 1)]);
}

describe('verifyPdfSignature: integrity, byte range, certificate, chain', () => {
  let valid: Buffer;
  let byStranger: Buffer;
  let byExpired: Buffer;

  beforeAll(async () => {
    [valid, byStranger, byExpired] = await Promise.all([signedPdf(signer), signedPdf(stranger), signedPdf(expired)]);
  });

  const cases: Array<[string, () => Buffer, 'roots' | 'no roots', PdfSignatureVerdict['status'], RegExp]> = [
    ['validly signed, no roots configured', () => valid, 'no roots', 'VALID_UNTRUSTED', /^firma íntegra, emisor no verificado/],
    ['validly signed, its root configured', () => valid, 'roots', 'VALID_TRUSTED', /^firma íntegra, emisor verificado \(Autoridad de Certificacion de Pruebas Llavero\)/],
    ['bytes altered after signing', () => altered(valid), 'no roots', 'INVALID', /se modificó después de firmarse/],
    ['incremental update appended after signing', () => updatedAfterSigning(valid), 'roots', 'INVALID', /no cubre todo el archivo/],
    ['a hand-written /Sig dictionary (the old SIGNED_PDF fixture)', () => FAKE_SIGNED_PDF, 'no roots', 'INVALID', /no deja fuera exactamente el valor \/Contents/],
    ['no signature at all', () => PDF, 'no roots', 'MISSING', /no contiene un diccionario de firma/],
    ['signed under another CA, roots configured', () => byStranger, 'roots', 'UNTRUSTED', /lo emitió "Autoridad de Certificacion Desconocida", que no es una autoridad de certificación reconocida/],
    ['certificate expired, no roots configured', () => byExpired, 'no roots', 'EXPIRED', /el certificado de Carlos Vencido Ruiz venció el \d{4}-\d\d-\d\d/],
    ['certificate expired, its root configured', () => byExpired, 'roots', 'EXPIRED', /venció/],
    ['garbage in /Contents', () => garbageContents(valid), 'no roots', 'INVALID', /no es una firma CMS\/PKCS#7 legible/],
  ];

  test.each(cases)('%s', async (_name, pdf, roots, status, reason) => {
    const verdict = await withRoots(roots === 'roots' ? rootPemPath : undefined, () => verifyPdfSignature(pdf()));
    expect(verdict.status).toBe(status);
    expect(verdict.reason).toMatch(reason);
  });

  test('a valid signature reports the signer, the certificate serial and validity, and the issuer', async () => {
    expectSigner(await withRoots(undefined, () => verifyPdfSignature(valid)), signer);
    expectSigner(await withRoots(rootPemPath, () => verifyPdfSignature(valid)), signer);
    expectSigner(await withRoots(rootPemPath, () => verifyPdfSignature(byStranger)), stranger);
  });

  test('SIGNATURE_TRUSTED_ROOTS: several files, several certificates per file, a clear error when unreadable', async () => {
    const status = (roots: string) => withRoots(roots, () => verifyPdfSignature(byStranger)).then(verdict => verdict.status);
    expect(await status(`${rootPemPath}, ${otherRootPemPath}`)).toBe('VALID_TRUSTED');
    const bundle = `${rootPemPath}.varias.pem`;
    writeFileSync(bundle, readFileSync(rootPemPath, 'utf8') + readFileSync(otherRootPemPath, 'utf8'));
    expect(await status(bundle)).toBe('VALID_TRUSTED');
    await expect(status(`/no/existe/raices.pem,${rootPemPath}`)).rejects.toThrow(/^SIGNATURE_TRUSTED_ROOTS: no se puede leer \/no\/existe\/raices.pem/);
    await expect(status(PDF_FILE)).rejects.toThrow(/no contiene certificados en formato PEM/);
  });
});
