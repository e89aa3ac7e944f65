import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { STATUS_CODES } from 'node:http';
import { encodeIdentity, signRequest } from '../shared/auth/gateway-signature';
import type { Identity } from '../shared/auth/identity';
import type { GatewayContext } from './context';
import { serviceLabel } from '../shared/service-labels';
import { subgraphRequestDuration } from '../shared/observability/metrics';
import { requestLog } from '../shared/observability/request-log';
import { safeError } from '../shared/observability/safe-error';
import { SubgraphCallRefused, type SubgraphPolicy } from './subgraph-policy';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The forwarded identity of one request, encoded once however many subgraphs its plan calls. */
const encodedIdentities = new WeakMap<Identity, string>();
function encodedIdentity(identity: Identity): string {
  let encoded = encodedIdentities.get(identity);
  if (encoded === undefined) encodedIdentities.set(identity, (encoded = encodeIdentity(identity)));
  return encoded;
}

/**
 * A subgraph data source that survives its subgraph's outage: when the subgraph cannot answer (down,
 * too slow, or its database failing), the entity fields it owns come back empty (null, or [] for
 * lists) with an error naming the service at each path, so the rest of the dossier still reaches the
 * clerk instead of a null propagating up to the root.
 *
 * It sends what Apollo's RemoteGraphQLDataSource sends (the same body, `{"query","variables",
 * "operationName"}`), signed, through the subgraph's policy (subgraph-policy.ts), without the fetch
 * Headers and Request objects RemoteGraphQLDataSource builds for every call.
 */
