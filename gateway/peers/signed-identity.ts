import { encodeIdentity, signRequest } from '../../shared/auth/gateway-signature';
import { authenticate, type AuthConfig } from '../auth/authenticate';

/**
 * What another router must do for Llavero's subgraphs to answer it, exactly as Llavero's gateway does:
 * verify the caller's bearer token (the same keys, issuer, audience and closed sessions), then sign each
 * subgraph call's exact body with the shared secret, bound to that subgraph's name.
 */
export class SignedIdentity {
  constructor(
    private readonly auth: AuthConfig,
    private readonly signingSecret: string,
  ) {}

  /** The forwarded identity of one client request (anonymous without Authorization); a bad token throws UNAUTHENTICATED. */
  async identityOf(authorization: string | undefined | null, requestId?: string): Promise<string> {
    return encodeIdentity(await authenticate(authorization ?? undefined, this.auth, requestId));
  }

  /** The headers one subgraph call carries: identity, timestamp, nonce and the HMAC over service and body. */
  headersFor(service: string, identity: string, body: string): Record<string, string> {
    return signRequest(this.signingSecret, { service }, identity, body);
  }
}
