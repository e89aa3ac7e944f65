import { Access } from '../../shared/auth/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SalTaxpayer as Taxpayer } from './taxpayer';
import { SalAccessKey } from './access-key';
import type { SalContext } from './context';
import { SalInstitution } from './institution';
import { SalKeyRequest } from './key-request';

/** The SAL part of a RUC's dossier. */
@Resolver(_of => Taxpayer)
export class SalTaxpayerResolver {
  @Access({ scope: 'sal:read' })
  @FieldResolver(_type => SalInstitution, { nullable: true, description: 'null unless the RUC is a public institution registered in SAL.' })
  salInstitution(@Root() taxpayer: Taxpayer, @Ctx() ctx: SalContext): Promise<SalInstitution | null> {
    return ctx.loaders.institutionByRuc.load(taxpayer.ruc);
  }

  @Access({ scope: 'sal:read' })
  @FieldResolver(_type => [SalAccessKey], { description: 'Responsable UATH keys of the institution, newest first.' })
  salAccessKeys(@Root() taxpayer: Taxpayer, @Ctx() ctx: SalContext): Promise<SalAccessKey[]> {
    return ctx.loaders.accessKeysByRuc.load(taxpayer.ruc);
  }

  @Access({ scope: 'sal:read' })
  @FieldResolver(_type => [SalKeyRequest], { description: 'Key creation and deactivation requests, newest first, with documents and history.' })
  salKeyRequests(@Root() taxpayer: Taxpayer, @Ctx() ctx: SalContext): Promise<SalKeyRequest[]> {
    return ctx.loaders.keyRequestsByRuc.load(taxpayer.ruc);
  }
}
