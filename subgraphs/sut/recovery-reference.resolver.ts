import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { MAX_REFERENCE_RESULTS, readReference } from '../../shared/reference';
import type { SutContext } from './context';
import { SystemKeyRecovery } from './system-key-recovery';

/** The window's search by reference: the recovery's id, or the Quipux number it arrived with (any case, spaces around ignored). */
@Resolver(_of => SystemKeyRecovery)
export class RecoveryReferenceResolver {
  @Access({ scope: 'sut:read' })
  @Query(_returns => [SystemKeyRecovery], {
    description: `Recoveries whose id or Quipux document number is the reference (trimmed, 1 to 100 characters; Quipux numbers in any case), newest first, at most ${MAX_REFERENCE_RESULTS}.`,
  })
  systemKeyRecoveriesByReference(@Arg('reference') raw: string, @Ctx() ctx: SutContext): Promise<SystemKeyRecovery[]> {
    const reference = readReference(raw);
    const query = ctx.dataSource
      .getRepository(SystemKeyRecovery)
      .createQueryBuilder('recovery')
      .where('lower(btrim(recovery.quipuxDocumentNumber)) = lower(:text)', { text: reference.text });
    if (reference.id) query.orWhere('recovery.id = :id', { id: reference.id });
    return query.orderBy('recovery.receivedAt', 'DESC').limit(MAX_REFERENCE_RESULTS).getMany();
  }
}
