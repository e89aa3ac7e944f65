import { randomUUID } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { llaveroError } from '../../shared/errors';
import { anonymousIdentity, effectiveScopes, ROLES, type Identity, type Role } from '../../shared/auth/identity';
import { loadConfig, type LlaveroConfig } from '../../shared/config';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys } from './dev-keys';
import { revocationKey, type RevocationStore } from './revocations';

/** What a development sign-in puts in its token besides the subject (VENTANILLA_USERS). */
export interface FrontOfficeClaims {
  role: 'front-office' | 'reviewer';
  /** The office the clerk works at, or null. */
  office: string | null;
}

export interface AuthConfig {
  key: KeyLike | ReturnType<typeof createRemoteJWKSet>;
  issuer: string;
  audience: string;
  /** Agencies restricted to registered (persisted) operations, besides tokens that say so. */
  trustedOperationsAgencies: string[];
  development: boolean;
  /** Development only: signs a window clerk's token for the /ventanilla sign-in (the local key). */
  issueFrontOfficeToken?: (subject: string, claims?: FrontOfficeClaims) => Promise<string>;
  /** Tokens closed by sign-out (POST /auth/salir), refused until they expire; unset: none. */
  revocations?: RevocationStore;
}

/** Signs window clerks' tokens with a development key: role, office, and a jti so sign-out can close it. */
export function developmentIssuer(privateKey: KeyLike, kid?: string): NonNullable<AuthConfig['issueFrontOfficeToken']> {
  return (subject, claims = { role: 'front-office', office: null }) =>
    new SignJWT({ role: claims.role, scope: '', ...(claims.office ? { office: claims.office } : {}) })
      .setProtectedHeader({ alg: 'ES256', ...(kid ? { kid } : {}) })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject(subject)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime('8h')
      .sign(privateKey);
}

/** Production: a JWKS URL with issuer and audience. Development: the local key under LLAVERO_HOME. */
export async function authConfigFromEnv(config: Readonly<LlaveroConfig> = loadConfig()): Promise<AuthConfig> {
  const trustedOperationsAgencies = [...config.gateway.trustedOperationsAgencies];
  const jwksUrl = config.auth.jwksUrl;
  if (jwksUrl) {
    const { issuer, audience } = config.auth;
    if (!issuer || !audience) throw new Error('Con AUTH_JWKS_URL deben definirse también AUTH_ISSUER y AUTH_AUDIENCE.');
    return { key: createRemoteJWKSet(new URL(jwksUrl)), issuer, audience, trustedOperationsAgencies, development: false };
  }
  if (config.production) {
    throw new Error('En producción la pasarela no arranca con la clave de desarrollo: defina AUTH_JWKS_URL, AUTH_ISSUER y AUTH_AUDIENCE.');
  }
  const keys = await loadOrCreateDevKeys(config.home);
  const issueFrontOfficeToken = developmentIssuer(keys.privateKey, keys.kid);
  return { key: keys.publicKey, issuer: DEV_ISSUER, audience: DEV_AUDIENCE, trustedOperationsAgencies, development: true, issueFrontOfficeToken };
}

function unauthenticated(message: string, extensions: Record<string, unknown> = {}) {
  return llaveroError('UNAUTHENTICATED', message, { ...extensions, http: { status: 401 } });
}

function explain(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'El token de acceso venció: solicite uno nuevo.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'El token de acceso no fue emitido para Llavero (audiencia incorrecta).';
    if (error.claim === 'iss') return 'El token de acceso no fue emitido por un emisor autorizado.';
    if (error.claim === 'nbf') return 'El token de acceso todavía no es válido.';
    return `El token de acceso no cumple la condición "${error.claim}".`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'La firma del token de acceso no es válida.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'El token de acceso está firmado con una clave desconocida.';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'El token de acceso usa un algoritmo de firma no admitido.';
  return 'El token de acceso está mal formado.';
}

const CONTROL = /[\u0000-\u001F\u007F]/;
const MAX_CLAIM_LENGTH = 256;

function identityFrom(payload: JWTPayload, config: AuthConfig, requestId: string): Identity {
  const role = payload.role as Role;
  if (!ROLES.includes(role)) {
    throw unauthenticated(`El token de acceso no declara un rol válido (${ROLES.join(', ')}).`);
  }
  const agency = typeof payload.agency === 'string' && payload.agency.trim() ? payload.agency.trim() : null;
  // Subject and agency travel to every subgraph and into the audit trail: text only, of a sane length.
  for (const [claim, value] of [['sub', payload.sub], ['agency', agency]] as const) {
    if (typeof value === 'string' && (CONTROL.test(value) || value.length > MAX_CLAIM_LENGTH)) {
      throw unauthenticated(`El claim "${claim}" del token de acceso contiene caracteres de control o supera ${MAX_CLAIM_LENGTH} caracteres.`);
    }
  }
  if (role === 'partner' && !agency) throw unauthenticated('Un token de agencia asociada (rol partner) debe indicar la agencia (claim "agency").');
  const rawScopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : Array.isArray(payload.scp) ? payload.scp : [];
  const tokenScopes = rawScopes.filter((s): s is string => typeof s === 'string' && s.length > 0);
  return {
    subject: typeof payload.sub === 'string' ? payload.sub : 'desconocido',
    role,
    scopes: effectiveScopes(role, tokenScopes),
    agency,
    trustedOperationsOnly: payload.trusted_operations_only === true || (!!agency && config.trustedOperationsAgencies.includes(agency)),
    requestId,
  };
}