export class ResilientDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    private readonly url: string,
    private readonly apiSchema: () => GraphQLSchema | undefined,
    private readonly policy: SubgraphPolicy,
    private readonly signingSecret: string,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const query = options.request.query ?? '';
    const variables = options.request.variables ?? {};
    let response: GatewayGraphQLResponse;
    const timer = subgraphRequestDuration.startTimer({ subgraph: this.serviceName });
    try {
      response = await this.send(options);
    } catch (error) {
      const outcome = error instanceof SubgraphCallRefused ? error.outcome : 'unavailable';
      timer({ outcome });
      requestLog('gateway').warn({ subgraph: this.serviceName, outcome, error: safeError(error) }, `subgrafo ${this.serviceName} sin respuesta (${outcome}): sus secciones se entregan vacías`);
      // A write that may have reached the subgraph may have committed: said so, and kept so by the idempotency key.
      if (/^\s*mutation\b/.test(query) && !(error instanceof SubgraphCallRefused && !error.maybeDelivered)) return outcomeUnknown(this.serviceName);
      return degradedResponse(this.serviceName, query, variables, this.apiSchema());
    }
    timer({ outcome: response.errors ? 'error' : 'ok' });
    return response.errors ? fillFailedEntities(response, query, variables, this.apiSchema()) : response;
  }

  /** One signed call: the subgraph's GraphQL answer, or an error (no answer, or an HTTP status that is not 2xx, or not JSON). */
  private async send({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (!request.query) throw new Error('Missing query');
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    const identity = encodedIdentity(context.identity);
    const headers: Record<string, string> = {};
    for (const [name, value] of request.http?.headers ?? []) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    // For the subgraph's log lines; the signed identity carries the same id for anything that matters.
    headers['x-request-id'] = context.identity.requestId;
    Object.assign(headers, signRequest(this.signingSecret, { service: this.serviceName }, identity, body));
    context.services?.add(this.serviceName);
    const answer = await this.policy.call(this.url, { method: 'POST', headers, body }, isRead(body));
    // Only the status and the answer's error codes reach the log: its messages may quote what the caller typed.
    if (answer.status < 200 || answer.status >= 300) throw new Error(`${answer.status}: ${STATUS_CODES[answer.status] ?? ''}${errorCodesOf(answer.body)}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.body);
    } catch {
      throw new Error(`el subgrafo ${this.serviceName} respondió algo que no es JSON`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`el subgrafo ${this.serviceName} respondió JSON que no es una respuesta GraphQL`);
    return parsed as GatewayGraphQLResponse;
  }
}

/** ` (CODE/REASON, …)` of a refused call's JSON answer, or nothing. */
function errorCodesOf(text: string): string {
  try {
    const errors = (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown; reason?: unknown } }> }).errors ?? [];
    const codes = errors.map(e => [e.extensions?.code, e.extensions?.reason].filter(v => typeof v === 'string' && /^[A-Z_]{1,40}$/.test(v)).join('/')).filter(Boolean);
    return codes.length ? ` (${[...new Set(codes)].join(', ')})` : '';
  } catch {
    return '';
  }
}

/** Only a query may be sent twice; the gateway writes the operation first in the body it sends. */
const isRead = (body: string) => /^\{"query":"(query\b|\{)/.test(body);

/** Entities the subgraph answered with null (an error inside it) become empty sections; its errors stay. */
function fillFailedEntities(response: GatewayGraphQLResponse, query: string, variables: Record<string, unknown>, schema: GraphQLSchema | undefined) {
  const parts = entitiesRequest(query, variables);
  if (!schema || !parts) return response;
  const answered = (response.data?._entities ?? []) as unknown[];
  const entities = parts.representations.map((representation, index) =>
    answered[index] ?? emptyEntity(schema, parts.selectionSet, representation).entity,
  );
  return { ...response, data: { ...(response.data ?? {}), _entities: entities } };
}

function entitiesRequest(query: string, variables: Record<string, unknown>) {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections.find(s => s.kind === Kind.FIELD && s.name.value === '_entities');
  const representations = variables.representations;
  if (!field || field.kind !== Kind.FIELD || !field.selectionSet || !Array.isArray(representations)) return undefined;
  return { selectionSet: field.selectionSet, representations: representations as Array<Record<string, unknown>> };
}

export function unavailableMessage(service: string): string {
  return `El servicio ${serviceLabel(service)} no está disponible en este momento: su sección se muestra vacía.`;
}

export function outcomeUnknown(service: string): GatewayGraphQLResponse {
  const message = `El servicio ${serviceLabel(service)} no respondió a tiempo: la operación pudo haberse registrado o no. Revise el expediente antes de volver a intentarla.`;
  return { errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE', service, reason: 'OUTCOME_UNKNOWN' } }] };
}

export function degradedResponse(
  service: string,
  query: string,
  variables: Record<string, unknown>,
  schema: GraphQLSchema | undefined,
): GatewayGraphQLResponse {
  const extensions = { code: 'SERVICE_UNAVAILABLE', service };
  const parts = entitiesRequest(query, variables);
  if (!schema || !parts) return { errors: [{ message: unavailableMessage(service), extensions }] };
  const errors: NonNullable<GatewayGraphQLResponse['errors']>[number][] = [];
  const entities = parts.representations.map((representation, index) => {
    const filled = emptyEntity(schema, parts.selectionSet, representation);
    for (const key of filled.degradedKeys) errors.push({ message: unavailableMessage(service), path: ['_entities', index, key], extensions });
    return filled.entity;
  });
  return { data: { _entities: entities }, errors };
}

/** The entity as an empty section: its keys echoed, nullable fields null, lists empty; null if that is impossible. */
interface EmptyEntity {
  entity: Record<string, unknown> | null;
  degradedKeys: string[];
}

function emptyEntity(schema: GraphQLSchema, selectionSet: SelectionSetNode, representation: Record<string, unknown>): EmptyEntity {
  const typename = String(representation.__typename);
  const type = schema.getType(typename);
  const entity: Record<string, unknown> = {};
  const degradedKeys: string[] = [];
  if (!isObjectType(type)) return { entity: null, degradedKeys };
  const fields = type.getFields();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (selection.typeCondition && selection.typeCondition.name.value !== typename) continue;
      const inner = emptyEntity(schema, selection.selectionSet, representation);
      if (!inner.entity) return inner;
      Object.assign(entity, inner.entity);
      degradedKeys.push(...inner.degradedKeys);
      continue;
    }
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    if (selection.name.value === '__typename') {
      entity[key] = typename;
      continue;
    }
    if (selection.name.value in representation && !isObjectType(getNamedType(fields[selection.name.value]?.type))) {
      entity[key] = representation[selection.name.value];
      continue;
    }
    const fieldType = fields[selection.name.value]?.type;
    if (!fieldType) return { entity: null, degradedKeys: [] };
    if (!isNonNullType(fieldType)) entity[key] = null;
    else if (isListType(fieldType.ofType)) entity[key] = [];
    else return { entity: null, degradedKeys: [] };
    degradedKeys.push(key);
  }
  return { entity, degradedKeys };
}
