import { createHash, createHmac, randomFillSync, timingSafeEqual } from 'node:crypto';
import type { Identity } from './identity';

// The gateway signs the verified identity it forwards to a subgraph: HMAC-SHA256 over the method, the
// target subgraph, the identity, a timestamp, a nonce and the SHA-256 of the exact request body, with a
// secret only the gateway and the subgraphs share. A subgraph answers nothing without a valid, fresh,
// unused signature made for it.

export const IDENTITY_HEADER = 'x-llavero-identity';
export const TIMESTAMP_HEADER = 'x-llavero-timestamp';
export const NONCE_HEADER = 'x-llavero-nonce';
export const SIGNATURE_HEADER = 'x-llavero-signature';

/** How old a signed request may be; a nonce is remembered until its request is too old to replay. */
export const SIGNATURE_MAX_AGE_MS = 60_000;
/** Clock skew tolerated for timestamps from the future. */
export const SIGNATURE_MAX_SKEW_MS = 5_000;

export interface SignedTarget {
  /** The subgraph the request is for (its name); a signature for sal is worthless at sut. */
  service: string;
  method?: string;
}

export function encodeIdentity(identity: Identity): string {
  return Buffer.from(JSON.stringify(identity)).toString('base64url');
}

const NONCE_BYTES = 16;
/** Nonces are cut from one CSPRNG fill of 256 at a time: a `randomBytes` call per subgraph call was 2 % of the gateway's CPU. */
const noncePool = Buffer.alloc(NONCE_BYTES * 256);
let nonceOffset = noncePool.length;

/** 128 random bits, base64url; each pool byte is used once. */
export function newNonce(): string {
  if (nonceOffset === noncePool.length) {
    randomFillSync(noncePool);
    nonceOffset = 0;
  }
  const nonce = noncePool.toString('base64url', nonceOffset, nonceOffset + NONCE_BYTES);
  nonceOffset += NONCE_BYTES;
  return nonce;
}

function signature(secret: string, target: SignedTarget, identity: string, timestamp: string, nonce: string, body: string | Buffer): string {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  const method = (target.method ?? 'POST').toUpperCase();
  return createHmac('sha256', secret).update(`${method}.${target.service}.${identity}.${timestamp}.${nonce}.${bodyHash}`).digest('hex');
}

/** Headers the gateway adds to one subgraph request. */
export function signRequest(secret: string, target: SignedTarget, identity: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  const nonce = newNonce();
  return {
    [IDENTITY_HEADER]: identity,
    [TIMESTAMP_HEADER]: timestamp,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: signature(secret, target, identity, timestamp, nonce, body),
  };
}

export type SignatureCheck = { valid: true; identity: Identity } | { valid: false; reason: string };

/**
 * Remembers each nonce for as long as its signed timestamp can still be accepted (up to and including
 * timestamp + SIGNATURE_MAX_AGE_MS), whatever the clock skew, so a captured request is never accepted twice.
 */
/** Where used nonces are remembered until their signature could no longer pass anyway. */
export interface NonceStore {
  /** True the first time `nonce` is seen; false on every replay. */
  useOnce(nonce: string, now: number, timestamp?: number): boolean | Promise<boolean>;
  close?(): Promise<void>;
}

/** One process's memory: enough for a single replica of a subgraph (REDIS_URL shares them between replicas). */
export class NonceRegistry implements NonceStore {
  private readonly seen = new Map<string, number>();

  /** `timestamp` is the signed one; the nonce is forgotten only once that timestamp is too old to pass. */
  useOnce(nonce: string, now: number, timestamp = now): boolean {
    for (const [key, acceptableUntil] of this.seen) {
      if (acceptableUntil >= now) break; // insertion order is nearly expiry order; the rest go on a later call
      this.seen.delete(key);
    }
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, timestamp + SIGNATURE_MAX_AGE_MS);
    return true;
  }
}

/**
 * `secret`: the current one, or the current one followed by the previous one, accepted for verification
 * while a rotation rolls through the gateways (GATEWAY_SIGNING_SECRET_PREVIOUS).
 */
export async function verifyRequest(
  secret: string | readonly string[],
  target: Required<SignedTarget>,
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
  nonces: NonceStore,
  now = Date.now(),
): Promise<SignatureCheck> {
  const [identity, timestamp, nonce, given] = [IDENTITY_HEADER, TIMESTAMP_HEADER, NONCE_HEADER, SIGNATURE_HEADER].map(h => headers[h]);
  if (typeof identity !== 'string' || typeof timestamp !== 'string' || typeof nonce !== 'string' || typeof given !== 'string') {
    return { valid: false, reason: 'la solicitud no trae la firma de la pasarela' };
  }
  const received = Buffer.from(given, 'hex');
  const matches = (key: string) => {
    const expected = Buffer.from(signature(key, target, identity, timestamp, nonce, body), 'hex');
    return received.length === expected.length && timingSafeEqual(received, expected);
  };
  if (!(typeof secret === 'string' ? [secret] : secret).some(matches)) {
    return { valid: false, reason: 'la firma de la pasarela no es válida' };
  }
  const signedAt = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || now - signedAt > SIGNATURE_MAX_AGE_MS) return { valid: false, reason: 'la firma de la pasarela está vencida' };
  if (signedAt - now > SIGNATURE_MAX_SKEW_MS) return { valid: false, reason: 'la firma de la pasarela tiene fecha futura' };
  if (!(await nonces.useOnce(nonce, now, signedAt))) return { valid: false, reason: 'la solicitud firmada ya fue usada (repetición)' };
  let forwarded: Partial<Identity> | null;
  try {
    forwarded = JSON.parse(Buffer.from(identity, 'base64url').toString('utf8')) as Partial<Identity> | null;
  } catch {
    return { valid: false, reason: 'la identidad firmada no se puede leer' };
  }
  if (!forwarded || typeof forwarded !== 'object' || typeof forwarded.subject !== 'string' || typeof forwarded.requestId !== 'string' || typeof forwarded.role !== 'string' || !Array.isArray(forwarded.scopes)) {
    return { valid: false, reason: 'la identidad firmada no tiene la forma esperada' };
  }
  return { valid: true, identity: forwarded as Identity };
}
