import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { In, IsNull, MoreThan } from 'typeorm';
import { Access } from '../../shared/auth/access';
import { mask } from '../../shared/auth/masking';
import { badUserInput, conflict, llaveroError } from '../../shared/errors';
import { requireValidCedula, requireValidRuc } from '../../shared/identifiers';
import { enqueueMail } from '../../shared/outbox/outbox';
import { confirmationCode, hashSecret, passwordPolicyViolation, verifySecret } from '../../shared/passwords';
import { SalAccessKey } from './access-key';
import type { SalContext } from './context';
import { SalAccessKeyStatus, SalSignInOutcome } from './enums';
import { recoveryCodeMail } from './mail';
import { SalRecoveryCode } from './recovery-code';

// §6.3: sign-in with RUC, cédula and password; the temporary password must be changed on first use;
// "Recuperar clave" e-mails a confirmation code to the address registered in the key request.

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 30;
export const RECOVERY_CODE_MINUTES = 15;
export const RECOVERY_CODES_PER_HOUR = 3;
const MAX_CODE_ATTEMPTS = 5;

@InputType()
class SalSignInInput {
  @Field({ description: "First login field: the institution's RUC." })
  ruc!: string;

  @Field({ description: "User name: the holder's cédula." })
  cedula!: string;

  @Field()
  password!: string;
}

@InputType()
class ChangeSalPasswordInput extends SalSignInInput {
  @Field()
  newPassword!: string;
}

@InputType()
class ConfirmSalKeyRecoveryInput {
  @Field()
  ruc!: string;

  @Field({ description: 'The six-digit code received by e-mail.' })
  code!: string;

  @Field()
  newPassword!: string;
}

@ObjectType({ description: 'Result of checking a SAL sign-in.' })
class SalSignInResult {
  @Access({ scope: 'sal:write' })
  @Field(_type => SalSignInOutcome)
  outcome!: SalSignInOutcome;

  @Access({ scope: 'sal:write' })
  @Field(_type => Int, { nullable: true, description: 'Attempts left before the key locks.' })
  remainingAttempts!: number | null;

  @Access({ scope: 'sal:write' })
  @Field(_type => Date, { nullable: true })
  lockedUntil!: Date | null;
}

@ObjectType({ description: 'Where the recovery code was sent and until when it is valid.' })
class SalRecoveryCodeSent {
  @Access({ scope: 'sal:write' })
  @Field({ description: 'The registered address, masked.' })
  sentTo!: string;

  @Access({ scope: 'sal:write' })
  @Field()
  expiresAt!: Date;
}

const IN_FORCE = In([SalAccessKeyStatus.ACTIVE, SalAccessKeyStatus.PENDING_FIRST_LOGIN]);

async function keyWithHash(ctx: SalContext, ruc: string, cedula: string): Promise<SalAccessKey | null> {
  return ctx.dataSource
    .getRepository(SalAccessKey)
    .createQueryBuilder('k')
    .addSelect('k.passwordHash')
    .where('k.institutionRuc = :ruc AND k.holderCedula = :cedula AND k.status IN (:...statuses)', {
      ruc,
      cedula,
      statuses: [SalAccessKeyStatus.ACTIVE, SalAccessKeyStatus.PENDING_FIRST_LOGIN],
    })
    .getOne();
}

function requireNewPassword(newPassword: string, previous: string) {
  const violation = passwordPolicyViolation(newPassword);
  if (violation) throw badUserInput('newPassword', violation);
  if (newPassword === previous) throw badUserInput('newPassword', 'La nueva contraseña debe ser distinta de la anterior.');
}

@Resolver()
export class SalSignInResolver {
  @Access({ scope: 'sal:write' })
  @Mutation(_returns => SalSignInResult, { description: 'Checks a SAL sign-in (RUC, cédula, password); locks the key after repeated failures.' })
  async checkSalSignIn(@Arg('input') input: SalSignInInput, @Ctx() ctx: SalContext): Promise<SalSignInResult> {
    const ruc = requireValidRuc(input.ruc).ruc;
    const cedula = requireValidCedula(input.cedula).cedula;
    const key = await keyWithHash(ctx, ruc, cedula);
    const wrong = { outcome: SalSignInOutcome.WRONG_CREDENTIALS, remainingAttempts: null, lockedUntil: null };
    if (!key?.passwordHash) return wrong; // no hint whether the RUC or the user exists
    const now = new Date();
    if (key.lockedUntil && key.lockedUntil > now) return { outcome: SalSignInOutcome.LOCKED, remainingAttempts: 0, lockedUntil: key.lockedUntil };
    const repository = ctx.dataSource.getRepository(SalAccessKey);
    if (!(await verifySecret(input.password, key.passwordHash))) {
      const failed = key.failedAttempts + 1;
      if (failed >= MAX_FAILED_SIGN_INS) {
        const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
        await repository.update(key.id, { failedAttempts: 0, lockedUntil });
        return { outcome: SalSignInOutcome.LOCKED, remainingAttempts: 0, lockedUntil };
      }
      await repository.update(key.id, { failedAttempts: failed });
      return { ...wrong, remainingAttempts: MAX_FAILED_SIGN_INS - failed };
    }
    await repository.update(key.id, { failedAttempts: 0, lockedUntil: null, lastSignInAt: now });
    return {
      outcome: key.mustChangePassword ? SalSignInOutcome.PASSWORD_CHANGE_REQUIRED : SalSignInOutcome.SUCCESS,
      remainingAttempts: null,
      lockedUntil: null,
    };
  }

