import { resolve } from 'node:path';
import { DEFAULT_PORTS, envReaders, type SubgraphName } from './env';

// Every setting Llavero reads (.env.example lists each with its default), read once at a process's entry
// into one frozen, typed object that is passed down. A malformed value stops the start with a Spanish
// message naming the variable; nothing else reads the environment.

export interface LlaveroConfig {
  production: boolean;
  /** Local state: embedded database, development keys, audit checkpoints, .eml mail. */
  home: string;
  database: {
    /** The owner's connection (migrations, runtime roles); unset with `npm start`'s embedded PostgreSQL. */
    ownerUrl?: string;
    /** Each service's runtime-role connection, when given instead of the owner's. */
    runtimeUrls: Partial<Record<SubgraphName | 'gateway', string>>;
    roleSecret?: string;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    embeddedPort: number;
    demoData: boolean;
    quiet: boolean;
  };
  /** The gateway, the four subgraphs, and the dossier subgraph's own service (the gateway also serves it in process). */
  ports: Record<'gateway' | 'dossier' | SubgraphName, number>;
  subgraphs: {
    urls: Record<SubgraphName, string>;
    host: string;
    timeoutMs: number;
    /** Failures in a row that open a subgraph's circuit, and how long it stays open before a probe. */
    breakerFailures: number;
    breakerOpenMs: number;
    /** Keep-alive connections to each subgraph, calls in flight, and calls waiting for one. */
    maxConnections: number;
    maxConcurrent: number;
    maxQueued: number;
  };
  gateway: {
    corsOrigins: string;
    supergraphPath?: string;
    /** As written (`8mb`), for body-parser and the 413 message. */
    maxBodySize: string;
    maxBodyBytes: number;
    trustProxy?: string;
    introspectionRoles?: string[];
    trustedOperationsPath?: string;
    trustedOperationsAgencies: string[];
    ventanillaUsers: string;
    /** Seconds without keyboard or mouse activity after which /ventanilla clears the citizen's data (30..3600). */
    ventanillaIdleSeconds: number;
  };
  auth: { jwksUrl?: string; issuer?: string; audience?: string; signingSecret?: string; previousSigningSecret?: string };
  audit: { chainKey?: string; previousChainKeys: string[]; checkpointDir: string; checkpointIntervalMs: number };
  limits: { maxDepth: number; maxAliases: number; maxCost: number; maxRucs: number };
  rateLimits: { perMinute: number; perIpPerMinute: number; signInPerIpPerMinute: number; signInFailuresPerUserPerHour: number; redisUrl?: string };
  documents: { maxBytes: number; signatureTrustedRoots?: string };
  mail: { smtpUrl?: string; mailDir?: string; outboxIntervalMs: number; outboxMaxAttempts: number; outboxBackoffMs: number; outboxBackoffCapMs: number; outboxUncertainAfterMs: number };
  /** Seed 002 is silent on these: choices to confirm with the IESS. */
  iessWindow: { turnoToleranceMinutes: number; keyActivationHours: number };
  /** Seed 004's choices the seed is silent on (to confirm with the MDT). */
  trainers: { pickupLateRecordingMinutes: number };
  /** How long the first answer of a mutation sent with an Idempotency-Key is kept for its retries. */
  idempotency: { ttlSeconds: number };
  /** Logs (pino): level, and JSON or human-readable lines. */
  log: { level: LogLevel; format: 'json' | 'pretty' };
  /** OpenTelemetry traces: exported by OTLP/HTTP only when an endpoint is set (no SDK starts otherwise). */
  tracing: { endpoint?: string; namespace: string; sampleRatio: number; exportDelayMs: number };
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type Source = Record<string, string | undefined>;

/** Reads `source` (the process environment by default) with the env readers, against their defaults. */
export function loadConfig(source: Source = process.env): Readonly<LlaveroConfig> {
  const { envString, envInt, envBool, envSize } = envReaders(() => source);
  const maxBody = envSize('MAX_BODY_SIZE', '8mb');
  const home = envString('LLAVERO_HOME', resolve(__dirname, '../../.llavero'));
  const ports = {
    gateway: envInt('PORT', DEFAULT_PORTS.gateway),
    sal: envInt('SAL_PORT', DEFAULT_PORTS.sal),
    sut: envInt('SUT_PORT', DEFAULT_PORTS.sut),
    trainers: envInt('TRAINERS_PORT', DEFAULT_PORTS.trainers),
    iess: envInt('IESS_PORT', DEFAULT_PORTS.iess),
    dossier: envInt('DOSSIER_PORT', DEFAULT_PORTS.dossier),
  };
  const list = (value: string | undefined) => (value ?? '').split(',').map(item => item.trim()).filter(Boolean);
  const introspection = envString('INTROSPECTION_ROLES');
  return deepFreeze<LlaveroConfig>({
    production: envString('NODE_ENV') === 'production',
    home,
    database: {
      ownerUrl: envString('DATABASE_URL'),
      runtimeUrls: {
        gateway: envString('GATEWAY_DATABASE_URL'),
        sal: envString('SAL_DATABASE_URL'),
        sut: envString('SUT_DATABASE_URL'),
        trainers: envString('TRAINERS_DATABASE_URL'),
        iess: envString('IESS_DATABASE_URL'),
      },
      roleSecret: envString('DATABASE_ROLE_SECRET'),
      connectTimeoutMs: envInt('DB_CONNECT_TIMEOUT_MS', 5_000),
      statementTimeoutMs: envInt('DB_STATEMENT_TIMEOUT_MS', 15_000),
      embeddedPort: envInt('EMBEDDED_PG_PORT', 54329),
      demoData: envBool('LLAVERO_DEMO_DATA', true),
      quiet: envBool('LLAVERO_QUIET', false),
    },
    ports,
    subgraphs: {
      urls: {
        sal: envString('SAL_URL', `http://127.0.0.1:${ports.sal}/graphql`),
        sut: envString('SUT_URL', `http://127.0.0.1:${ports.sut}/graphql`),
        trainers: envString('TRAINERS_URL', `http://127.0.0.1:${ports.trainers}/graphql`),
        iess: envString('IESS_URL', `http://127.0.0.1:${ports.iess}/graphql`),
      },
      host: envString('SUBGRAPH_HOST', '127.0.0.1'),
      timeoutMs: envInt('SUBGRAPH_TIMEOUT_MS', 10_000),
      breakerFailures: envInt('SUBGRAPH_BREAKER_FAILURES', 5),
      breakerOpenMs: envInt('SUBGRAPH_BREAKER_OPEN_MS', 5_000),
      maxConnections: envInt('SUBGRAPH_MAX_CONNECTIONS', 32),
      maxConcurrent: envInt('SUBGRAPH_MAX_CONCURRENT', 128),
      maxQueued: envInt('SUBGRAPH_MAX_QUEUED', 512),
    },
    gateway: {
      corsOrigins: envString('CORS_ORIGINS', 'http://localhost:4000'),
      supergraphPath: envString('SUPERGRAPH_PATH'),
      maxBodySize: maxBody.text,
      maxBodyBytes: maxBody.bytes,
      trustProxy: envString('TRUST_PROXY'),
      introspectionRoles: introspection === undefined ? undefined : list(introspection),
      trustedOperationsPath: envString('TRUSTED_OPERATIONS_PATH'),
      trustedOperationsAgencies: list(envString('TRUSTED_OPERATIONS_AGENCIES')),
      ventanillaUsers: envString('VENTANILLA_USERS', 'ventanilla:llavero-demo:front-office:Regional 2 Quito,revisor:llavero-revisor:reviewer:Regional 2 Quito'),
      ventanillaIdleSeconds: bounded('VENTANILLA_IDLE_SECONDS', envInt('VENTANILLA_IDLE_SECONDS', 300), 30, 3600),
    },
    auth: {
      jwksUrl: envString('AUTH_JWKS_URL'),
      issuer: envString('AUTH_ISSUER'),
      audience: envString('AUTH_AUDIENCE'),
      signingSecret: envString('GATEWAY_SIGNING_SECRET'),
      previousSigningSecret: envString('GATEWAY_SIGNING_SECRET_PREVIOUS'),
    },
    audit: {
      chainKey: envString('AUDIT_CHAIN_KEY'),
      // Keys of chains written before a rotation: only verified with, never written with.
      previousChainKeys: (envString('AUDIT_CHAIN_KEY_PREVIOUS') ?? '').split(',').map(key => key.trim()).filter(Boolean),
      checkpointDir: envString('AUDIT_CHECKPOINT_DIR', resolve(home, 'audit-checkpoints')),
      checkpointIntervalMs: envInt('AUDIT_CHECKPOINT_INTERVAL_MS', 5_000),
    },
    limits: {
      maxDepth: envInt('MAX_QUERY_DEPTH', 10),
      maxAliases: envInt('MAX_QUERY_ALIASES', 20),
      maxCost: envInt('MAX_QUERY_COST', 30_000),
      maxRucs: envInt('MAX_RUCS_PER_REQUEST', 500),
    },
    rateLimits: {
      perMinute: envInt('RATE_LIMIT_PER_MINUTE', 300),
      perIpPerMinute: envInt('RATE_LIMIT_PER_IP_PER_MINUTE', 1200),
      signInPerIpPerMinute: envInt('SIGN_IN_ATTEMPTS_PER_IP_PER_MINUTE', 10),
      signInFailuresPerUserPerHour: envInt('SIGN_IN_FAILURES_PER_USER_PER_HOUR', 10),
      redisUrl: envString('REDIS_URL'),
    },
    documents: { maxBytes: envInt('DOCUMENT_MAX_BYTES', 1024 * 1024), signatureTrustedRoots: envString('SIGNATURE_TRUSTED_ROOTS') },
    mail: {
      smtpUrl: envString('SMTP_URL'),
      mailDir: envString('MAIL_DIR'),
      outboxIntervalMs: envInt('OUTBOX_INTERVAL_MS', 1_000),
      outboxMaxAttempts: bounded('OUTBOX_MAX_ATTEMPTS', envInt('OUTBOX_MAX_ATTEMPTS', 10), 1, 100),
      outboxBackoffMs: envInt('OUTBOX_BACKOFF_MS', 30_000),
      outboxBackoffCapMs: envInt('OUTBOX_BACKOFF_CAP_MS', 3_600_000),
      outboxUncertainAfterMs: envInt('OUTBOX_UNCERTAIN_AFTER_MS', 300_000),
    },
    iessWindow: { turnoToleranceMinutes: envInt('IESS_TURNO_TOLERANCE_MINUTES', 15), keyActivationHours: envInt('IESS_WINDOW_KEY_ACTIVATION_HOURS', 72) },
    trainers: { pickupLateRecordingMinutes: envInt('TRAINER_PICKUP_LATE_RECORDING_MINUTES', 60) },
    idempotency: { ttlSeconds: bounded('IDEMPOTENCY_TTL_SECONDS', envInt('IDEMPOTENCY_TTL_SECONDS', 86_400), 60, 7 * 86_400) },
    tracing: {
      endpoint: envString('OTEL_EXPORTER_OTLP_ENDPOINT'),
      namespace: envString('OTEL_SERVICE_NAMESPACE', 'llavero'),
      sampleRatio: bounded('OTEL_TRACES_SAMPLER_ARG', Number(envString('OTEL_TRACES_SAMPLER_ARG', '1')), 0, 1),
      exportDelayMs: envInt('OTEL_BSP_SCHEDULE_DELAY', 5_000),
    },
    log: {
      level: oneOf('LOG_LEVEL', envString('LOG_LEVEL', 'info'), LOG_LEVELS),
      // Readable lines for a developer at a terminal; JSON for log collectors (and whenever NODE_ENV=production).
      format: oneOf('LOG_FORMAT', envString('LOG_FORMAT', envString('NODE_ENV') !== 'production' && process.stdout.isTTY ? 'pretty' : 'json'), ['json', 'pretty'] as const),
    },
  });
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`La variable ${name} vale "${value}"; valores admitidos: ${allowed.join(', ')}.`);
}

function bounded(name: string, value: number, min: number, max: number): number {
  if (!(value >= min && value <= max)) throw new Error(`La variable de entorno ${name} debe estar entre ${min} y ${max} (valor: ${value}).`);
  return value;
}

function deepFreeze<T>(value: T): Readonly<T> {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

let processWide: Readonly<LlaveroConfig> | undefined;

/**
 * The running process's settings, read once on first use: for the few places deep inside a request
 * (a document's size limit, the SQL logger) that the entry's config is not handed to.
 */
export function processConfig(): Readonly<LlaveroConfig> {
  processWide ??= loadConfig();
  return processWide;
}
