import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { graphqlErrors } from './metrics';
import { currentScope } from './request-scope';

// Tells the request's scope which operation ran and how it ended, and counts errors by code: the request
// log line and the latency histogram (http-observer) read them when the answer leaves.

export function graphqlObserver<TContext extends BaseContext>(service: string): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart(start) {
      const scope = currentScope();
      if (scope && start.request.operationName) scope.operation = start.request.operationName;
      return {
        async didResolveOperation({ operationName }) {
          if (scope && operationName) scope.operation = operationName;
        },
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map(e => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))].sort();
          for (const code of codes) graphqlErrors.inc({ service, code });
          if (scope) scope.outcome = codes.length ? codes.join(',') : 'ok';
        },
      };
    },
  };
}
