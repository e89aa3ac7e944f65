import { Access } from '../../shared/auth/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { TrainersTaxpayer as Taxpayer } from './taxpayer';
import { checkRuc } from '../../shared/identifiers';
import type { TrainersContext } from './context';
import { TrainerCredential } from './trainer-credential';

/** The independent-trainer part of a RUC's dossier: only a natural person (RUC = cédula + establishment) holds one. */
@Resolver(_of => Taxpayer)
export class TrainersTaxpayerResolver {
  @Access({ scope: 'trainers:read' })
  @FieldResolver(_type => [TrainerCredential], { description: "Credentials of the natural person whose cédula opens the RUC; empty for other RUCs." })
  async trainerCredentials(@Root() taxpayer: Taxpayer, @Ctx() ctx: TrainersContext): Promise<TrainerCredential[]> {
    const ruc = checkRuc(taxpayer.ruc);
    return ruc.valid && ruc.cedula ? ctx.loaders.credentialsByCedula.load(ruc.cedula) : [];
  }
}
