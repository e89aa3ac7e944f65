import { Access } from '../../shared/auth/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { IessTaxpayer as Taxpayer } from './taxpayer';
import type { IessContext } from './context';
import { IessEmployer } from './employer';
import { IessEmployerKeyRequest } from './key-request';

/** The IESS part of a RUC's dossier. */
@Resolver(_of => Taxpayer)
export class IessTaxpayerResolver {
  @Access({ scope: 'iess:read' })
  @FieldResolver(_type => IessEmployer, { nullable: true, description: 'null unless the RUC is registered as an IESS employer.' })
  iessEmployer(@Root() taxpayer: Taxpayer, @Ctx() ctx: IessContext): Promise<IessEmployer | null> {
    return ctx.loaders.employerByRuc.load(taxpayer.ruc);
  }

  @Access({ scope: 'iess:read' })
  @FieldResolver(_type => [IessEmployerKeyRequest], { description: 'Clave patronal requests, newest first.' })
  iessEmployerKeyRequests(@Root() taxpayer: Taxpayer, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest[]> {
    return ctx.loaders.keyRequestsByRuc.load(taxpayer.ruc);
  }
}
