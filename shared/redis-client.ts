import type { createClient } from 'redis';
import { loadConfig } from './config';
import { createLogger, type Logger } from './observability/log';

// Every Redis client Llavero opens goes through here, so a Redis that is away or stops answering costs a
// request a fast error (which the caller turns into a coded 503), never a hang or a growing queue:
// - no offline queue: while disconnected, a command fails at once instead of waiting for the reconnection;
// - a deadline per command: node-redis 5's `commandOptions.timeout` only counts until the command is
//   written to the socket, so a Redis that accepts and never answers would hold it forever;
// - a bounded queue of commands waiting for their reply, for that same silent Redis;
// - reconnection with capped backoff, for ever once connected, a few attempts at start-up;
// - one log line per change of state (lost, back), never one per failed command.

export type RedisClient = ReturnType<typeof createClient>;

/** node-redis, loaded by the first connection: a process without REDIS_URL never pays for it (~580 modules). */
const redis = () => require('redis') as typeof import('redis');

export interface RedisConnectionOptions {
  /** What this client is for, in Spanish, for log lines and errors ("límites de solicitudes"). */
  purpose: string;
  /** Defaults to a logger named after `service`. */
  logger?: Logger;
  service?: string;
  /** Longest wait for one command's answer. */
  commandTimeoutMs?: number;
}

export const REDIS_COMMAND_TIMEOUT_MS = 1_000;
const CONNECT_TIMEOUT_MS = 2_000;
const MAX_RECONNECT_DELAY_MS = 2_000;
const STARTUP_ATTEMPTS = 3;
const MAX_WAITING_COMMANDS = 1_000;

/** Redis did not answer (away, silent past the deadline, or its queue full): the caller answers 503. */
export class RedisUnavailableError extends Error {
  constructor(purpose: string, cause: unknown) {
    super(`Redis (${purpose}) no respondió: ${(cause as Error)?.message ?? cause}`, { cause });
    this.name = 'RedisUnavailableError';
  }
}

/** Wait before reconnection attempt `retries` (0, 1 …): doubling from 100 ms up to 2 s, with jitter so replicas do not reconnect in step. */
export function reconnectDelay(retries: number, random = Math.random): number {
  return Math.min(100 * 2 ** Math.min(retries, 10), MAX_RECONNECT_DELAY_MS) + Math.floor(random() * 100);
}

export class RedisConnection {
  private state: 'up' | 'down' = 'up';

  private constructor(
    private readonly client: RedisClient,
    private readonly purpose: string,
    private readonly logger: Logger,
    private readonly timeoutMs: number,
  ) {
    client.on('error', (error: Error) => this.lost(error));
    client.on('ready', () => this.back());
  }

  /** Connects, or fails after a few attempts with one Spanish sentence naming the cause and the fix. */
  static async open(url: string, options: RedisConnectionOptions): Promise<RedisConnection> {
    const timeoutMs = options.commandTimeoutMs ?? REDIS_COMMAND_TIMEOUT_MS;
    let connected = false;
    const client = redis().createClient({
      url,
      disableOfflineQueue: true,
      commandsQueueMaxLength: MAX_WAITING_COMMANDS,
      commandOptions: { timeout: timeoutMs },
      socket: {
        connectTimeout: CONNECT_TIMEOUT_MS,
        // false, not the cause: an Error from another realm (a test runner's) would not pass node-redis's instanceof check.
        reconnectStrategy: retries => (connected || retries < STARTUP_ATTEMPTS ? reconnectDelay(retries) : false),
      },
    });
    const logger = options.logger ?? createLogger(options.service ?? 'llavero', loadConfig().log);
    const connection = new RedisConnection(client, options.purpose, logger, timeoutMs);
    try {
      await client.connect();
    } catch (error) {
      throw new Error(`No se pudo conectar con Redis (${options.purpose}) en ${redactedUrl(url)}: ${(error as Error).message}. Arranque Redis o corrija REDIS_URL (sin REDIS_URL, un solo proceso guarda esto en memoria).`);
    }
    connected = true;
    return connection;
  }

  /** Runs `command` within the deadline; a Redis that is away or silent is a RedisUnavailableError. */
  async run<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`sin respuesta en ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      const result = await Promise.race([command(this.client), deadline]);
      this.back();
      return result;
    } catch (error) {
      if (error instanceof redis().ErrorReply) throw error; // Redis answered: refused a command, not an outage
      this.lost(error as Error);
      throw new RedisUnavailableError(this.purpose, error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Waits for pending answers up to the deadline, then drops the connection. */
  async close(): Promise<void> {
    if (!this.client.isOpen) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.client.close().catch(() => undefined), new Promise(resolve => (timer = setTimeout(resolve, this.timeoutMs)))]);
    clearTimeout(timer);
    if (this.client.isOpen) this.client.destroy();
  }

  private lost(error: Error): void {
    if (this.state === 'down') return;
    this.state = 'down';
    this.logger.error({ redis: this.purpose, err: error }, `Redis (${this.purpose}) no responde: se rechazan las solicitudes que lo necesitan hasta que vuelva`);
  }

  private back(): void {
    if (this.state === 'up') return;
    this.state = 'up';
    this.logger.info({ redis: this.purpose }, `Redis (${this.purpose}) responde de nuevo`);
  }
}

/** The URL without its password, for an error message. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}
