import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { signingSecretFromEnv } from '../shared/auth/secrets';
import { openServiceDatabase } from '../shared/database/data-source';
import { loadConfig, type LlaveroConfig } from '../shared/config';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/env';
import { formatLlaveroError } from '../shared/format-error';
import { listen, type RunningServer } from '../shared/http-server';
import { openCheckpointStores } from './audit/audit-checkpoints';
import { auditPlugin } from './audit/audit-plugin';
import { AuditWriter } from './audit/audit-writer';
import { auditChainKeyFromEnv } from './audit/chain-key';
import { createAuditDataSource } from './audit/database';
import { auditRefusalsBeforeAnswer } from './audit/refusal-audit';
import { authConfigFromEnv, type AuthConfig } from './auth/authenticate';
import type { GatewayContext } from './context';
import { buildDossierSchema } from './dossier/schema';
import { checkReadiness, readinessPool } from './health';
import { identifyCaller, limitNesting, limitPerAddress, limitPerCaller, parseJsonBody, resolvePersistedOperations } from './http-pipeline';
import { landingPageHtml } from './landing-page';
import { limitsPlugin, type LimitsPolicy } from './limits/limits-plugin';
import type { OperationLimits } from './limits/operation-limits';
import { TrustedOperations } from './limits/trusted-operations';
import { trustProxySetting, type TrustProxy } from './limits/trust-proxy';
import { ResilientDataSource } from './resilient-data-source';
import { SubgraphPolicy } from './subgraph-policy';
import { idempotentMutations } from './idempotency/idempotent-mutations';
import { openReplicaState } from './replica-state';
import { graphqlObserver } from '../shared/observability/graphql-observer';
import { observeRequests, withinRequestScope } from '../shared/observability/http-observer';
import { createLogger, type Logger } from '../shared/observability/log';
import { metricsHandler } from '../shared/observability/metrics';
import { mountWindowEndpoints } from './web/window-endpoints';
import { loadSupergraphSdl, schemaDir } from './supergraph';
import { InProcessDataSource } from './dossier/in-process-data-source';

export interface GatewayOptions {
  /** Every setting, read once at the process's entry; defaults to loadConfig() (the environment). Options below override it. */
  config?: Readonly<LlaveroConfig>;
  /** Where each subgraph listens; defaults from SAL_URL … or the default ports. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  supergraphSdl?: string;
  /** The database owner's URL (migrates the audit schema); defaults to DATABASE_URL. */
  databaseUrl?: string;
  /** The gateway's runtime role (INSERT and SELECT on the audit trail only); defaults to GATEWAY_DATABASE_URL, or derived from the owner's. */
  runtimeDatabaseUrl?: string;
  /** Where signed audit checkpoints are published; defaults to AUDIT_CHECKPOINT_DIR or LLAVERO_HOME/audit-checkpoints. */
  auditCheckpointDir?: string;
  /** How often the audit chain's head is published; defaults to AUDIT_CHECKPOINT_INTERVAL_MS or 5 s. */
  auditCheckpointIntervalMs?: number;
  /** Comma-separated origins allowed by CORS, or '*'; defaults to CORS_ORIGINS. */
  corsOrigins?: string;
  /** Token verification; defaults from AUTH_JWKS_URL … or the local development key. */
  auth?: AuthConfig;
  /** Shared with the subgraphs to sign the forwarded identity; defaults to GATEWAY_SIGNING_SECRET. */
  signingSecret?: string;
  /** Key of the audit HMAC chain; defaults to AUDIT_CHAIN_KEY or the development key. */
  auditChainKey?: string;
  limits?: Partial<OperationLimits>;
  rateLimitPerMinute?: number;
  /** Per-address budget (before any token work), per minute; defaults to RATE_LIMIT_PER_IP_PER_MINUTE. */
  rateLimitPerAddressPerMinute?: number;
  /** Redis for rate limits shared by several gateways; defaults to REDIS_URL (unset: in memory). */
  redisUrl?: string;
  trustedOperations?: TrustedOperations;
  /** Express "trust proxy" (which X-Forwarded-For hops name the client); defaults to TRUST_PROXY, off when unset. */
  trustProxy?: TrustProxy;
  /** Roles allowed to introspect in production; defaults to INTROSPECTION_ROLES. */
  introspectionRoles?: string[] | 'all';
  /** Defaults to a pino logger named "gateway", as LOG_LEVEL and LOG_FORMAT say. */
  logger?: Logger;
}

export interface GatewayServer {
  httpServer: Server;
  listen(port: number): Promise<RunningServer>;
}

function corsOrigin(setting: string): cors.CorsOptions['origin'] {
  if (setting.trim() === '*') return true;
  return setting.split(',').map(origin => origin.trim()).filter(Boolean);
}


