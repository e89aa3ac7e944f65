import type { EntityManager } from 'typeorm';
import { badUserInput } from '../../shared/errors';
import { hashSecret, passwordPolicyViolation } from '../../shared/passwords';
import { SalAccessKey } from './access-key';
import { SalAccessKeyStatus } from './enums';

// §6.3: the temporary password must be changed on first use; a new password (changed or recovered)
// follows the password policy and makes the key ACTIVE, unlocked.

/** BAD_USER_INPUT on newPassword when it breaks the policy or, on a change, repeats the current one. */
export function requireNewPassword(newPassword: string, current?: string): void {
  const violation = passwordPolicyViolation(newPassword);
  if (violation) throw badUserInput('newPassword', violation);
  if (newPassword === current) throw badUserInput('newPassword', 'La nueva contraseña debe ser distinta de la anterior.');
}

export async function setNewPassword(manager: EntityManager, keyId: string, newPassword: string): Promise<SalAccessKey> {
  await manager.getRepository(SalAccessKey).update(keyId, {
    passwordHash: await hashSecret(newPassword),
    mustChangePassword: false,
    status: SalAccessKeyStatus.ACTIVE,
    failedAttempts: 0,
    lockedUntil: null,
  });
  return manager.getRepository(SalAccessKey).findOneByOrFail({ id: keyId });
}
