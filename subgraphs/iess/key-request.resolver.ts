import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import type { IessContext } from './context';
import { IessKeyRequestStatus } from './enums';
import { IessEmployerKeyRequest } from './key-request';
import { IessRequestDocument } from './key-request-document';
import { IessKeyRequestEvent } from './key-request-event';

/** What a clave patronal request carries and where it has been, read through the request's loaders. */
@Resolver(_of => IessEmployerKeyRequest)
export class IessKeyRequestResolver {
  @Access({ scope: 'iess:read' })
  @FieldResolver(_type => [IessRequestDocument], { description: 'Documents received: names, types, sizes, SHA-256; the content only for staff (contentBase64).' })
  documents(@Root() request: IessEmployerKeyRequest, @Ctx() ctx: IessContext): Promise<IessRequestDocument[]> {
    return ctx.loaders.documentsByRequest.load(request.id);
  }

  @Access({ scope: 'iess:read' })
  @FieldResolver(_type => [IessKeyRequestEvent], { description: 'Status history.' })
  history(@Root() request: IessEmployerKeyRequest, @Ctx() ctx: IessContext): Promise<IessKeyRequestEvent[]> {
    return ctx.loaders.eventsByRequest.load(request.id);
  }

  @Access({ scope: 'iess:read' })
  @FieldResolver(_type => Date, {
    nullable: true,
    description: 'When the key was delivered (handed over at the window, see keyPickedUpBy, or e-mailed on the virtual channel); null until then.',
  })
  async keyDeliveredAt(@Root() request: IessEmployerKeyRequest, @Ctx() ctx: IessContext): Promise<Date | null> {
    if (request.status !== IessKeyRequestStatus.KEY_DELIVERED) return null;
    const history = await ctx.loaders.eventsByRequest.load(request.id);
    const delivery = history.filter(event => event.toStatus === IessKeyRequestStatus.KEY_DELIVERED).at(-1);
    // A request recorded without its history (demo data): the employer's record says when its key was delivered.
    return delivery?.at ?? (await ctx.loaders.employerByRuc.load(request.employerRuc))?.employerKeyDeliveredAt ?? null;
  }
}