/** Builds (does not listen) the gateway: /graphql over a static supergraph, health endpoints, landing page. */
export async function buildGatewayServer(options: GatewayOptions = {}): Promise<GatewayServer> {
  const config = options.config ?? loadConfig();
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map(name => [name, options.subgraphUrls?.[name] ?? config.subgraphs.urls[name]])) as Record<SubgraphName, string>;
  const databaseUrl = options.databaseUrl ?? config.database.ownerUrl;
  const runtimeDatabaseUrl = options.runtimeDatabaseUrl ?? config.database.runtimeUrls.gateway;
  if (!databaseUrl && !runtimeDatabaseUrl) throw new Error('Falta DATABASE_URL: la pasarela guarda ahí la bitácora de auditoría ("npm start" la define).');
  const redisUrl = options.redisUrl ?? config.rateLimits.redisUrl;
  const logger = options.logger ?? createLogger('gateway', config.log);
  const perMinute = options.rateLimitPerMinute ?? config.rateLimits.perMinute;
  const perAddressPerMinute = options.rateLimitPerAddressPerMinute ?? config.rateLimits.perIpPerMinute;
  // Sign-out, budgets and Idempotency-Keys: shared by every gateway on REDIS_URL (in memory otherwise).
  const shared = await openReplicaState(config, { redisUrl, perAddressPerMinute, perCallerPerMinute: perMinute, logger });
  const auth: AuthConfig = { ...(options.auth ?? (await authConfigFromEnv(config))), revocations: shared.revocations };
  const signingSecret = options.signingSecret ?? signingSecretFromEnv(config);
  const auditChainKey = options.auditChainKey ?? auditChainKeyFromEnv(config);
  const trustedOperations = options.trustedOperations ?? TrustedOperations.load(config.gateway.trustedOperationsPath ?? join(schemaDir(), 'trusted-operations.json'));
  const introspectionRoles =
    options.introspectionRoles ?? (config.production ? (config.gateway.introspectionRoles ?? ['reviewer']) : 'all');

  const auditDataSource = await openServiceDatabase(createAuditDataSource, { admin: databaseUrl, runtime: runtimeDatabaseUrl });
  const checkpoints = await openCheckpointStores(options.auditCheckpointDir ?? config.audit.checkpointDir, redisUrl, logger);
  const auditWriter = await AuditWriter.open(auditDataSource, auditChainKey, { checkpoints, checkpointIntervalMs: options.auditCheckpointIntervalMs ?? config.audit.checkpointIntervalMs, logger });
  const dossierSchema = await buildDossierSchema();
  let apiSchema: GraphQLSchema | undefined;
  const policies = Object.fromEntries(SUBGRAPH_NAMES.map(name => [name, new SubgraphPolicy(name, config.subgraphs)])) as Record<SubgraphName, SubgraphPolicy>;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? loadSupergraphSdl(config.gateway.supergraphPath),
    buildService: ({ name, url }) =>
      name === 'dossier'
        ? new InProcessDataSource(dossierSchema)
        : new ResilientDataSource(name, urls[name as SubgraphName] ?? url!, () => apiSchema, policies[name as SubgraphName], signingSecret),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });

  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTs read once: Express's ETag would hash every body for nothing (files keep theirs).
  app.set('etag', false);
  app.use(observeRequests('gateway', logger));
  app.set('trust proxy', options.trustProxy ?? trustProxySetting(config.gateway.trustProxy));
  const httpServer = createServer(app);
  const pool = readinessPool((auditDataSource.options as { url: string }).url, logger);
  const limitsPolicy: LimitsPolicy = { limits: { ...config.limits, ...options.limits }, trustedOperations, introspectionRoles };
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatLlaveroError,
    includeStacktraceInErrorResponses: false,
    introspection: true, // gated per role by the limits plugin
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin(limitsPolicy),
      auditPlugin(),
      graphqlObserver('gateway'),
    ],
  });

  app.get('/', (_req, res) => {
    res.type('html').send(landingPageHtml());
  });
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const report = await checkReadiness(urls, pool);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });
  app.get('/metrics', metricsHandler);
  app.get('/operations', (_req, res) => {
    res.json({ operations: trustedOperations.list() });
  });
  mountWindowEndpoints(app, httpServer, { auth, config, audit: auditDataSource, apiSchema: () => apiSchema, addressLimiter: shared.perAddress, signIn: shared.signIn });

  return {
    httpServer,
    async listen(port: number) {
      await apollo.start();
      app.use(
        '/graphql',
        cors({ origin: corsOrigin(options.corsOrigins ?? config.gateway.corsOrigins) }),
        limitPerAddress(shared.perAddress),
        identifyCaller(auth),
        // Every later refusal of a known caller (limits, body, CSRF, batching, hashes …) is audited before it leaves.
        auditRefusalsBeforeAnswer(auditWriter),
        limitPerCaller(shared.perCaller, perMinute),
        ...parseJsonBody(config.gateway.maxBodySize),
        resolvePersistedOperations(trustedOperations),
        limitNesting(),
        idempotentMutations({ store: shared.idempotency, ttlMs: config.idempotency.ttlSeconds * 1000, pendingMs: 60_000 }),
        withinRequestScope(expressMiddleware(apollo, {
          context: async ({ req, res }) => ({
            identity: res.locals.identity!,
            services: new Set<string>(),
            auditDataSource,
            auditChainKey,
            previousAuditChainKeys: config.audit.previousChainKeys,
            auditWriter,
            auditCheckpoints: checkpoints,
            clientAddress: req.ip ?? null,
            audit: res.locals.audit!,
          }),
        })),
      );
      return listen(httpServer, port, '/graphql', async () => {
        await apollo.stop();
        await auditWriter.close();
        await checkpoints.close();
        for (const policy of Object.values(policies)) await policy.close();
        await shared.close();
        await pool.end();
        if (auditDataSource.isInitialized) await auditDataSource.destroy();
      });
    },
  };
}
