import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { MAX_REFERENCE_RESULTS, readReference } from '../../shared/reference';
import type { IessContext } from './context';
import { IessEmployerKeyRequest } from './key-request';

// A clave patronal request is named by its id, the one the turno's confirmation and the virtual
// submission answer with. The power-of-attorney number names a notarial deed, not the request: no reference.

@Resolver(_of => IessEmployerKeyRequest)
export class IessKeyRequestReferenceResolver {
  @Access({ scope: 'iess:read' })
  @Query(_returns => [IessEmployerKeyRequest], {
    description: `Clave patronal requests whose id is the reference (trimmed, 1 to 100 characters), at most ${MAX_REFERENCE_RESULTS}; [] for anything that is not such an id.`,
  })
  async iessEmployerKeyRequestsByReference(@Arg('reference') raw: string, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest[]> {
    const { id } = readReference(raw);
    if (!id) return [];
    return ctx.dataSource.getRepository(IessEmployerKeyRequest).find({ where: { id }, take: MAX_REFERENCE_RESULTS });
  }
}
