import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Kind, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { isAuthenticated } from '../../shared/auth/identity';
import type { GatewayContext } from '../context';
import { appendAuditEntry } from './audit-chain';

/** Root fields that only read public, non-personal data: an anonymous read of them is not audited. */
const PUBLIC_ROOTS = new Set(['attentionReport', 'attentionPoints', 'iessSectors', '__typename', '__schema', '__type']);

/** RUCs a request names: taxpayer(ruc), taxpayers(rucs), auditTrail(ruc). */
export function rucsOf(operation: OperationDefinitionNode | undefined, variables: Record<string, unknown> = {}): string[] {
  const rucs = new Set<string>();
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind !== Kind.FIELD) continue;
    for (const argument of selection.arguments ?? []) {
      if (argument.name.value !== 'ruc' && argument.name.value !== 'rucs') continue;
      const value = valueFromASTUntyped(argument.value, variables);
      for (const ruc of Array.isArray(value) ? value : [value]) if (typeof ruc === 'string') rucs.add(ruc);
    }
  }
  return [...rucs];
}

function touchesPersonalData(operation: OperationDefinitionNode | undefined): boolean {
  if (!operation) return false;
  if (operation.operation !== 'query') return true;
  return operation.selectionSet.selections.some(s => s.kind !== Kind.FIELD || !PUBLIC_ROOTS.has(s.name.value));
}

/**
 * Writes the audit entry of every personal-data read and every write, and of every request by a
 * known caller, before the answer leaves: if the entry cannot be written, the answer is withheld.
 */
export function auditPlugin(dataSource: DataSource, key: string): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(requestContext: GraphQLRequestContextWillSendResponse<GatewayContext>) {
          const { contextValue: context, operation, response } = requestContext;
          const identity = context.identity;
          if (!isAuthenticated(identity) && !touchesPersonalData(operation)) return;
          // Incremental delivery is not enabled; were it ever, the entry is still written (without the errors).
          const result = response.body.kind === 'single' ? response.body.singleResult : { data: {}, errors: [] };
          const errorCodes = [...new Set((result.errors ?? []).map(e => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          const hasData = result.data !== null && result.data !== undefined;
          try {
            await appendAuditEntry(dataSource, key, {
              requestId: identity.requestId,
              subject: identity.subject,
              agency: identity.agency,
              role: identity.role,
              operationName: requestContext.operationName ?? null,
              operationType: operation?.operation ?? 'unknown',
              rucs: context.rucs ?? rucsOf(operation, requestContext.request.variables ?? {}),
              services: [...context.services].sort(),
              outcome: !hasData ? 'ERROR' : errorCodes.length ? 'PARTIAL' : 'OK',
              errorCodes,
            });
            context.audit.written = true;
          } catch (error) {
            if (response.body.kind !== 'single') throw error;
            console.error(`[gateway] no se pudo escribir la auditoría de ${identity.requestId}: ${(error as Error).message}`);
            response.http.status = 503;
            response.body.singleResult = {
              errors: [
                {
                  message: 'No se pudo registrar la auditoría de esta consulta: por seguridad no se entregan los datos. Intente de nuevo.',
                  extensions: { code: 'SERVICE_UNAVAILABLE', service: 'audit' },
                },
              ],
            };
          }
        },
      };
    },
  };
}
