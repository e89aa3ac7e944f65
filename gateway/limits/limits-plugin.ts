import type { ApolloServerPlugin } from '@apollo/server';
import { llaveroError } from '../../shared/errors';
import type { GatewayContext } from '../context';
import { exceededLimit, fragmentsOf, measureOperation, type OperationLimits } from './operation-limits';
import type { TrustedOperations } from './trusted-operations';

export interface LimitsPolicy {
  limits: OperationLimits;
  trustedOperations: TrustedOperations;
  /** In production only these roles may introspect the schema; in development anyone may. */
  introspectionRoles: string[] | 'all';
}

/** Refuses, before anything is fetched, operations over the limits, unregistered ones from restricted callers, and introspection. */
export function limitsPlugin(policy: LimitsPolicy): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          const identity = contextValue.identity;
          if (identity.trustedOperationsOnly && !policy.trustedOperations.isRegistered(request.query ?? '')) {
            throw llaveroError('FORBIDDEN', 'Su agencia solo puede ejecutar operaciones registradas: esta no lo está. Consulte GET /operations.', {
              reason: 'OPERATION_NOT_REGISTERED',
              http: { status: 403 },
            });
          }
          if (!operation) return;
          const measure = measureOperation(operation, fragmentsOf(document), request.variables ?? {});
          contextValue.rucs = measure.rucValues;
          if (measure.introspection && policy.introspectionRoles !== 'all' && !policy.introspectionRoles.includes(identity.role)) {
            throw llaveroError('FORBIDDEN', 'La introspección del esquema está desactivada en producción para su rol; el esquema está documentado en schema/supergraph.graphql.', {
              reason: 'INTROSPECTION_DISABLED',
              http: { status: 403 },
            });
          }
          const exceeded = exceededLimit(measure, policy.limits);
          if (exceeded) throw llaveroError('BAD_USER_INPUT', exceeded.message, { field: exceeded.field, reason: 'LIMIT_EXCEEDED', http: { status: 400 } });
        },
      };
    },
  };
}
