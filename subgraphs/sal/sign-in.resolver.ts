import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { badUserInput } from '../../shared/errors';
import { requireValidCedula, requireValidRuc } from '../../shared/identifiers';
import { verifySecret } from '../../shared/passwords';
import { SalAccessKey } from './access-key';
import type { SalContext } from './context';
import { SalSignInOutcome } from './enums';
import { requireNewPassword, setNewPassword } from './new-password';
import { KEY_STATUSES_IN_FORCE } from './one-key-in-force';
import { countSignInAttempt, isLocked } from './sign-in-lockout';
import { ChangeSalPasswordInput, SalSignInInput } from './sign-in.inputs';
import { SalSignInResult } from './sign-in-result';
import { requirePublicInstitutionRuc } from './public-institution';
import { SalRucConfirmation } from './ruc-confirmation';
import { confirmRuc } from './sign-in-ruc-check';

// §6.3: sign-in with RUC (checked first), cédula and password; the temporary password must be changed on first use.

/** The key in force of this holder at this institution, with its password hash (never selected otherwise). */
function keyWithHash(ctx: SalContext, ruc: string, cedula: string): Promise<SalAccessKey | null> {
  return ctx.dataSource
    .getRepository(SalAccessKey)
    .createQueryBuilder('k')
    .addSelect('k.passwordHash')
    .where('k.institutionRuc = :ruc AND k.holderCedula = :cedula AND k.status IN (:...statuses)', { ruc, cedula, statuses: KEY_STATUSES_IN_FORCE })
    .getOne();
}

@Resolver()
export class SalSignInResolver {
  @Access({ scope: 'sal:write' })
  @Query(_returns => SalRucConfirmation, { description: 'First step of the SAL sign-in (§6.3): checks the RUC before the credentials are asked.' })
  async checkSalSignInRuc(@Arg('ruc') rucInput: string, @Ctx() ctx: SalContext): Promise<SalRucConfirmation> {
    const ruc = requirePublicInstitutionRuc(rucInput);
    return confirmRuc(ruc, await ctx.loaders.institutionByRuc.load(ruc));
  }

  @Access({ scope: 'sal:write' })
  @Mutation(_returns => SalSignInResult, { description: 'Checks a SAL sign-in (RUC, cédula, password); locks the key after repeated failures.' })
  async checkSalSignIn(@Arg('input') input: SalSignInInput, @Ctx() ctx: SalContext): Promise<SalSignInResult> {
    const ruc = requireValidRuc(input.ruc).ruc;
    const cedula = requireValidCedula(input.cedula).cedula;
    const key = await keyWithHash(ctx, ruc, cedula);
    const wrong = { outcome: SalSignInOutcome.WRONG_CREDENTIALS, remainingAttempts: null, lockedUntil: null };
    if (!key?.passwordHash) return wrong; // no hint whether the RUC or the user exists
    const now = new Date();
    if (isLocked(key.lockedUntil, now)) return { outcome: SalSignInOutcome.LOCKED, remainingAttempts: 0, lockedUntil: key.lockedUntil };
    // Counted before the (slow) password check, so parallel guesses cannot outrun the lockout.
    const attempt = await countSignInAttempt(ctx.dataSource.manager, key.id, now);
    if (!attempt.counted) return { outcome: SalSignInOutcome.LOCKED, remainingAttempts: 0, lockedUntil: attempt.lockedUntil };
    if (!(await verifySecret(input.password, key.passwordHash))) {
      return attempt.lockedUntil ? { outcome: SalSignInOutcome.LOCKED, remainingAttempts: 0, lockedUntil: attempt.lockedUntil } : { ...wrong, remainingAttempts: attempt.remainingAttempts };
    }
    await ctx.dataSource.getRepository(SalAccessKey).update(key.id, { failedAttempts: 0, lockedUntil: null, lastSignInAt: now });
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
    if (!key?.passwordHash || isLocked(key.lockedUntil, new Date()) || !(await verifySecret(input.password, key.passwordHash))) {
      throw badUserInput('password', 'RUC, usuario o contraseña actual incorrectos, o la clave está bloqueada.');
    }
    return setNewPassword(ctx.dataSource.manager, key.id, input.newPassword);
  }
}
