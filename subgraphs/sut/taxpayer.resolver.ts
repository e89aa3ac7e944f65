import { Access } from '../../shared/auth/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SutTaxpayer as Taxpayer } from './taxpayer';
import type { SutContext } from './context';
import { SystemKeyRecovery } from './system-key-recovery';

/** The SUT / Salarios en Línea part of a RUC's dossier. */
@Resolver(_of => Taxpayer)
export class SutTaxpayerResolver {
  @Access({ scope: 'sut:read' })
  @FieldResolver(_type => [SystemKeyRecovery], { description: 'Key-recovery requests for the SUT and Salarios en Línea, newest first.' })
  systemKeyRecoveries(@Root() taxpayer: Taxpayer, @Ctx() ctx: SutContext): Promise<SystemKeyRecovery[]> {
    return ctx.loaders.recoveriesByRuc.load(taxpayer.ruc);
  }
}
