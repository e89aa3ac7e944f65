// Who is asking: verified by the gateway (JWT), forwarded to subgraphs in signed headers.

export type Role = 'front-office' | 'reviewer' | 'partner' | 'auditor' | 'anonymous';
export const ROLES: readonly Role[] = ['front-office', 'reviewer', 'partner', 'auditor'];

export const SERVICES = ['sal', 'sut', 'trainers', 'iess'] as const;

/** Scopes every service knows: a token's scope is granted only when it is one of these, exactly. */
export const KNOWN_SCOPES: readonly string[] = [
  ...SERVICES.flatMap(s => [`${s}:read`, `${s}:read:unmasked`, `${s}:write`, `${s}:decide`]),
  'audit:read',
];

/** The only implication between scopes: reading a known service unmasked is reading it. */
function withImplied(scope: string): string[] {
  return scope.endsWith(':read:unmasked') && KNOWN_SCOPES.includes(scope) ? [scope, scope.slice(0, -':unmasked'.length)] : [scope];
}

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

/** The role's scopes and the token's known ones (unknown, misspelt or differently cased ones are dropped, never granted). */
export function effectiveScopes(role: Role, tokenScopes: readonly string[]): string[] {
  const granted = tokenScopes.filter(scope => KNOWN_SCOPES.includes(scope));
  return [...new Set([...ROLE_SCOPES[role], ...granted].flatMap(withImplied))].sort();
}

/** Every scope an identity holds, implied ones included, computed once per identity (checked once per field). */
const heldScopes = new WeakMap<Identity, Set<string>>();

/** Exactly the scope, or `<service>:read:unmasked` for `<service>:read`; nothing else implies anything. */
export function hasScope(identity: Identity, scope: string): boolean {
  let held = heldScopes.get(identity);
  if (!held) heldScopes.set(identity, (held = new Set(identity.scopes.flatMap(withImplied))));
  return held.has(scope);
}

export function isAuthenticated(identity: Identity | undefined): identity is Identity {
  return !!identity && identity.role !== 'anonymous';
}
