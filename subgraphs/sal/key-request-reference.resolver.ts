import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { MAX_REFERENCE_RESULTS, readReference } from '../../shared/reference';
import type { SalContext } from './context';
import { SalKeyRequest } from './key-request';

// SAL requests arrive by e-mail and carry no oficio or Quipux number of their own (the institution's
// status-change oficio belongs to the institution, not to a request): the references are Llavero's ids.

@Resolver(_of => SalKeyRequest)
export class SalKeyRequestReferenceResolver {
  @Access({ scope: 'sal:read' })
  @Query(_returns => [SalKeyRequest], {
    description: `Key requests whose id, or the id of the key their approval issued, is the reference (trimmed, 1 to 100 characters), newest first, at most ${MAX_REFERENCE_RESULTS}; [] for anything that is not such an id.`,
  })
  async salKeyRequestsByReference(@Arg('reference') raw: string, @Ctx() ctx: SalContext): Promise<SalKeyRequest[]> {
    const { id } = readReference(raw);
    if (!id) return [];
    return ctx.dataSource.getRepository(SalKeyRequest).find({ where: [{ id }, { issuedKeyId: id }], order: { submittedAt: 'DESC' }, take: MAX_REFERENCE_RESULTS });
  }
}
