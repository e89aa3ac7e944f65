import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { Pool } from 'pg';
import { signingSecretFromEnv } from '../shared/auth/secrets';
import type { Identity } from '../shared/auth/identity';
import { openServiceDatabase } from '../shared/database/data-source';
import { envInt, envString, isProduction, llaveroHome, serviceDatabaseUrl, SUBGRAPH_NAMES, subgraphUrl, type SubgraphName } from '../shared/env';
import { formatLlaveroError } from '../shared/format-error';
import { listen, type RunningServer } from '../shared/http-server';
import { openCheckpointStores } from './audit/audit-checkpoints';
import { auditPlugin } from './audit/audit-plugin';
import { AuditWriter } from './audit/audit-writer';
import { auditChainKeyFromEnv } from './audit/chain-key';
import { createAuditDataSource } from './audit/database';
import { auditRefusalsBeforeAnswer } from './audit/refusal-audit';
import { authConfigFromEnv, authenticate, type AuthConfig } from './auth/authenticate';
import type { GatewayContext, RequestAudit } from './context';
import { buildDossierSchema } from './dossier/schema';
import { checkReadiness } from './health';
import { sendGraphQLError } from './http-errors';
import { landingPageHtml } from './landing-page';
import { limitsPlugin, type LimitsPolicy } from './limits/limits-plugin';
import type { OperationLimits } from './limits/operation-limits';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './limits/rate-limiter';
import { sha256, TrustedOperations } from './limits/trusted-operations';
import { trustProxySetting, type TrustProxy } from './limits/trust-proxy';
import { ResilientDataSource } from './resilient-data-source';
import { mountWebPages } from './web-pages';
import { loadSupergraphSdl, schemaDir } from './supergraph';

export interface GatewayOptions {
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
  /** Redis for rate limits shared by several gateways; defaults to REDIS_URL (unset: in memory). */
  redisUrl?: string;
  trustedOperations?: TrustedOperations;
  /** Express "trust proxy" (which X-Forwarded-For hops name the client); defaults to TRUST_PROXY, off when unset. */
  trustProxy?: TrustProxy;
  /** Roles allowed to introspect in production; defaults to INTROSPECTION_ROLES. */
  introspectionRoles?: string[] | 'all';
}

export interface GatewayServer {
  httpServer: Server;
  listen(port: number): Promise<RunningServer>;
}

function corsOrigin(setting: string): cors.CorsOptions['origin'] {
  if (setting.trim() === '*') return true;
  return setting.split(',').map(origin => origin.trim()).filter(Boolean);
}

function limitsFrom(options: GatewayOptions): OperationLimits {
  return {
    maxDepth: options.limits?.maxDepth ?? envInt('MAX_QUERY_DEPTH', 10),
    maxAliases: options.limits?.maxAliases ?? envInt('MAX_QUERY_ALIASES', 20),
    maxCost: options.limits?.maxCost ?? envInt('MAX_QUERY_COST', 30_000),
    maxRucs: options.limits?.maxRucs ?? envInt('MAX_RUCS_PER_REQUEST', 500),
  };
}

