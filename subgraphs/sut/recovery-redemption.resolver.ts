import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { badUserInput } from '../../shared/errors';
import type { SutContext } from './context';
import { RECOVERY_TOKEN_HOURS, recoveryTokenHash, redeemableToken } from './recovery-token';
import { SystemKeyRecovery } from './system-key-recovery';
import { SystemKeyRecoveryToken } from './system-key-recovery-token';

/** Seed 001, the answer used: the user regenerates the key through the e-mailed link. */
@Resolver(_of => SystemKeyRecovery)
export class RecoveryRedemptionResolver {
  @Access({ scope: 'sut:write' })
  @Mutation(_returns => SystemKeyRecovery, { description: `The SUT or Salarios en Línea redeems the link token when the user regenerates the key: once, within ${RECOVERY_TOKEN_HOURS} hours.` })
  async redeemSystemKeyRecoveryToken(@Arg('token') token: string, @Ctx() ctx: SutContext): Promise<SystemKeyRecovery> {
    const repository = ctx.dataSource.getRepository(SystemKeyRecoveryToken);
    const now = new Date();
    const claimed = await repository.update(redeemableToken(token, now), { usedAt: now });
    if (!claimed.affected) {
      throw badUserInput('token', `El enlace de recuperación no es válido, ya fue usado o venció (${RECOVERY_TOKEN_HOURS} horas): solicite una nueva recuperación.`, { reason: 'TOKEN_INVALID' });
    }
    const row = await repository.findOneByOrFail({ tokenSha256: recoveryTokenHash(token) });
    return ctx.dataSource.getRepository(SystemKeyRecovery).findOneByOrFail({ id: row.recoveryId });
  }
}