export interface VerifiedToken {
  token: string;
  payload: JWTPayload;
  identity: Identity;
}

/** A token refused because its session was closed (POST /auth/salir). */
export const SESSION_CLOSED = 'La sesión de este token fue cerrada ("Cerrar sesión"): ingrese de nuevo.';

async function refuseRevoked(token: string, payload: JWTPayload, config: AuthConfig): Promise<void> {
  if (!config.revocations) return;
  let revoked: boolean;
  try {
    revoked = await config.revocations.isRevoked(revocationKey(token, payload));
  } catch {
    // Fail closed: a token whose sign-out cannot be checked is not trusted; 503, as the token itself may be fine.
    throw llaveroError('SERVICE_UNAVAILABLE', 'No se pudo comprobar si la sesión sigue abierta: reintente en unos segundos.', { reason: 'SESSION_CHECK_FAILED', http: { status: 503 } });
  }
  if (revoked) throw unauthenticated(SESSION_CLOSED, { reason: 'SESSION_CLOSED' });
}

/**
 * Tokens whose signature and claims were verified, by their exact text, until their expiry but never
 * longer than VERIFIED_FOR_MS. A client sends the same token for hours: its ES256/RS256 check is paid
 * once a minute, not on every request. Sign-out (revocation) is still checked on every request. A key
 * withdrawn from the identity provider's JWKS stops counting once jose's JWKS cache lets it go (10 min
 * by default), plus up to VERIFIED_FOR_MS. Only canonical compact tokens are kept (BEARER, then each
 * part's base64url), so one signed token has one text and cannot fill the cache with padded copies of
 * itself; texts longer than MAX_CACHED_TOKEN are verified every time.
 */
const VERIFIED_FOR_MS = 60_000;
const MAX_VERIFIED = 10_000;
const MAX_CACHED_TOKEN = 4096;
const verifiedTokens = new WeakMap<AuthConfig, Map<string, { payload: JWTPayload; until: number }>>();

async function verifiedPayload(token: string, config: AuthConfig): Promise<JWTPayload> {
  let verified = verifiedTokens.get(config);
  if (!verified) verifiedTokens.set(config, (verified = new Map()));
  const known = verified.get(token);
  const now = Date.now();
  if (known && now < known.until) return known.payload;
  verified.delete(token);
  // Base64url's last character may carry unused bits a decoder ignores: only the canonical text of each part
  // passes. Checked here, past the cache, since only canonical texts are kept there.
  if (!token.split('.').every(part => Buffer.from(part, 'base64url').toString('base64url') === part)) throw unauthenticated(MALFORMED_TOKEN);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, config.key as KeyLike, {
      issuer: config.issuer,
      audience: config.audience,
      algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
      requiredClaims: ['exp', 'sub'],
    }));
  } catch (error) {
    throw unauthenticated(explain(error));
  }
  if (token.length > MAX_CACHED_TOKEN) return payload;
  if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value!);
  verified.set(token, { payload: Object.freeze(payload), until: Math.min(now + VERIFIED_FOR_MS, (payload.exp as number) * 1000) });
  return payload;
}

/**
 * A compact JWS in base64url without padding, as every issuer writes one. Node's decoder also takes
 * `=` padding and `+/`, so a wider pattern let one token travel under many texts: past a sign-out
 * recorded by its text, and into the verified-token cache once per variant.
 */
const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;
const MALFORMED_TOKEN = 'El token de acceso está mal formado: se espera un JWT compacto en base64url (letras, dígitos, "-" y "_", sin relleno "=").';

/** The bearer token of `authorization` verified (signature, issuer, audience, expiry, role, not signed out); null without one. */
export async function verifyBearer(authorization: string | undefined, config: AuthConfig, requestId: string = randomUUID()): Promise<VerifiedToken | null> {
  if (!authorization) return null;
  const match = BEARER.exec(authorization.trim());
  if (!match) {
    if (/^Bearer \S+$/.test(authorization.trim())) throw unauthenticated(MALFORMED_TOKEN);
    throw unauthenticated('El encabezado Authorization debe tener la forma "Bearer <token>".');
  }
  const payload = await verifiedPayload(match[1], config);
  const identity = identityFrom(payload, config, requestId);
  await refuseRevoked(match[1], payload, config);
  return { token: match[1], payload, identity };
}

/** The caller of one request: anonymous without Authorization, or the verified token's identity. */
export async function authenticate(authorization: string | undefined, config: AuthConfig, requestId: string = randomUUID()): Promise<Identity> {
  return (await verifyBearer(authorization, config, requestId))?.identity ?? anonymousIdentity(requestId);
}
