import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget } from 'typeorm';
import { badUserInput } from '../errors';
import { oneByKey } from '../loader-helpers';

// A document's bytes are read only when `contentBase64` is asked for, with one SQL statement per request
// and document table however many documents are downloaded. The loaders hang off the request's own
// context object (gone with it), so nothing is cached across requests or callers.

/** Files of up to 1 MB each: one operation downloads at most this many per service (a request's documents fit). */
export const MAX_DOCUMENT_DOWNLOADS = 10;

export interface DocumentContentContext {
  dataSource: DataSource;
}

interface StoredContent {
  id: string;
  content: Buffer;
}

const loadersByContext = new WeakMap<object, Map<EntityTarget<unknown>, DataLoader<string, Buffer | null>>>();
const downloadsByContext = new WeakMap<object, Set<string>>();

/** Counts the distinct documents this operation downloads; past the limit, a coded refusal instead of megabytes. */
function countDownload(ctx: DocumentContentContext, id: string): void {
  let ids = downloadsByContext.get(ctx);
  if (!ids) downloadsByContext.set(ctx, (ids = new Set()));
  ids.add(id);
  if (ids.size > MAX_DOCUMENT_DOWNLOADS) {
    throw badUserInput('contentBase64', `Una consulta descarga como máximo ${MAX_DOCUMENT_DOWNLOADS} documentos por servicio: pida el contenido de menos documentos a la vez.`, {
      reason: 'LIMIT_EXCEEDED',
      limit: MAX_DOCUMENT_DOWNLOADS,
    });
  }
}

function contentLoader(ctx: DocumentContentContext, entity: EntityTarget<StoredContent>): DataLoader<string, Buffer | null> {
  let loaders = loadersByContext.get(ctx);
  if (!loaders) loadersByContext.set(ctx, (loaders = new Map()));
  let loader = loaders.get(entity);
  if (!loader) {
    loader = new DataLoader<string, Buffer | null>(async ids => {
      // `content` is select: false on the entity: named here explicitly, it is the only place it is read.
      const rows = await ctx.dataSource.getRepository(entity).find({ select: { id: true, content: true }, where: { id: In([...ids]) } });
      return oneByKey(ids, rows, row => row.id).map(row => row?.content ?? null);
    });
    loaders.set(entity, loader);
  }
  return loader;
}

/** The stored bytes of one received document, base64-encoded. */
export async function documentContentBase64(ctx: DocumentContentContext, entity: EntityTarget<StoredContent>, id: string): Promise<string> {
  countDownload(ctx, id);
  const content = await contentLoader(ctx, entity).load(id);
  if (!content) throw new Error(`document ${id} without stored content`);
  return content.toString('base64');
}
