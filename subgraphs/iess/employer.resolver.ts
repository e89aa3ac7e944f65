import { Access, Public } from '../../shared/auth/access';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { IessContext } from './context';
import { IessEmployer } from './employer';
import { IessSector } from './sector';

@Resolver(_of => IessEmployer)
export class IessEmployerResolver {
  @Public()
  @Query(_returns => [IessSector], { description: 'Sectors an employer can choose when registering with the IESS.' })
  iessSectors(@Ctx() ctx: IessContext): Promise<IessSector[]> {
    return ctx.dataSource.getRepository(IessSector).find({ order: { code: 'ASC' } });
  }

  @Access({ scope: 'iess:read' })
  @FieldResolver(_type => IessSector)
  async sector(@Root() employer: IessEmployer, @Ctx() ctx: IessContext): Promise<IessSector> {
    const sector = await ctx.loaders.sectorByCode.load(employer.sectorCode);
    if (!sector) throw new Error(`unknown sector ${employer.sectorCode}`);
    return sector;
  }

  @Access({ scope: 'iess:read' })
  @FieldResolver({ description: 'Whether the employer already holds its clave patronal.' })
  hasEmployerKey(@Root() employer: IessEmployer): boolean {
    return employer.employerKeyDeliveredAt !== null;
  }
}
