import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { execute, parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';

// The dossier subgraph served inside the gateway's process. Apollo's LocalGraphQLDataSource calls
// graphql() per fetch: parse and validate the same few query texts the query planner writes, on every
// request. Here each text is parsed and validated once (a schema and a text always validate the same),
// and every later fetch of it only executes.

/** Distinct fetch texts kept: the planner writes one per plan, and plans are themselves cached. */
const MAX_DOCUMENTS = 1000;
/**
 * The planner copies a query's literal arguments into the fetch text (`taxpayer(ruc: "…")`), so a
 * caller can make every text unique and as long as the body limit: a text over MAX_CACHED_TEXT is
 * prepared every time, and the cache never holds more than MAX_CACHED_BYTES of text.
 */
const MAX_CACHED_TEXT = 16 * 1024;
const MAX_CACHED_BYTES = 4 * 1024 * 1024;

type Prepared = { document: DocumentNode } | { errors: readonly GraphQLError[] };

export class InProcessDataSource implements GraphQLDataSource {
  private readonly prepared = new Map<string, Prepared>();
  private cachedBytes = 0;
  /** Fetch texts parsed and validated so far (each once while it stays cached), and the texts now held. */
  readonly stats = { prepared: 0 };

  get cached(): { texts: number; bytes: number } {
    return { texts: this.prepared.size, bytes: this.cachedBytes };
  }

  constructor(private readonly schema: GraphQLSchema) {}

  private prepare(query: string): Prepared {
    const known = this.prepared.get(query);
    if (known) return known;
    let prepared: Prepared;
    this.stats.prepared++;
    try {
      const document = parse(query);
      const errors = validate(this.schema, document);
      prepared = errors.length ? { errors } : { document };
    } catch (error) {
      prepared = { errors: [error as GraphQLError] };
    }
    if (query.length > MAX_CACHED_TEXT) return prepared;
    while (this.prepared.size && (this.prepared.size >= MAX_DOCUMENTS || this.cachedBytes + query.length > MAX_CACHED_BYTES)) {
      const oldest = this.prepared.keys().next().value!;
      this.prepared.delete(oldest);
      this.cachedBytes -= oldest.length;
    }
    this.prepared.set(query, prepared);
    this.cachedBytes += query.length;
    return prepared;
  }

  async process({ request, context }: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const prepared = this.prepare(request.query ?? '');
    if ('errors' in prepared) return { errors: prepared.errors } as unknown as GatewayGraphQLResponse; // as graphql() answers them
    return (await execute({
      schema: this.schema,
      document: prepared.document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: context,
    })) as unknown as GatewayGraphQLResponse;
  }
}
