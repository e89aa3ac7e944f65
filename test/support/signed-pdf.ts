import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import signpdf from '@signpdf/signpdf';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';

// Really signed PDFs for tests: a throw-away root CA and its signers, made once per test file (node's
// fast RSA key generation, node-forge for the certificates and the PKCS#12, @signpdf to sign).

const P12_PASSWORD = 'pruebas';
const DAY = 86_400_000;

interface Party {
  name: string;
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
}

export interface TestSigner extends Party {
  /** Certificate serial as lowercase hex, as the verifier reports it. */
  serial: string;
  p12: Buffer;
}

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  return { privateKey: forge.pki.privateKeyFromPem(privateKey), publicKey: forge.pki.publicKeyFromPem(publicKey) };
}

const dn = (commonName: string) => [
  { shortName: 'CN', value: commonName, valueTagClass: forge.asn1.Type.UTF8 as never },
  { shortName: 'O', value: 'Pruebas Llavero', valueTagClass: forge.asn1.Type.UTF8 as never },
  { shortName: 'C', value: 'EC' },
];

function certify(name: string, issuer: Party | null, validity: { from: Date; to: Date }): Party & { serial: string } {
  const keys = keyPair();
  const certificate = forge.pki.createCertificate();
  const serial = `01${randomBytes(15).toString('hex')}`; // leading 01: a positive INTEGER, no padding byte
  certificate.serialNumber = serial;
  certificate.publicKey = keys.publicKey;
  certificate.validity.notBefore = validity.from;
  certificate.validity.notAfter = validity.to;
  certificate.setSubject(dn(name));
  certificate.setIssuer(issuer ? issuer.certificate.subject.attributes : dn(name));
  const ca = issuer === null;
  certificate.setExtensions([
    { name: 'basicConstraints', cA: ca, critical: true },
    ca ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true } : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(issuer?.key ?? keys.privateKey, forge.md.sha256.create());
  return { name, key: keys.privateKey, certificate, serial };
}

function rootCa(name: string): Party {
  return certify(name, null, { from: new Date(Date.now() - 365 * DAY), to: new Date(Date.now() + 10 * 365 * DAY) });
}

function signerOf(ca: Party, name: string, validity = { from: new Date(Date.now() - 30 * DAY), to: new Date(Date.now() + 365 * DAY) }): TestSigner {
  const party = certify(name, ca, validity);
  const p12 = forge.pkcs12.toPkcs12Asn1(party.key, [party.certificate, ca.certificate], P12_PASSWORD, { algorithm: '3des' });
  return { ...party, p12: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary') };
}

/** A one-page PDF made with pdf-lib, with a signature placeholder, signed by `signer`. */
export async function signedPdf(signer: TestSigner, text = 'Delegación de la Máxima Autoridad'): Promise<Buffer> {
  const pdfDoc = await PDFDocument.create();
  pdfDoc.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 14 });
  pdflibAddPlaceholder({ pdfDoc, reason: 'Firma de pruebas', contactInfo: 'pruebas@llavero.ec', name: signer.name, location: 'Quito' });
  const unsigned = Buffer.from(await pdfDoc.save({ useObjectStreams: false }));
  return signpdf.sign(unsigned, new P12Signer(signer.p12, { passphrase: P12_PASSWORD }));
}

export interface TestSignatures {
  /** PEM file of the throw-away root CA, to put in SIGNATURE_TRUSTED_ROOTS. */
  rootPemPath: string;
  /** PEM file of the other CA (the stranger's). */
  otherRootPemPath: string;
  /** Signer certified by the throw-away root, valid today. */
  signer: TestSigner;
  /** Signer certified by another CA, not in the roots. */
  stranger: TestSigner;
  /** Signer certified by the throw-away root whose certificate expired yesterday. */
  expired: TestSigner;
}

let made: TestSignatures | undefined;

/** The throw-away CA and its signers, made on first use and kept for the rest of the test file. */
export function testSignatures(): TestSignatures {
  if (made) return made;
  // ASCII CA names: node-forge encodes a non-ASCII issuer twice in the CMS signer identifier.
  const root = rootCa('Autoridad de Certificacion de Pruebas Llavero');
  const otherRoot = rootCa('Autoridad de Certificacion Desconocida');
  const folder = mkdtempSync(join(tmpdir(), 'llavero-roots-'));
  const [rootPemPath, otherRootPemPath] = [join(folder, 'raiz.pem'), join(folder, 'otra-raiz.pem')];
  writeFileSync(rootPemPath, forge.pki.certificateToPem(root.certificate));
  writeFileSync(otherRootPemPath, forge.pki.certificateToPem(otherRoot.certificate));
  made = {
    rootPemPath,
    otherRootPemPath,
    signer: signerOf(root, 'María José Paredes López'),
    stranger: signerOf(otherRoot, 'Pedro Intruso Falso'),
    expired: signerOf(root, 'Carlos Vencido Ruiz', { from: new Date(Date.now() - 400 * DAY), to: new Date(Date.now() - DAY) }),
  };
  return made;
}
