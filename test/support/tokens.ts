import { generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { developmentIssuer, type AuthConfig } from '../../gateway/auth/authenticate';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../gateway/auth/dev-keys';
import type { Role } from '../../shared/auth/identity';

export interface TokenRequest {
  role: Role;
  scopes?: readonly string[];
  agency?: string;
  subject?: string;
  expiresIn?: string;
  audience?: string;
  issuer?: string;
  trustedOperationsOnly?: boolean;
}

export interface TestIssuer {
  auth: AuthConfig;
  token(request: TokenRequest): Promise<string>;
  /** Same claims, signed with a key the gateway does not trust. */
  forgedToken(request: TokenRequest): Promise<string>;
}

async function sign(key: KeyLike, request: TokenRequest): Promise<string> {
  return new SignJWT({
    role: request.role,
    scope: (request.scopes ?? []).join(' '),
    ...(request.agency ? { agency: request.agency } : {}),
    ...(request.trustedOperationsOnly ? { trusted_operations_only: true } : {}),
  })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(request.issuer ?? DEV_ISSUER)
    .setAudience(request.audience ?? DEV_AUDIENCE)
    .setSubject(request.subject ?? `test-${request.role}${request.agency ? `-${request.agency}` : ''}`)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '10m')
    .sign(key);
}

/** An in-memory token issuer for tests, in place of the development key file. */
export async function createTestIssuer(trustedOperationsAgencies: string[] = []): Promise<TestIssuer> {
  const trusted = await generateKeyPair('ES256');
  const stranger = await generateKeyPair('ES256');
  return {
    auth: {
      key: trusted.publicKey,
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
      trustedOperationsAgencies,
      development: true,
      // The gateway's own development issuer (role, office, jti), with this test key.
      issueFrontOfficeToken: developmentIssuer(trusted.privateKey),
    },
    token: request => sign(trusted.privateKey, request),
    forgedToken: request => sign(stranger.privateKey, request),
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
