// Who is asking: verified by the gateway (JWT), forwarded to subgraphs in signed headers.

export type Role = 'front-office' | 'reviewer' | 'partner' | 'auditor' | 'anonymous';
export const ROLES: readonly Role[] = ['front-office', 'reviewer', 'partner', 'auditor'];

export const SERVICES = ['sal', 'sut', 'trainers', 'iess'] as const;

/** Scopes every service knows. `<service>:read:unmasked` also grants `<service>:read`. */
export const KNOWN_SCOPES: readonly string[] = [
  ...SERVICES.flatMap(s => [`${s}:read`, `${s}:read:unmasked`, `${s}:write`, `${s}:decide`]),
  'audit:read',
];

/** Staff roles carry these scopes whatever their token says; partners only get what their token grants. */
const ROLE_SCOPES: Record<Role, readonly string[]> = {
  'front-office': SERVICES.flatMap(s => [`${s}:read:unmasked`, `${s}:write`]),
  reviewer: SERVICES.flatMap(s => [`${s}:read:unmasked`, `${s}:write`, `${s}:decide`]),
  auditor: ['audit:read'],
  partner: [],
  anonymous: [],
};

export interface Identity {
  /** The token's subject (a person or an agency's client id); 'anonymous' without a token. */
  subject: string;
  role: Role;
  scopes: string[];
  agency: string | null;
  /** Only registered (persisted) operations are accepted from this caller. */
  trustedOperationsOnly: boolean;
  /** One id per incoming request, carried to every subgraph and the audit trail. */
  requestId: string;
}

export function anonymousIdentity(requestId: string): Identity {
  return { subject: 'anonymous', role: 'anonymous', scopes: [], agency: null, trustedOperationsOnly: false, requestId };
}

export function effectiveScopes(role: Role, tokenScopes: readonly string[]): string[] {
  return [...new Set([...ROLE_SCOPES[role], ...tokenScopes])].sort();
}

export function hasScope(identity: Identity, scope: string): boolean {
  return identity.scopes.includes(scope) || identity.scopes.includes(`${scope}:unmasked`);
}

export function isAuthenticated(identity: Identity | undefined): identity is Identity {
  return !!identity && identity.role !== 'anonymous';
}
