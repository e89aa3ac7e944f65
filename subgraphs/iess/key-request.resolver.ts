import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import type { IessContext } from './context';
import { IessEmployerKeyRequest } from './key-request';
import { IessRequestDocument } from './key-request-document';
import { IessKeyRequestEvent } from './key-request-event';

/** What a clave patronal request carries and where it has been, read through the request's loaders. */
@Resolver(_of => IessEmployerKeyRequest)
export class IessKeyRequestResolver {
  @Access({ scope: 'iess:read' })
  @FieldResolver(_type => [IessRequestDocument], { description: 'Documents received: names, types, sizes, SHA-256 (never the content).' })
  documents(@Root() request: IessEmployerKeyRequest, @Ctx() ctx: IessContext): Promise<IessRequestDocument[]> {
    return ctx.loaders.documentsByRequest.load(request.id);
  }

  @Access({ scope: 'iess:read' })
  @FieldResolver(_type => [IessKeyRequestEvent], { description: 'Status history.' })
  history(@Root() request: IessEmployerKeyRequest, @Ctx() ctx: IessContext): Promise<IessKeyRequestEvent[]> {
    return ctx.loaders.eventsByRequest.load(request.id);
  }
}
