import { In, type EntityManager } from 'typeorm';
import { SalAccessKey } from './access-key';
import { SalAccessKeyStatus } from './enums';

// §6.2: one Responsable UATH key in force per institution (the database holds it too, with
// access_key_one_in_force_idx): a key is in force until it is deactivated; a new key replaces it only
// when the creation request declared so, with its reason (key-replacement.ts).

export const KEY_STATUSES_IN_FORCE: readonly SalAccessKeyStatus[] = [SalAccessKeyStatus.ACTIVE, SalAccessKeyStatus.PENDING_FIRST_LOGIN];

export function isKeyInForce(status: SalAccessKeyStatus): boolean {
  return KEY_STATUSES_IN_FORCE.includes(status);
}

/** The institution's keys in force (of one holder, when given), locked for the caller's transaction. */
export function keysInForce(manager: EntityManager, ruc: string, holderCedula?: string): Promise<SalAccessKey[]> {
  return manager.getRepository(SalAccessKey).find({
    where: { institutionRuc: ruc, status: In([...KEY_STATUSES_IN_FORCE]), ...(holderCedula ? { holderCedula } : {}) },
    lock: { mode: 'pessimistic_write' },
  });
}
