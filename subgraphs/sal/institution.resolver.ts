import { Access } from '../../shared/auth/access';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { requireValidRuc } from '../../shared/identifiers';
import type { SalContext } from './context';
import { SalInstitution } from './institution';

@Resolver(_of => SalInstitution)
export class SalInstitutionResolver {
  @Access({ scope: 'sal:read' })
  @Query(_returns => SalInstitution, { nullable: true, description: 'A public institution registered in SAL, by RUC; null when not registered.' })
  salInstitution(@Arg('ruc') ruc: string, @Ctx() ctx: SalContext): Promise<SalInstitution | null> {
    return ctx.loaders.institutionByRuc.load(requireValidRuc(ruc).ruc);
  }
}
