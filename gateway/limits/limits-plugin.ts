import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues } from 'graphql';
import { llaveroError } from '../../shared/errors';
import type { GatewayContext } from '../context';
import { findControlCharacter, findControlCharacterInDocument } from './input-text';
import { exceededLimit, fragmentsOf, measureOperation, UnmeasurableOperation, type OperationLimits } from './operation-limits';
import type { TrustedOperations } from './trusted-operations';

export interface LimitsPolicy {
  limits: OperationLimits;
  trustedOperations: TrustedOperations;
  /** In production only these roles may introspect the schema; in development anyone may. */
  introspectionRoles: string[] | 'all';
}

const refused = (message: string, extensions: Record<string, unknown>, status = 400) =>
  llaveroError(status === 400 ? 'BAD_USER_INPUT' : 'FORBIDDEN', message, { ...extensions, http: { status } });

/**
 * Refuses, before anything is fetched or written, operations that name none of the document's
 * operations, subscriptions, control characters in any text, operations over the limits (measured on
 * the variables as they will execute), unregistered ones from restricted callers, and introspection.
 */
export function limitsPlugin(policy: LimitsPolicy): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue, schema }) {
          const identity = contextValue.identity;
          if (identity.trustedOperationsOnly && !policy.trustedOperations.isRegistered(request.query ?? '')) {
            throw refused('Su agencia solo puede ejecutar operaciones registradas: esta no lo está. Consulte GET /operations.', { reason: 'OPERATION_NOT_REGISTERED' }, 403);
          }
          if (!operation) {
            throw refused(
              request.operationName
                ? `El documento no tiene ninguna operación llamada "${request.operationName}" (operationName).`
                : 'El documento tiene varias operaciones: indique cuál ejecutar en operationName.',
              { field: 'operationName', reason: 'OPERATION_NOT_FOUND' },
            );
          }
          if (operation.operation === 'subscription') {
            throw refused('Llavero no ofrece suscripciones: use una consulta (query).', { field: 'query', reason: 'SUBSCRIPTION_NOT_SUPPORTED' });
          }
          const inDocument = findControlCharacterInDocument(document);
          const inVariables = findControlCharacter(request.variables ?? {}, 'variables');
          const control = inDocument ?? inVariables;
          if (control) {
            throw refused(`El texto en ${control.field} contiene un carácter de control (${control.codePoint}) no permitido: corrija el dato y vuelva a enviarlo.`, {
              field: control.field,
              reason: 'CONTROL_CHARACTER',
            });
          }
          // Measured on the values that will execute: a variable's default counts as much as a value sent.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          if (coerced.errors) {
            const name = /^Variable "\$([^"]+)"/.exec(coerced.errors[0].message)?.[1];
            throw refused(`La variable "${name ?? '?'}" de la consulta no tiene un valor válido para su tipo.`, {
              field: name ?? 'variables',
              reason: 'VARIABLE_INVALID',
              detail: coerced.errors[0].message,
            });
          }
          let measure;
          try {
            measure = measureOperation(operation, fragmentsOf(document), coerced.coerced);
          } catch (error) {
            if (!(error instanceof UnmeasurableOperation)) throw error;
            throw refused(`${error.message} La operación se rechaza porque sus límites no se pueden medir.`, { field: error.field, reason: 'LIMIT_UNMEASURABLE' });
          }
          contextValue.rucs = measure.rucValues;
          if (measure.introspection && policy.introspectionRoles !== 'all' && !policy.introspectionRoles.includes(identity.role)) {
            throw refused(
              'La introspección del esquema está desactivada en producción para su rol; el esquema está documentado en schema/supergraph.graphql.',
              { reason: 'INTROSPECTION_DISABLED' },
              403,
            );
          }
          const exceeded = exceededLimit(measure, policy.limits);
          if (exceeded) throw refused(exceeded.message, { field: exceeded.field, reason: 'LIMIT_EXCEEDED' });
        },
      };
    },
  };
}
