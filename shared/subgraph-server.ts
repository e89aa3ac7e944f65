import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { subgraphErrorFormatter } from './format-error';
import { processConfig } from './config';
import { listen, type RunningServer } from './http-server';
import { NonceRegistry, verifyRequest, type NonceStore } from './auth/gateway-signature';
import { RedisNonces } from './auth/redis-nonces';
import type { Identity } from './auth/identity';
import { graphqlObserver } from './observability/graphql-observer';
import { observeRequests, withinRequestScope } from './observability/http-observer';
import { tagRequestSpan } from './observability/tracing';
import { createLogger, type Logger } from './observability/log';
import { metricsHandler, watchPool } from './observability/metrics';

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  /** Shared with the gateway only: requests without its valid signature get nothing. */
  signingSecret: string;
  createContext: (identity: Identity) => TContext;
  /** Defaults to a pino logger named after the subgraph, as LOG_LEVEL and LOG_FORMAT say. */
  logger?: Logger;
  /** Also accepted while a rotation rolls through the gateways; defaults to GATEWAY_SIGNING_SECRET_PREVIOUS. */
  previousSigningSecret?: string;
  /** Redis for the gateway's nonces shared by every replica of this subgraph; defaults to REDIS_URL (unset: in memory). */
  redisUrl?: string;
}

/** What a caller (a test starting a second replica) may set on a subgraph's server instead of the environment. */
export type SubgraphServerExtras = Pick<SubgraphServerOptions<BaseContext>, 'redisUrl' | 'logger' | 'previousSigningSecret'>;

export interface SubgraphServer {
  name: string;
  httpServer: Server;
  dataSource: DataSource;
  /** Starts Apollo and listens; port 0 picks a free port (tests). Only on 127.0.0.1 unless SUBGRAPH_HOST says otherwise. */
  listen(port: number, host?: string): Promise<RunningServer>;
}

/**
 * Builds (does not listen) the HTTP server of one subgraph: POST /graphql (signed by the gateway),
 * GET /health/live and GET /health/ready (200 only while its database answers).
 */
export function buildSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): SubgraphServer {
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTs read once: Express's ETag would hash every body for nothing (files keep theirs).
  app.set('etag', false);
  const httpServer = createServer(app);
  const logger = options.logger ?? createLogger(options.name, processConfig().log);
  app.use(observeRequests(options.name, logger));
  watchPool(options.name, () => (options.dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError: subgraphErrorFormatter(options.name),
    includeStacktraceInErrorResponses: false,
    // No cache hints are used: without the cache-control plugin no resolver is wrapped per field.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), graphqlObserver(options.name)],
  });

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/metrics', metricsHandler);
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
    async listen(port: number, host = processConfig().subgraphs.host) {
      await apollo.start();
      const redisUrl = options.redisUrl ?? processConfig().rateLimits.redisUrl;
      const previous = options.previousSigningSecret ?? processConfig().auth.previousSigningSecret;
      const secrets = previous ? [options.signingSecret, previous] : [options.signingSecret];
      const nonces: NonceStore = redisUrl ? await RedisNonces.connect(redisUrl, options.name, logger) : new NonceRegistry();
      const refuse = (res: express.Response, status: number, code: string, message: string, reason?: string) =>
        res.status(status).json({ errors: [{ message, extensions: { code, service: options.name, ...(reason ? { reason } : {}) } }] });
      app.use(
        '/graphql',
        (req, res, next) => {
          if (req.method === 'POST') return next();
          refuse(res, 405, 'UNAUTHENTICATED', `El subgrafo ${options.name} solo atiende POST firmados por la pasarela.`);
        },
        // The bytes are read but not parsed until the gateway's signature over them is checked.
        express.raw({ type: () => true, limit: processConfig().gateway.maxBodySize }),
        async (req: express.Request, res: express.Response, next: express.NextFunction) => {
          const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          let check: Awaited<ReturnType<typeof verifyRequest>>;
          try {
            check = await verifyRequest(secrets, { service: options.name, method: req.method }, req.headers, raw, nonces);
          } catch (error) {
            logger.error({ err: error }, 'no se pudo comprobar el nonce de la pasarela');
            return refuse(res, 503, 'SERVICE_UNAVAILABLE', `El subgrafo ${options.name} no pudo comprobar la firma de la pasarela: reintente.`, 'NONCE_CHECK_FAILED');
          }
          if (!check.valid) {
            return refuse(res, 401, 'UNAUTHENTICATED', `El subgrafo ${options.name} solo atiende solicitudes firmadas por la pasarela de Llavero: ${check.reason}.`);
          }
          try {
            req.body = JSON.parse(raw.toString('utf8'));
          } catch {
            return refuse(res, 400, 'BAD_USER_INPUT', 'El cuerpo de la solicitud no es JSON válido.', 'BODY_MALFORMED');
          }
          res.locals.identity = check.identity;
          if (res.locals.scope && check.identity) {
            res.locals.scope.requestId = check.identity.requestId;
            res.setHeader('x-request-id', check.identity.requestId);
            tagRequestSpan(check.identity.requestId);
            res.locals.scope.caller = check.identity.subject;
          }
          next();
        },
        withinRequestScope(expressMiddleware(apollo, { context: async ({ res }) => options.createContext(res.locals.identity as Identity) })),
      );
      // Whatever fails before GraphQL (a body over the limit, an aborted upload) answers coded JSON, never a stack trace.
      app.use((error: Error & { type?: string; status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        if (error.type === 'entity.too.large') return refuse(res, 413, 'BAD_USER_INPUT', 'La solicitud supera el tamaño máximo.', 'BODY_TOO_LARGE');
        if (error.status && error.status < 500) return refuse(res, error.status, 'BAD_USER_INPUT', 'La solicitud HTTP no es válida.', 'BAD_REQUEST');
        logger.error({ err: error }, 'error antes de GraphQL');
        refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Error interno del servidor.');
      });
      return listen(httpServer, port, '/graphql', async () => {
        await apollo.stop();
        await nonces.close?.();
        if (options.dataSource.isInitialized) await options.dataSource.destroy();
      }, host);
    },
  };
}
