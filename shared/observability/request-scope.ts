import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Logger } from './log';

// What is known about the request being served, wherever the code runs on its behalf: its id (sent back
// in x-request-id and forwarded to every subgraph), the caller, the operation and how it ended. Log
// lines carry the id from here; the request log and the metrics read the rest when the answer leaves.

export interface RequestScope {
  requestId: string;
  startedAt: bigint;
  /** The token's subject, or 'anonymous'. Never a name, a cédula or an e-mail. */
  caller?: string;
  operation?: string;
  /** 'ok', or the error codes of the answer (e.g. 'BAD_USER_INPUT'), sorted and deduplicated. */
  outcome?: string;
  /** The serving service's logger (set by observeRequests); `requestLog()` adds the id to it. */
  logger?: Logger;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const currentScope = (): RequestScope | undefined => storage.getStore();

export function runInScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The id a load balancer or the gateway sent, when it is a UUID (the audit trail stores it as one); otherwise a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && UUID.test(value) ? value.toLowerCase() : randomUUID();
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;
const seenOperations = new Set<string>();

/**
 * Operation names come from callers: a metric label per name would let anyone grow the metrics without
 * bound. The first 200 well-formed names are kept; the rest count as 'otra'.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonima';
  if (!OPERATION_NAME.test(name)) return 'otra';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_LABELS) return 'otra';
  seenOperations.add(name);
  return name;
}
