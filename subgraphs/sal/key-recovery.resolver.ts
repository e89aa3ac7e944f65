import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { IsNull, MoreThan } from 'typeorm';
import { Access } from '../../shared/auth/access';
import { mask } from '../../shared/auth/masking';
import { badUserInput, conflict } from '../../shared/errors';
import { requireValidRuc } from '../../shared/identifiers';
import { enqueueMail } from '../../shared/outbox/outbox';
import { confirmationCode, hashSecret, verifySecret } from '../../shared/passwords';
import { SalAccessKey } from './access-key';
import type { SalContext } from './context';
import { ConfirmSalKeyRecoveryInput } from './key-recovery.inputs';
import { recoveryCodeMail } from './mail';
import { requireNewPassword, setNewPassword } from './new-password';
import { keysInForce } from './one-key-in-force';
import { SalRecoveryCode } from './recovery-code';
import { SalRecoveryCodeSent } from './recovery-code-sent';
import { afterWrongCode, assertRecoveryQuota, recoveryCodeExpiry, recoveryQuotaStart, requireCodeFormat } from './recovery-limits';

// §6.3 "Recuperar clave": e-mails a confirmation code to the address registered in the key request.

@Resolver()
export class SalKeyRecoveryResolver {
  @Access({ scope: 'sal:write' })
  @Mutation(_returns => SalRecoveryCodeSent, { description: '"Recuperar clave": e-mails a confirmation code (15 minutes, single use) to the address registered in the key request.' })
  async requestSalKeyRecovery(@Arg('ruc') rucInput: string, @Ctx() ctx: SalContext): Promise<SalRecoveryCodeSent> {
    const ruc = requireValidRuc(rucInput).ruc;
    return ctx.dataSource.transaction(async manager => {
      const [key] = await keysInForce(manager, ruc);
      if (!key) throw conflict('ruc', `La institución ${ruc} no tiene una clave vigente que recuperar.`);
      const now = new Date();
      assertRecoveryQuota(ruc, await manager.getRepository(SalRecoveryCode).countBy({ institutionRuc: ruc, createdAt: MoreThan(recoveryQuotaStart(now)) }));
      const code = confirmationCode();
      const expiresAt = recoveryCodeExpiry(now);
      await manager.getRepository(SalRecoveryCode).insert({ keyId: key.id, institutionRuc: ruc, codeHash: await hashSecret(code), expiresAt });
      await enqueueMail(manager, recoveryCodeMail(key.holderEmail, ruc, code));
      return { sentTo: String(mask('email', key.holderEmail)), expiresAt };
    });
  }

  @Access({ scope: 'sal:write' })
  @Mutation(_returns => SalAccessKey, { description: 'Confirms the recovery code and sets a new password.' })
  async confirmSalKeyRecovery(@Arg('input') input: ConfirmSalKeyRecoveryInput, @Ctx() ctx: SalContext): Promise<SalAccessKey> {
    const ruc = requireValidRuc(input.ruc).ruc;
    requireCodeFormat(input.code);
    requireNewPassword(input.newPassword);
    const repository = ctx.dataSource.getRepository(SalRecoveryCode);
    const pending = await repository.findOne({ where: { institutionRuc: ruc, usedAt: IsNull(), expiresAt: MoreThan(new Date()) }, order: { createdAt: 'DESC' } });
    if (!pending) throw badUserInput('code', 'No hay un código de recuperación vigente para este RUC: pida uno nuevo (vencen a los 15 minutos y sirven una vez).', { reason: 'CODE_EXPIRED' });
    if (!(await verifySecret(input.code, pending.codeHash))) {
      // The failed attempt is kept (outside any transaction) so the code cannot be guessed.
      const wrong = afterWrongCode(pending.failedAttempts);
      await repository.update(pending.id, wrong.spent ? { failedAttempts: wrong.failedAttempts, usedAt: new Date() } : { failedAttempts: wrong.failedAttempts });
      throw wrong.error;
    }
    return ctx.dataSource.transaction(async manager => {
      const claimed = await manager.getRepository(SalRecoveryCode).update({ id: pending.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (!claimed.affected) throw badUserInput('code', 'Este código ya fue usado.', { reason: 'CODE_USED' });
      return setNewPassword(manager, pending.keyId, input.newPassword);
    });
  }
}
