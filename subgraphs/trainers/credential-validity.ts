// Seed 004 gives no validity period; Llavero issues credentials for two years (a setting to confirm with the MDT).
export const CREDENTIAL_VALIDITY_YEARS = 2;

/** The last day a credential issued at `issuedAt` is valid, 'YYYY-MM-DD': the same date (UTC), CREDENTIAL_VALIDITY_YEARS later. */
export function credentialValidUntil(issuedAt: Date): string {
  const validUntil = new Date(issuedAt);
  validUntil.setUTCFullYear(validUntil.getUTCFullYear() + CREDENTIAL_VALIDITY_YEARS);
  return validUntil.toISOString().slice(0, 10);
}
