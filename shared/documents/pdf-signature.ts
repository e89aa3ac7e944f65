import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { trustedSignatureRoots } from './signature-roots';

// An electronically signed PDF, verified: each signature dictionary's /ByteRange must leave out exactly
// its /Contents, the last one must reach the end of the file, and the CMS/PKCS#7 SignedData in /Contents
// must verify over those bytes with the certificate it carries, valid today, chained to
// SIGNATURE_TRUSTED_ROOTS when configured. Revocation (CRL/OCSP) is not checked.

const engine = new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto });

const OID = { signedData: '1.2.840.113549.1.7.2', data: '1.2.840.113549.1.7.1', signingTime: '1.2.840.113549.1.9.5', commonName: '2.5.4.3', organization: '2.5.4.10' };

export type PdfSignatureStatus =
  | 'VALID_TRUSTED' // intact, and the certificate chains to a configured root
  | 'VALID_UNTRUSTED' // intact, no roots configured: "firma íntegra, emisor no verificado"
  | 'UNTRUSTED' // intact, but roots are configured and none of them issued the certificate
  | 'EXPIRED' // intact, but the signer's certificate is not in force today
  | 'INVALID' // the bytes do not match the signature, or what looks like one is not
  | 'MISSING'; // no signature dictionary at all

export interface PdfSignatureVerdict {
  status: PdfSignatureStatus;
  /** Spanish, for the clerk: what was found. */
  reason: string;
  signerName: string | null;
  /** Serial number of the signer's certificate, lowercase hex. */
  certificateSerial: string | null;
  certificateValidFrom: Date | null;
  certificateValidTo: Date | null;
  issuerName: string | null;
  /** The signing time the signer's software wrote (a claim, not a trusted timestamp). */
  signedAt: Date | null;
}

const isAcceptedSignature = (verdict: PdfSignatureVerdict) => verdict.status === 'VALID_TRUSTED' || verdict.status === 'VALID_UNTRUSTED';

const NOBODY = { signerName: null, certificateSerial: null, certificateValidFrom: null, certificateValidTo: null, issuerName: null, signedAt: null };
const refused = (status: PdfSignatureStatus, reason: string): PdfSignatureVerdict => ({ status, reason, ...NOBODY });

interface SignatureField {
  /** The bytes the signature covers: the file minus the /Contents value. */
  signedBytes: Buffer;
  cms: Buffer;
  coversWholeFile: boolean;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/** The signature fields of the PDF, or the reason why what looks like one is not. */
function signatureFields(pdf: Buffer): SignatureField[] | PdfSignatureVerdict {
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(BYTE_RANGE)].map(match => match.slice(1, 5).map(Number));
  if (!ranges.length) {
    return /\/Type\s*\/Sig\b|\/ByteRange/.test(text)
      ? refused('INVALID', 'el PDF tiene un diccionario de firma sin un /ByteRange legible: no es una firma electrónica')
      : refused('MISSING', 'el PDF no contiene un diccionario de firma');
  }
  const fields: SignatureField[] = [];
  for (const [start, firstLength, second, secondLength] of ranges) {
    if (start !== 0 || second + secondLength > pdf.length || !leavesOutContents(text, firstLength, second)) {
      return refused('INVALID', 'el /ByteRange de la firma no deja fuera exactamente el valor /Contents de la firma: no es una firma electrónica válida');
    }
    fields.push({
      signedBytes: Buffer.concat([pdf.subarray(0, firstLength), pdf.subarray(second, second + secondLength)]),
      cms: Buffer.from(text.slice(firstLength + 1, second - 1).replace(/\s/g, ''), 'hex'),
      coversWholeFile: second + secondLength === pdf.length,
    });
  }
  return fields;
}

/** The gap [from, to) is a hex string <…> that is the value of a /Contents key. */
function leavesOutContents(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return from > 0 && /^<[0-9A-Fa-f\s]*>$/.test(gap) && gap.replace(/\s/g, '').length % 2 === 0 && /\/Contents\s*$/.test(text.slice(Math.max(0, from - 40), from));
}

/** Verifies every signature of the PDF; the verdict is the one of the signature covering the whole file. */
export async function verifyPdfSignature(pdf: Buffer, now = new Date()): Promise<PdfSignatureVerdict> {
  const fields = signatureFields(pdf);
  if (!Array.isArray(fields)) return fields;
  if (!fields.some(field => field.coversWholeFile)) {
    return refused('INVALID', 'la firma no cubre todo el archivo: se agregó contenido después de firmar (una actualización posterior a la firma)');
  }
  let wholeFile: PdfSignatureVerdict | undefined;
  for (const field of fields) {
    const verdict = await verifyField(field, now);
    if (!isAcceptedSignature(verdict)) return verdict;
    if (field.coversWholeFile) wholeFile = verdict;
  }
  return wholeFile!;
}

