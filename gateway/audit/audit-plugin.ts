import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { isAuthenticated } from '../../shared/auth/identity';
import type { GatewayContext } from '../context';
import type { NewAuditEntry } from './audit-writer';
import { requestLog } from '../../shared/observability/request-log';
import { safeError } from '../../shared/observability/safe-error';

/** Root fields that only read public, non-personal data: an anonymous read of them is not audited. */
const PUBLIC_ROOTS = new Set(['attentionReport', 'attentionPoints', 'iessSectors', '__typename', '__schema', '__type']);

function touchesPersonalData(operation: OperationDefinitionNode | undefined): boolean {
  if (!operation) return false;
  if (operation.operation !== 'query') return true;
  return operation.selectionSet.selections.some(s => s.kind !== Kind.FIELD || !PUBLIC_ROOTS.has(s.name.value));
}

function audited(context: GatewayContext, operation: OperationDefinitionNode | undefined): boolean {
  return isAuthenticated(context.identity) || touchesPersonalData(operation);
}

function entryOf(requestContext: GraphQLRequestContext<GatewayContext>, fields: Pick<NewAuditEntry, 'kind' | 'outcome' | 'errorCodes'>): NewAuditEntry {
  const { contextValue: context, operation } = requestContext;
  const { identity } = context;
  return {
    ...fields,
    requestId: identity.requestId,
    subject: identity.subject,
    agency: identity.agency,
    role: identity.role,
    clientAddress: context.clientAddress,
    operationName: requestContext.operationName ?? requestContext.request.operationName ?? null,
    operationType: operation?.operation ?? 'unknown',
    rucs: context.rucs ?? [],
    services: [...context.services].sort(),
  };
}

const auditUnavailable = (message: string) => ({
  errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE', service: 'audit' } }],
});

/**
 * The audit trail's guarantee: a personal-data read, and any request of a known caller, is written
 * before its answer leaves (no entry, no data); a write leaves an INTENT entry before it runs (no
 * entry, no write) and an OUTCOME entry after it.
 */
export function auditPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext): Promise<GraphQLResponse | null> {
          const { contextValue: context, operation } = requestContext;
          if (operation?.operation !== 'mutation') return null;
          try {
            await context.auditWriter.append(entryOf(requestContext, { kind: 'INTENT', outcome: 'PENDING', errorCodes: [] }));
            context.audit.intentWritten = true;
            return null;
          } catch (error) {
            requestLog('gateway').error({ error: safeError(error) }, 'no se pudo registrar la intención de escritura: la mutación no se ejecutó');
            context.audit.written = true; // nothing ran: there is no outcome to record
            return {
              http: { status: 503, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: auditUnavailable('No se pudo registrar la auditoría de esta operación: por seguridad no se ejecutó. Intente de nuevo.') },
            };
          }
        },

        async willSendResponse(requestContext) {
          const { contextValue: context, operation, response } = requestContext;
          if (context.audit.written || !audited(context, operation)) return;
          // Incremental delivery is not enabled; were it ever, the entry is still written (without the errors).
          const result = response.body.kind === 'single' ? response.body.singleResult : { data: {}, errors: [] };
          const errorCodes = [...new Set((result.errors ?? []).map(e => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          const hasData = result.data !== null && result.data !== undefined;
          const ran = context.audit.intentWritten === true;
          try {
            await context.auditWriter.append(
              entryOf(requestContext, { kind: ran ? 'OUTCOME' : 'REQUEST', outcome: !hasData ? 'ERROR' : errorCodes.length ? 'PARTIAL' : 'OK', errorCodes }),
            );
            context.audit.written = true;
          } catch (error) {
            context.audit.written = true;
            requestLog('gateway').error({ error: safeError(error), ran }, 'no se pudo escribir la auditoría de la solicitud');
            // A write already ran and its INTENT is on record: its result is delivered rather than hidden and retried.
            if (ran) return;
            if (response.body.kind !== 'single') throw error;
            response.http.status = 503;
            response.body.singleResult = auditUnavailable('No se pudo registrar la auditoría de esta consulta: por seguridad no se entregan los datos. Intente de nuevo.');
          }
        },
      };
    },
  };
}
