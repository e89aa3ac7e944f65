import { timingSafeEqual } from 'node:crypto';
import type { FrontOfficeClaims } from './authenticate';

// The development accounts of /ventanilla (VENTANILLA_USERS): "user:password[:role[:office]]", comma-
// separated. Role front-office (the default) or reviewer; the office goes into the token. Old two-part
// entries keep working. An entry with an unknown role stops the start: a typo must not grant less or more.

export interface VentanillaAccount extends FrontOfficeClaims {
  password: string;
}

const ACCOUNT_ROLES: ReadonlyArray<FrontOfficeClaims['role']> = ['front-office', 'reviewer'];

export function parseVentanillaUsers(setting: string): Map<string, VentanillaAccount> {
  const accounts = new Map<string, VentanillaAccount>();
  for (const entry of setting.split(',').map(item => item.trim()).filter(Boolean)) {
    const [user, password, role, ...office] = entry.split(':').map(part => part.trim());
    if (!user || !password) continue;
    const accountRole = (role || 'front-office') as FrontOfficeClaims['role'];
    if (!ACCOUNT_ROLES.includes(accountRole)) {
      throw new Error(`VENTANILLA_USERS: el rol "${role}" del usuario "${user}" no existe (use ${ACCOUNT_ROLES.join(' o ')}).`);
    }
    accounts.set(user, { password, role: accountRole, office: office.join(':') || null });
  }
  return accounts;
}

function same(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The account when the password matches, null otherwise (compared in constant time). */
export function checkPassword(accounts: Map<string, VentanillaAccount>, user: string, password: string): VentanillaAccount | null {
  const account = accounts.get(user);
  return account && same(password, account.password) ? account : null;
}