function parseSignedData(cms: Buffer): pkijs.SignedData | null {
  try {
    const asn1 = asn1js.fromBER(new Uint8Array(cms));
    if (asn1.offset === -1 || cms.subarray(asn1.offset).some(byte => byte !== 0)) return null; // only zero padding may follow
    const info = new pkijs.ContentInfo({ schema: asn1.result });
    return info.contentType === OID.signedData ? new pkijs.SignedData({ schema: info.content }) : null;
  } catch {
    return null;
  }
}

async function verifyField(field: SignatureField, now: Date): Promise<PdfSignatureVerdict> {
  const signedData = parseSignedData(field.cms);
  if (!signedData) return refused('INVALID', 'el valor /Contents de la firma no es una firma CMS/PKCS#7 legible');
  if (signedData.signerInfos.length !== 1) return refused('INVALID', 'la firma debe tener exactamente un firmante');
  // Content carried inside the CMS would be verified instead of the PDF's bytes: only detached signatures count.
  if (signedData.encapContentInfo.eContent || signedData.encapContentInfo.eContentType !== OID.data) {
    return refused('INVALID', 'la firma no es una firma separada (detached) sobre los bytes del PDF');
  }
  let checked: pkijs.SignedDataVerifyResult;
  try {
    checked = await signedData.verify({ signer: 0, data: new Uint8Array(field.signedBytes).buffer, checkDate: now, extendedMode: true }, engine);
  } catch (error) {
    const noCertificate = (error as { code?: number }).code === 3 || (error as { code?: number }).code === 2;
    return refused('INVALID', noCertificate ? 'la firma no trae el certificado del firmante' : 'la firma no corresponde al contenido: el archivo se modificó después de firmarse o la firma está dañada');
  }
  const certificate = checked.signerCertificate!;
  const found = describe(certificate, signedData.signerInfos[0]);
  if (!checked.signatureVerified) return { status: 'INVALID', reason: 'la firma no corresponde al contenido: el archivo se modificó después de firmarse o la firma está dañada', ...found };
  if (now < found.certificateValidFrom || now > found.certificateValidTo) {
    const when = now > found.certificateValidTo ? `venció el ${day(found.certificateValidTo)}` : `rige recién desde el ${day(found.certificateValidFrom)}`;
    return { status: 'EXPIRED', reason: `el certificado de ${found.signerName} ${when}: no está vigente`, ...found };
  }
  const roots = trustedSignatureRoots();
  if (!roots.length) return { status: 'VALID_UNTRUSTED', reason: `firma íntegra, emisor no verificado (${found.issuerName}): no hay autoridades de certificación configuradas`, ...found };
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate && c !== certificate);
  const chain = await new pkijs.CertificateChainValidationEngine({ trustedCerts: roots, certs: [...certificates, certificate], checkDate: now })
    .verify({}, engine)
    .catch(() => ({ result: false }));
  if (!chain.result) return { status: 'UNTRUSTED', reason: `el certificado de ${found.signerName} lo emitió "${found.issuerName}", que no es una autoridad de certificación reconocida`, ...found };
  return { status: 'VALID_TRUSTED', reason: `firma íntegra, emisor verificado (${found.issuerName})`, ...found };
}

function nameOf(name: pkijs.RelativeDistinguishedNames): string {
  const value = (type: string) => name.typesAndValues.find(attribute => attribute.type === type)?.value.valueBlock.value as string | undefined;
  return value(OID.commonName) ?? value(OID.organization) ?? name.typesAndValues.map(attribute => String(attribute.value.valueBlock.value)).join(', ');
}

function describe(certificate: pkijs.Certificate, signer: pkijs.SignerInfo) {
  const signingTime = signer.signedAttrs?.attributes.find(attribute => attribute.type === OID.signingTime)?.values[0];
  return {
    signerName: nameOf(certificate.subject),
    certificateSerial: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex'),
    certificateValidFrom: certificate.notBefore.value,
    certificateValidTo: certificate.notAfter.value,
    issuerName: nameOf(certificate.issuer),
    signedAt: signingTime instanceof asn1js.UTCTime ? signingTime.toDate() : null, // GeneralizedTime extends UTCTime in asn1js
  };
}

const day = (date: Date) => date.toISOString().slice(0, 10);
