import { BrokenCircuitError, BulkheadRejectedError, bulkhead, circuitBreaker, CircuitState, ConsecutiveBreaker, ExponentialBackoff, handleWhen, retry, type CircuitBreakerPolicy } from 'cockatiel';
import { Agent, request } from 'undici';
import { circuitState } from '../shared/observability/metrics';

// How the gateway calls one subgraph (cockatiel policies, undici connection pool):
// - a bounded pool of keep-alive connections, and a bounded number of calls in flight and waiting
//   (a call beyond both is refused at once: no queue grows without limit);
// - a circuit breaker: after `breakerFailures` failures in a row (no answer, a timeout, HTTP 5xx) the
//   subgraph is not called for `breakerOpenMs`; its sections answer "no disponible" at once; then one
//   probe call decides whether to close it again;
// - one retry, after a short jittered backoff, only for reads (queries are idempotent), only when the
//   connection failed or a proxy answered 502/503/504, and only while the retry budget (10 % of recent
//   calls) lasts, so retries cannot multiply the load on a struggling subgraph.

export interface SubgraphPolicySettings {
  timeoutMs: number;
  breakerFailures: number;
  breakerOpenMs: number;
  maxConnections: number;
  maxConcurrent: number;
  maxQueued: number;
}

/** One subgraph call: its method, headers and body (already signed). */
export interface SubgraphCallInit {
  method?: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * A subgraph's answer, its body read whole within the call's deadline (undici's `request` instead of its
 * `fetch`: no WHATWG streams, Request or Response objects per call).
 */
export interface SubgraphAnswer {
  status: number;
  body: string;
}

/** A subgraph answer larger than this is cut and counted as a failure (500 RUCs answer in well under 1 MiB). */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

export type CallOutcome = 'circuit_open' | 'saturated' | 'timeout' | 'unavailable';

/** Why a call did not reach an answer, for the degraded section and the metrics. */
export class SubgraphCallRefused extends Error {
  constructor(
    readonly outcome: CallOutcome,
    message: string,
    /** Whether the subgraph may have received the request (and run a write): false only when it provably did not. */
    readonly maybeDelivered = false,
  ) {
    super(message);
  }
}

const CONNECTION_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH']);
/** Failures before a connection existed: the request never left. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

const errorCode = (error: Error) => String((error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error & { code?: string }).code);
const connectionFailed = (error: Error) => CONNECTION_FAILURES.has(errorCode(error));

class BadGatewayAnswer extends Error {}

/** Retries may add at most one call per ten recent calls (a token bucket refilled by calls, capped at 10). */
class RetryBudget {
  private tokens = 10;
  earn(): void {
    this.tokens = Math.min(10, this.tokens + 0.1);
  }
  spend(): boolean {
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const STATE_VALUE: Record<CircuitState, number> = { [CircuitState.Closed]: 0, [CircuitState.HalfOpen]: 1, [CircuitState.Open]: 2, [CircuitState.Isolated]: 2 };

export class SubgraphPolicy {
  private readonly pool: Agent;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly limit: ReturnType<typeof bulkhead>;
  private readonly budget = new RetryBudget();

  constructor(
    readonly subgraph: string,
    private readonly settings: SubgraphPolicySettings,
  ) {
    this.pool = new Agent({ connections: settings.maxConnections, keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000, maxResponseSize: MAX_ANSWER_BYTES });
    this.breaker = circuitBreaker(
      handleWhen(error => !(error instanceof BulkheadRejectedError)),
      { halfOpenAfter: settings.breakerOpenMs, breaker: new ConsecutiveBreaker(settings.breakerFailures) },
    );
    this.limit = bulkhead(settings.maxConcurrent, settings.maxQueued);
    circuitState.set({ subgraph }, 0);
    this.breaker.onStateChange(state => circuitState.set({ subgraph }, STATE_VALUE[state]));
  }

  get state(): 'closed' | 'half-open' | 'open' {
    const state = this.breaker.state;
    return state === CircuitState.Closed ? 'closed' : state === CircuitState.HalfOpen ? 'half-open' : 'open';
  }

  /** One HTTP call under the policies; an answer (any status below 500) or a SubgraphCallRefused. */
  async call(url: string, init: SubgraphCallInit, idempotent: boolean): Promise<SubgraphAnswer> {
    this.budget.earn();
    const again = retry(
      handleWhen(error => idempotent && (connectionFailed(error) || error instanceof BadGatewayAnswer) && this.budget.spend()),
      { maxAttempts: 1, backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 400 }) },
    );
    try {
      return await this.limit.execute(() => this.breaker.execute(() => again.execute(() => this.once(url, init))));
    } catch (error) {
      throw this.refusal(error as Error);
    }
  }

  /** One attempt: the answer's headers and whole body within the deadline (a subgraph stalling mid-body is a timeout too). */
  private async once(url: string, init: SubgraphCallInit): Promise<SubgraphAnswer> {
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    try {
      const response = await request(url, { method: (init.method ?? 'POST') as 'POST', headers: init.headers, body: init.body, dispatcher: this.pool, signal });
      if (response.statusCode >= 500) {
        await response.body.dump();
        throw response.statusCode === 500 ? new Error(`HTTP ${response.statusCode}`) : new BadGatewayAnswer(`HTTP ${response.statusCode}`);
      }
      return { status: response.statusCode, body: await response.body.text() };
    } catch (error) {
      // undici names an aborted request its own way; the deadline is what happened.
      throw signal.aborted ? signal.reason : error;
    }
  }

  private refusal(error: Error): SubgraphCallRefused {
    if (error instanceof BrokenCircuitError) return new SubgraphCallRefused('circuit_open', `circuito abierto: no se llama al subgrafo ${this.subgraph} durante ${this.settings.breakerOpenMs} ms`);
    if (error instanceof BulkheadRejectedError) return new SubgraphCallRefused('saturated', `el subgrafo ${this.subgraph} tiene ${this.settings.maxConcurrent} llamadas en curso y ${this.settings.maxQueued} en espera`);
    if (error.name === 'TimeoutError') return new SubgraphCallRefused('timeout', `el subgrafo ${this.subgraph} no respondió en ${this.settings.timeoutMs} ms`, true);
    return new SubgraphCallRefused('unavailable', `el subgrafo ${this.subgraph} no respondió: ${error.message}`, !NOT_CONNECTED.has(errorCode(error)));
  }

  /** After the HTTP server drained: nothing of ours is in flight; a call still waiting on a hung subgraph is cut. */
  async close(): Promise<void> {
    await this.pool.destroy().catch(() => undefined);
  }
}
