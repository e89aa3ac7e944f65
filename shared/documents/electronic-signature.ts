import { badUserInput } from '../errors';
import type { ReceivedDocument } from './document';
import { verifyPdfSignature, type PdfSignatureStatus } from './pdf-signature';

// A document that must be electronically signed (the SAL delegation, the IESS virtual solicitud) is
// accepted only when its signature verifies; what was verified is kept with the document.

type AcceptedStatus = 'VALID_TRUSTED' | 'VALID_UNTRUSTED';

export interface VerifiedSignature {
  /** The certificate chains to a root of SIGNATURE_TRUSTED_ROOTS (false: none configured). */
  issuerVerified: boolean;
  /** Spanish: "firma íntegra, emisor verificado (…)" or "firma íntegra, emisor no verificado (…)". */
  verdict: string;
  signerName: string;
  certificateSerial: string;
  certificateValidFrom: Date;
  certificateValidTo: Date;
  issuerName: string;
  signedAt: Date | null;
}

const REFUSAL_REASONS: Record<Exclude<PdfSignatureStatus, AcceptedStatus>, string> = {
  MISSING: 'SIGNATURE_MISSING',
  INVALID: 'SIGNATURE_INVALID',
  UNTRUSTED: 'SIGNATURE_UNTRUSTED',
  EXPIRED: 'SIGNATURE_CERTIFICATE_EXPIRED',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The document's verified signature, or a coded error naming the field and the file.
 * `label` is the document's ("la delegación de la Máxima Autoridad"); `requirement` says why a signature is needed.
 */
export async function requireElectronicSignature(field: string, document: ReceivedDocument, label: string, requirement: string): Promise<VerifiedSignature> {
  const { status, reason, ...found } = await verifyPdfSignature(document.content);
  if (status === 'VALID_TRUSTED' || status === 'VALID_UNTRUSTED') {
    return { ...(found as Omit<VerifiedSignature, 'issuerVerified' | 'verdict'>), issuerVerified: status === 'VALID_TRUSTED', verdict: reason };
  }
  const problem = status === 'MISSING' ? `${capitalised(label)} "${document.fileName}" no tiene firma electrónica` : `La firma electrónica de ${label} "${document.fileName}" no se acepta`;
  throw badUserInput(field, `${problem}: ${reason}. ${capitalised(requirement)}.`, { reason: REFUSAL_REASONS[status] });
}
