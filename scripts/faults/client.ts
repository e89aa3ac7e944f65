// HTTP against the gateway with every answer counted (status and GraphQL error code), and the checks of
// a scenario collected with what each expected, so the runner can print figures and fail on any miss.

export interface Answer {
  status: number;
  ms: number;
  body: { data?: any; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; service?: string } }> } | undefined;
  codes: string[];
}

export class Scenario {
  readonly figures = new Map<string, string | number>();
  readonly statuses = new Map<string, number>();
  readonly failures: string[] = [];
  readonly passed: string[] = [];
  sent = 0;

  constructor(readonly name: string) {}

  /** One behaviour the scenario expects; a false condition fails the suite with `expectation` and what was seen. */
  check(expectation: string, ok: boolean, seen?: unknown): void {
    if (ok) this.passed.push(expectation);
    else this.failures.push(`${expectation} — visto: ${typeof seen === 'string' ? seen : JSON.stringify(seen)}`);
  }

  figure(name: string, value: string | number): void {
    this.figures.set(name, value);
  }

  count(answer: Answer): void {
    this.sent += 1;
    const codes = answer.codes.length ? [...new Set(answer.codes)].join('+') : 'ok';
    const key = `${answer.status} ${codes}`;
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
  }
}

export interface Send {
  body: string | Buffer;
  headers?: Record<string, string>;
  method?: string;
  path?: string;
  timeoutMs?: number;
}

/** One raw request; a network failure or a timeout is an answer with status 0 (counted, never thrown). */
export async function send(baseUrl: string, scenario: Scenario, request: Send): Promise<Answer> {
  const started = Date.now();
  let answer: Answer;
  try {
    const response = await fetch(`${baseUrl}${request.path ?? '/graphql'}`, {
      method: request.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.method === 'GET' ? undefined : typeof request.body === 'string' ? request.body : new Uint8Array(request.body),
      signal: AbortSignal.timeout(request.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    let body: Answer['body'];
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const errors = Array.isArray(body) ? body.flatMap(b => b?.errors ?? []) : (body?.errors ?? []);
    answer = { status: response.status, ms: Date.now() - started, body, codes: errors.map((e: any) => String(e?.extensions?.code ?? 'SIN_CODIGO')) };
  } catch (error) {
    answer = { status: 0, ms: Date.now() - started, body: undefined, codes: [(error as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK'] };
  }
  scenario.count(answer);
  return answer;
}

export function graphql(baseUrl: string, scenario: Scenario, token: string, query: string, variables?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(baseUrl, scenario, { body: JSON.stringify({ query, variables }), headers: { authorization: `Bearer ${token}`, ...headers } });
}

/** `clients` loops calling `one` until `stop()` says so; resolves when every loop has finished its call. */
export function loop(clients: number, one: (client: number, n: number) => Promise<unknown>): { stop(): Promise<void> } {
  let running = true;
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let n = 0; running; n += 1) await one(client, n);
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Runs `tasks` with at most `width` in flight. */
export async function pool<T>(width: number, tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, tasks.length) }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]();
      }
    }),
  );
  return results;
}

/** The gateway's circuit state for one subgraph: 0 closed, 1 half-open, 2 open (GET /metrics). */
export async function circuitState(baseUrl: string, subgraph: string): Promise<number | undefined> {
  const text = await (await fetch(`${baseUrl}/metrics`, { signal: AbortSignal.timeout(2_000) })).text();
  const match = new RegExp(`^llavero_circuit_state\\{[^}]*subgraph="${subgraph}"[^}]*\\} (\\d+)`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
