import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { subgraphErrorFormatter } from './format-error';
import { envString } from './env';
import { listen, type RunningServer } from './http-server';
import { NonceRegistry, verifyRequest } from './auth/gateway-signature';
import type { Identity } from './auth/identity';

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  /** Shared with the gateway only: requests without its valid signature get nothing. */
  signingSecret: string;
  createContext: (identity: Identity) => TContext;
}

type RequestWithBody = express.Request & { rawBody?: Buffer };

export interface SubgraphServer {
  name: string;
  httpServer: Server;
  dataSource: DataSource;
  /** Starts Apollo and listens; port 0 picks a free port (tests). */
  listen(port: number): Promise<RunningServer>;
}

/**
 * Builds (does not listen) the HTTP server of one subgraph: POST /graphql (signed by the gateway),
 * GET /health/live and GET /health/ready (200 only while its database answers).
 */
export function buildSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): SubgraphServer {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError: subgraphErrorFormatter(options.name),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await options.dataSource.query('SELECT 1');
      res.json({ status: 'ok', service: options.name, database: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', service: options.name, database: 'unavailable' });
    }
  });

  return {
    name: options.name,
    httpServer,
    dataSource: options.dataSource,
    async listen(port: number) {
      await apollo.start();
      const nonces = new NonceRegistry();
      app.use(
        '/graphql',
        express.json({ limit: envString('MAX_BODY_SIZE', '8mb'), verify: (req, _res, body) => void ((req as RequestWithBody).rawBody = body) }),
        (req, res, next) => {
          if (req.method !== 'POST') {
            res.status(405).json({ errors: [{ message: `El subgrafo ${options.name} solo atiende POST firmados por la pasarela.`, extensions: { code: 'UNAUTHENTICATED', service: options.name } }] });
            return;
          }
          const target = { service: options.name, method: req.method };
          const check = verifyRequest(options.signingSecret, target, req.headers, (req as RequestWithBody).rawBody ?? Buffer.alloc(0), nonces);
          if (check.valid) {
            res.locals.identity = check.identity;
            return next();
          }
          res.status(401).json({
            errors: [
              {
                message: `El subgrafo ${options.name} solo atiende solicitudes firmadas por la pasarela de Llavero: ${check.reason}.`,
                extensions: { code: 'UNAUTHENTICATED', service: options.name },
              },
            ],
          });
        },
        expressMiddleware(apollo, { context: async ({ res }) => options.createContext(res.locals.identity as Identity) }),
      );
      return listen(httpServer, port, '/graphql', async () => {
        await apollo.stop();
        if (options.dataSource.isInitialized) await options.dataSource.destroy();
      });
    },
  };
}