  @Access({ scope: 'sal:write' })
  @Mutation(_returns => SalAccessKey, { description: 'Changes the password (required on first use of the temporary one); the key becomes ACTIVE.' })
  async changeSalPassword(@Arg('input') input: ChangeSalPasswordInput, @Ctx() ctx: SalContext): Promise<SalAccessKey> {
    const ruc = requireValidRuc(input.ruc).ruc;
    const cedula = requireValidCedula(input.cedula).cedula;
    requireNewPassword(input.newPassword, input.password);
    const key = await keyWithHash(ctx, ruc, cedula);
    if (!key?.passwordHash || (key.lockedUntil && key.lockedUntil > new Date()) || !(await verifySecret(input.password, key.passwordHash))) {
      throw badUserInput('password', 'RUC, usuario o contraseña actual incorrectos, o la clave está bloqueada.');
    }
    await ctx.dataSource.getRepository(SalAccessKey).update(key.id, {
      passwordHash: await hashSecret(input.newPassword),
      mustChangePassword: false,
      status: SalAccessKeyStatus.ACTIVE,
      failedAttempts: 0,
      lockedUntil: null,
    });
    return ctx.dataSource.getRepository(SalAccessKey).findOneByOrFail({ id: key.id });
  }

  @Access({ scope: 'sal:write' })
  @Mutation(_returns => SalRecoveryCodeSent, { description: '"Recuperar clave": e-mails a confirmation code (15 minutes, single use) to the address registered in the key request.' })
  async requestSalKeyRecovery(@Arg('ruc') rucInput: string, @Ctx() ctx: SalContext): Promise<SalRecoveryCodeSent> {
    const ruc = requireValidRuc(rucInput).ruc;
    return ctx.dataSource.transaction(async manager => {
      const key = await manager.getRepository(SalAccessKey).findOne({ where: { institutionRuc: ruc, status: IN_FORCE }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw conflict('ruc', `La institución ${ruc} no tiene una clave vigente que recuperar.`);
      const recent = await manager.getRepository(SalRecoveryCode).countBy({ institutionRuc: ruc, createdAt: MoreThan(new Date(Date.now() - 3_600_000)) });
      if (recent >= RECOVERY_CODES_PER_HOUR) {
        throw llaveroError('FORBIDDEN', `Se pidieron ${recent} códigos de recuperación para ${ruc} en la última hora: espere antes de pedir otro.`, { reason: 'RATE_LIMITED', field: 'ruc' });
      }
      const code = confirmationCode();
      const expiresAt = new Date(Date.now() + RECOVERY_CODE_MINUTES * 60_000);
      await manager.getRepository(SalRecoveryCode).insert({ keyId: key.id, institutionRuc: ruc, codeHash: await hashSecret(code), expiresAt });
      await enqueueMail(manager, recoveryCodeMail(key.holderEmail, ruc, code));
      return { sentTo: String(mask('email', key.holderEmail)), expiresAt };
    });
  }

  @Access({ scope: 'sal:write' })
  @Mutation(_returns => SalAccessKey, { description: 'Confirms the recovery code and sets a new password.' })
  async confirmSalKeyRecovery(@Arg('input') input: ConfirmSalKeyRecoveryInput, @Ctx() ctx: SalContext): Promise<SalAccessKey> {
    const ruc = requireValidRuc(input.ruc).ruc;
    if (!/^\d{6}$/.test(input.code)) throw badUserInput('code', 'El código de confirmación tiene 6 dígitos.');
    const violation = passwordPolicyViolation(input.newPassword);
    if (violation) throw badUserInput('newPassword', violation);
    const repository = ctx.dataSource.getRepository(SalRecoveryCode);
    const pending = await repository.findOne({ where: { institutionRuc: ruc, usedAt: IsNull(), expiresAt: MoreThan(new Date()) }, order: { createdAt: 'DESC' } });
    if (!pending) throw badUserInput('code', 'No hay un código de recuperación vigente para este RUC: pida uno nuevo (vencen a los 15 minutos y sirven una vez).', { reason: 'CODE_EXPIRED' });
    if (!(await verifySecret(input.code, pending.codeHash))) {
      // The failed attempt is kept (outside any transaction) so the code cannot be guessed.
      const attempts = pending.failedAttempts + 1;
      await repository.update(pending.id, attempts >= MAX_CODE_ATTEMPTS ? { failedAttempts: attempts, usedAt: new Date() } : { failedAttempts: attempts });
      throw badUserInput('code', attempts >= MAX_CODE_ATTEMPTS ? 'Código incorrecto: se agotaron los intentos, pida un código nuevo.' : 'El código de confirmación no es correcto.', { reason: 'CODE_WRONG' });
    }
    return ctx.dataSource.transaction(async manager => {
      const claimed = await manager.getRepository(SalRecoveryCode).update({ id: pending.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (!claimed.affected) throw badUserInput('code', 'Este código ya fue usado.', { reason: 'CODE_USED' });
      await manager.getRepository(SalAccessKey).update(pending.keyId, {
        passwordHash: await hashSecret(input.newPassword),
        mustChangePassword: false,
        status: SalAccessKeyStatus.ACTIVE,
        failedAttempts: 0,
        lockedUntil: null,
      });
      return manager.getRepository(SalAccessKey).findOneByOrFail({ id: pending.keyId });
    });
  }
}
