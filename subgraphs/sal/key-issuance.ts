import { In, type EntityManager } from 'typeorm';
import { enqueueMail } from '../../shared/outbox/outbox';
import { hashSecret, temporaryPassword } from '../../shared/passwords';
import { SalAccessKey } from './access-key';
import { SalAccessKeyStatus, SalDeactivationReason } from './enums';
import type { SalKeyRequest } from './key-request';
import { keyDeactivatedMail, keyIssuedMail } from './mail';

const IN_FORCE = [SalAccessKeyStatus.ACTIVE, SalAccessKeyStatus.PENDING_FIRST_LOGIN];

export function keysInForce(manager: EntityManager, ruc: string, holderCedula?: string): Promise<SalAccessKey[]> {
  return manager.getRepository(SalAccessKey).find({
    where: { institutionRuc: ruc, status: In(IN_FORCE), ...(holderCedula ? { holderCedula } : {}) },
    lock: { mode: 'pessimistic_write' },
  });
}

export async function deactivateKeys(manager: EntityManager, keys: SalAccessKey[], reason: SalDeactivationReason, now = new Date()): Promise<void> {
  for (const key of keys) {
    await manager.getRepository(SalAccessKey).update(key.id, { status: SalAccessKeyStatus.DEACTIVATED, deactivatedAt: now, deactivationReason: reason });
    await enqueueMail(manager, keyDeactivatedMail(key.holderEmail, key.institutionRuc, key.holderCedula, reason));
  }
}

/**
 * Issues the key of an approved creation request: the previous Responsable UATH's key (at most one is
 * in force) is deactivated with CHANGE_OF_RESPONSIBLE, the new one gets a temporary password, stored
 * only as a scrypt hash and e-mailed through the outbox to the institutional address.
 */
export async function issueKey(manager: EntityManager, request: SalKeyRequest): Promise<SalAccessKey> {
  const now = new Date();
  await deactivateKeys(manager, await keysInForce(manager, request.institutionRuc), SalDeactivationReason.CHANGE_OF_RESPONSIBLE, now);
  const password = temporaryPassword();
  const key = manager.getRepository(SalAccessKey).create({
    institutionRuc: request.institutionRuc,
    holderCedula: request.holderCedula,
    holderNames: request.holderNames,
    holderEmail: request.holderEmail,
    status: SalAccessKeyStatus.PENDING_FIRST_LOGIN,
    mustChangePassword: true,
    passwordHash: await hashSecret(password),
    requestId: request.id,
    issuedAt: now,
  });
  await manager.getRepository(SalAccessKey).insert(key);
  await enqueueMail(manager, keyIssuedMail(request.holderEmail, request.institutionRuc, request.holderCedula, password));
  return key;
}
