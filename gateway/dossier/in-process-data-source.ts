import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { execute, parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';

// The dossier subgraph served inside the gateway's process. Apollo's LocalGraphQLDataSource calls
// graphql() per fetch: parse and validate the same few query texts the query planner writes, on every
// request. Here each text is parsed and validated once (a schema and a text always validate the same),
// and every later fetch of it only executes.

/** Distinct fetch texts kept: the planner writes one per plan, and plans are themselves cached. */
const MAX_DOCUMENTS = 1000;

type Prepared = { document: DocumentNode } | { errors: readonly GraphQLError[] };

export class InProcessDataSource implements GraphQLDataSource {
  private readonly prepared = new Map<string, Prepared>();
  /** Fetch texts parsed and validated so far (each once while it stays cached). */
  readonly stats = { prepared: 0 };

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
    if (this.prepared.size >= MAX_DOCUMENTS) this.prepared.delete(this.prepared.keys().next().value!);
    this.prepared.set(query, prepared);
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
