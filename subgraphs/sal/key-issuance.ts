import type { EntityManager } from 'typeorm';
import { enqueueMail } from '../../shared/outbox/outbox';
import { hashSecret, temporaryPassword } from '../../shared/passwords';
import { SalAccessKey } from './access-key';
import { transition } from '../../shared/transition';
import { SalAccessKeyStatus, SalDeactivationReason, SalKeyRequestKind, SalKeyRequestStatus } from './enums';
import { SalInstitution } from './institution';
import { assertKeysMayBeIssued } from './institution-status';
import { SalKeyRequest } from './key-request';
import { keyDeactivatedMail, keyIssuedMail } from './mail';
import { KEY_REQUEST } from './key-request-state';
import { assertStillTheDeclaredKey } from './key-replacement';
import { keysInForce } from './one-key-in-force';

export async function deactivateKeys(manager: EntityManager, keys: SalAccessKey[], reason: SalDeactivationReason, now = new Date()): Promise<void> {
  for (const key of keys) {
    await manager.getRepository(SalAccessKey).update(key.id, { status: SalAccessKeyStatus.DEACTIVATED, deactivatedAt: now, deactivationReason: reason });
    await enqueueMail(manager, keyDeactivatedMail(key.holderEmail, key.institutionRuc, key.holderCedula, reason));
  }
}

/**
 * The key in force a creation replaces is deactivated for the reason the request declared, unless its
 * holder's own deactivation request is open: that request is approved with it and its reason kept.
 */
async function replaceKeyInForce(manager: EntityManager, request: SalKeyRequest, actor: string, now: Date): Promise<void> {
  const keys = await keysInForce(manager, request.institutionRuc);
  const inForce = keys[0] ?? null;
  assertStillTheDeclaredKey(request, inForce);
  if (!inForce) return;
  const open = await manager.getRepository(SalKeyRequest).find({
    where: { institutionRuc: request.institutionRuc, kind: SalKeyRequestKind.DEACTIVATION, holderCedula: inForce.holderCedula, status: SalKeyRequestStatus.SUBMITTED },
    order: { submittedAt: 'ASC' },
  });
  for (const deactivation of open) {
    const note = `Resuelta al aprobar la solicitud de creación ${request.id}, que reemplaza esta clave.`;
    await transition(manager, KEY_REQUEST, { id: deactivation.id, to: SalKeyRequestStatus.APPROVED, actor, note, changes: { decidedAt: now, decidedBy: actor } });
  }
  await deactivateKeys(manager, keys, open[0]?.deactivationReason ?? request.replacementReason!, now);
}

/** Issues the key of an approved creation request: a temporary password, stored only as a scrypt hash and e-mailed through the outbox to the institutional address. */
export async function issueKey(manager: EntityManager, request: SalKeyRequest, actor: string): Promise<SalAccessKey> {
  const now = new Date();
  await replaceKeyInForce(manager, request, actor, now);
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
export async function carryOutApproval(manager: EntityManager, request: SalKeyRequest, actor: string): Promise<void> {
  if (request.kind === SalKeyRequestKind.CREATION) {
    assertKeysMayBeIssued(await manager.getRepository(SalInstitution).findOneByOrFail({ ruc: request.institutionRuc }));
    request.issuedKeyId = (await issueKey(manager, request, actor)).id;
    await manager.getRepository(SalKeyRequest).update(request.id, { issuedKeyId: request.issuedKeyId });
  } else {
    await deactivateKeys(manager, await keysInForce(manager, request.institutionRuc, request.holderCedula), request.deactivationReason!);
  }
}