/** Builds (does not listen) the gateway: /graphql over a static supergraph, health endpoints, landing page. */
export async function buildGatewayServer(options: GatewayOptions = {}): Promise<GatewayServer> {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map(name => [name, options.subgraphUrls?.[name] ?? subgraphUrl(name)])) as Record<SubgraphName, string>;
  const databaseUrl = options.databaseUrl ?? envString('DATABASE_URL');
  const runtimeDatabaseUrl = options.runtimeDatabaseUrl ?? serviceDatabaseUrl('gateway');
  if (!databaseUrl && !runtimeDatabaseUrl) throw new Error('Falta DATABASE_URL: la pasarela guarda ahí la bitácora de auditoría ("npm start" la define).');
  const auth = options.auth ?? (await authConfigFromEnv());
  const signingSecret = options.signingSecret ?? signingSecretFromEnv();
  const auditChainKey = options.auditChainKey ?? auditChainKeyFromEnv();
  const trustedOperations = options.trustedOperations ?? TrustedOperations.load(envString('TRUSTED_OPERATIONS_PATH', join(schemaDir(), 'trusted-operations.json')));
  const introspectionRoles =
    options.introspectionRoles ?? (isProduction() ? (envString('INTROSPECTION_ROLES', 'reviewer') ?? '').split(',').map(r => r.trim()) : 'all');
  const perMinute = options.rateLimitPerMinute ?? envInt('RATE_LIMIT_PER_MINUTE', 300);
  const redisUrl = options.redisUrl ?? envString('REDIS_URL');
  const rateLimiter: RateLimiter = redisUrl ? await RedisRateLimiter.connect(redisUrl, perMinute) : new MemoryRateLimiter(perMinute);
  const maxBody = envString('MAX_BODY_SIZE', '8mb');

  const auditDataSource = await openServiceDatabase(createAuditDataSource, { admin: databaseUrl, runtime: runtimeDatabaseUrl });
  const checkpoints = await openCheckpointStores(options.auditCheckpointDir ?? envString('AUDIT_CHECKPOINT_DIR', join(llaveroHome(), 'audit-checkpoints')), redisUrl);
  const auditWriter = await AuditWriter.open(auditDataSource, auditChainKey, { checkpoints, checkpointIntervalMs: options.auditCheckpointIntervalMs ?? envInt('AUDIT_CHECKPOINT_INTERVAL_MS', 5_000) });
  const dossierSchema = await buildDossierSchema();
  let apiSchema: GraphQLSchema | undefined;
  const timeoutMs = envInt('SUBGRAPH_TIMEOUT_MS', 10_000);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? loadSupergraphSdl(),
    buildService: ({ name, url }) =>
      name === 'dossier'
        ? new LocalGraphQLDataSource(dossierSchema)
        : new ResilientDataSource(name, urls[name as SubgraphName] ?? url!, () => apiSchema, timeoutMs, signingSecret),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? trustProxySetting());
  const httpServer = createServer(app);
  const pool = new Pool({ connectionString: (auditDataSource.options as { url: string }).url, max: 2 });
  const limitsPolicy: LimitsPolicy = { limits: limitsFrom(options), trustedOperations, introspectionRoles };
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
    ],
  });

  const ipLimiter = new MemoryRateLimiter(envInt('RATE_LIMIT_PER_IP_PER_MINUTE', 1200));

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
  app.get('/operations', (_req, res) => {
    res.json({ operations: trustedOperations.list() });
  });
  mountWebPages(app, auth);

  return {
    httpServer,
    async listen(port: number) {
      await apollo.start();
      app.use(
        '/graphql',
        cors({ origin: corsOrigin(options.corsOrigins ?? envString('CORS_ORIGINS', 'http://localhost:4000')) }),
        // 0. A per-address budget before any token work, so bad tokens cannot be tried without limit.
        async (req: Request, res: Response, next: NextFunction) => {
          const verdict = await ipLimiter.hit(`ip:${req.ip}`);
          if (verdict.allowed) return next();
          res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
          sendGraphQLError(res, 429, 'FORBIDDEN', `Demasiadas solicitudes desde esta dirección. Reintente en ${verdict.retryAfterSeconds} s.`, { reason: 'RATE_LIMITED' });
        },
        // 1. Who is asking (headers only, so even a refused body is attributed).
        async (req: Request, res: Response, next: NextFunction) => {
          try {
            res.locals.identity = await authenticate(req.headers.authorization, auth);
            res.locals.audit = { written: false } satisfies RequestAudit;
            next();
          } catch (error) {
            const { message, extensions } = error as { message: string; extensions?: Record<string, unknown> };
            sendGraphQLError(res, 401, 'UNAUTHENTICATED', message, { ...extensions, code: undefined, http: undefined });
          }
        },
        // Every later refusal of a known caller (limits, body, CSRF, batching, hashes …) is audited before it leaves.
        auditRefusalsBeforeAnswer(auditWriter),
        // 2. How often.
        async (req: Request, res: Response, next: NextFunction) => {
          const identity = res.locals.identity as Identity;
          const caller = identity.role === 'anonymous' ? `ip:${req.ip}` : `sub:${identity.subject}`;
          const verdict = await rateLimiter.hit(caller);
          if (verdict.allowed) return next();
          (res.locals.audit as RequestAudit).refusalCode = 'RATE_LIMITED';
          res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
          sendGraphQLError(res, 429, 'FORBIDDEN', `Demasiadas solicitudes: el máximo es ${perMinute} por minuto. Reintente en ${verdict.retryAfterSeconds} s.`, {
            reason: 'RATE_LIMITED',
          });
        },
        // 3. How big.
        express.json({ limit: maxBody }),
        async (error: Error & { type?: string }, _req: Request, res: Response, next: NextFunction) => {
          if (!error) return next();
          const tooLarge = error.type === 'entity.too.large';
          (res.locals.audit as RequestAudit).refusalCode = tooLarge ? 'BODY_TOO_LARGE' : 'BODY_MALFORMED';
          sendGraphQLError(
            res,
            tooLarge ? 413 : 400,
            'BAD_USER_INPUT',
            tooLarge ? `La solicitud supera el tamaño máximo (${maxBody}).` : 'El cuerpo de la solicitud no es JSON válido.',
            { field: 'body', reason: tooLarge ? 'BODY_TOO_LARGE' : 'BODY_MALFORMED' },
          );
        },
        // 4. Registered operations sent by hash only get their text from the manifest; a hash must match its text.
        async (req: Request, res: Response, next: NextFunction) => {
          const persisted = req.body?.extensions?.persistedQuery;
          if (!persisted) return next();
          const hash = persisted.sha256Hash;
          if (persisted.version !== 1 || typeof hash !== 'string') {
            (res.locals.audit as RequestAudit).refusalCode = 'PERSISTED_QUERY_INVALID';
            return sendGraphQLError(res, 400, 'BAD_USER_INPUT', 'La extensión persistedQuery debe tener version 1 y un sha256Hash de texto.', {
              field: 'extensions.persistedQuery',
              reason: 'PERSISTED_QUERY_INVALID',
            });
          }
          if (typeof req.body.query === 'string') {
            if (sha256(req.body.query) === hash) return next();
            (res.locals.audit as RequestAudit).refusalCode = 'PERSISTED_QUERY_HASH_MISMATCH';
            return sendGraphQLError(res, 400, 'BAD_USER_INPUT', 'El sha256Hash de persistedQuery no corresponde al texto de la consulta enviada.', {
              field: 'extensions.persistedQuery.sha256Hash',
              reason: 'PERSISTED_QUERY_HASH_MISMATCH',
            });
          }
          const operation = trustedOperations.byHashOf(hash);
          if (!operation) {
            (res.locals.audit as RequestAudit).refusalCode = 'PERSISTED_QUERY_NOT_FOUND';
            return sendGraphQLError(res, 400, 'BAD_USER_INPUT', 'No hay ninguna operación registrada con ese hash (consulte GET /operations).', {
              field: 'extensions.persistedQuery.sha256Hash',
              reason: 'PERSISTED_QUERY_NOT_FOUND',
            });
          }
          req.body.query = operation.query;
          next();
        },
        expressMiddleware(apollo, {
          context: async ({ req, res }) => ({
            identity: res.locals.identity as Identity,
            services: new Set<string>(),
            auditDataSource,
            auditChainKey,
            auditWriter,
            clientAddress: req.ip ?? null,
            audit: res.locals.audit as RequestAudit,
          }),
        }),
      );
      return listen(httpServer, port, '/graphql', async () => {
        await apollo.stop();
        await auditWriter.close();
        await checkpoints.close();
        await rateLimiter.close();
        await pool.end();
        if (auditDataSource.isInitialized) await auditDataSource.destroy();
      });
    },
  };
}
