import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import { subgraphErrorFormatter } from './format-error';
import { processConfig } from './config';
import { listen, type RunningServer } from './http-server';
import { NonceRegistry, type NonceStore } from './auth/gateway-signature';
import { RedisNonces } from './auth/redis-nonces';
import type { Identity } from './auth/identity';
import { graphqlObserver } from './observability/graphql-observer';
import { observeRequests } from './observability/http-observer';
import { isGraphqlPath, subgraphEndpoint } from './subgraph-endpoint';
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
  // POST /graphql skips Express (subgraph-endpoint.ts); health, metrics and 404s go through it.
  let graphqlEndpoint: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const httpServer = createServer((req, res) => (graphqlEndpoint && isGraphqlPath(req.url) ? graphqlEndpoint(req, res) : app(req, res)));
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
      graphqlEndpoint = subgraphEndpoint({
        name: options.name,
        apollo,
        logger,
        secrets,
        nonces,
        maxBodyBytes: processConfig().gateway.maxBodyBytes,
        createContext: options.createContext,
      });
      return listen(httpServer, port, '/graphql', async () => {
        await apollo.stop();
        await nonces.close?.();
        if (options.dataSource.isInitialized) await options.dataSource.destroy();
      }, host);
    },
  };
}
