import type { EntityManager } from 'typeorm';
import { enqueueMail } from '../../shared/outbox/outbox';
import { hashSecret, temporaryPassword } from '../../shared/passwords';
import { SalAccessKey } from './access-key';
import { SalAccessKeyStatus, SalDeactivationReason, SalKeyRequestKind } from './enums';
import { SalInstitution } from './institution';
import { assertKeysMayBeIssued } from './institution-status';
import { SalKeyRequest } from './key-request';
import { keyDeactivatedMail, keyIssuedMail } from './mail';
import { keysInForce, REPLACED_KEY_REASON } from './one-key-in-force';

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
  await deactivateKeys(manager, await keysInForce(manager, request.institutionRuc), REPLACED_KEY_REASON, now);
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

/** What an approval does: a creation issues the key (to an institution still active), a deactivation deactivates the holder's key. */
export async function carryOutApproval(manager: EntityManager, request: SalKeyRequest): Promise<void> {
  if (request.kind === SalKeyRequestKind.CREATION) {
    assertKeysMayBeIssued(await manager.getRepository(SalInstitution).findOneByOrFail({ ruc: request.institutionRuc }));
    request.issuedKeyId = (await issueKey(manager, request)).id;
    await manager.getRepository(SalKeyRequest).update(request.id, { issuedKeyId: request.issuedKeyId });
  } else {
    await deactivateKeys(manager, await keysInForce(manager, request.institutionRuc, request.holderCedula), request.deactivationReason!);
  }
}
