import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { CURRENT_FORMAT, entryHash, GENESIS_HASH, type ChainHead } from './audit-chain';
import { signCheckpoint, type CheckpointStore } from './audit-checkpoints';
import type { AuditEntry } from './audit-entry';
import { boundedText, MAX_STORED_ADDRESS } from './audit-values';
import { auditAppendDuration } from '../../shared/observability/metrics';
import type { Logger } from '../../shared/observability/log';
import { requestLog } from '../../shared/observability/request-log';
import { safeError } from '../../shared/observability/safe-error';

// Group commit on a chain of this process's own: entries of concurrent requests are hashed in order and
// written by one multi-row INSERT (one commit), and each request waits for its own entry before its
// answer leaves. Nothing is shared with other gateways, so several append in parallel without a lock.

export type NewAuditEntry = Pick<
  AuditEntry,
  'requestId' | 'kind' | 'subject' | 'agency' | 'role' | 'clientAddress' | 'operationName' | 'operationType' | 'rucs' | 'services' | 'outcome' | 'errorCodes'
>;

interface Pending {
  fields: NewAuditEntry;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface AuditWriterOptions {
  checkpoints: CheckpointStore;
  /** How often the chain's head is published when it moved (AUDIT_CHECKPOINT_INTERVAL_MS). */
  checkpointIntervalMs: number;
  /** Most entries in one INSERT. */
  maxBatch?: number;
  /** Most entries waiting for a commit; beyond, an entry is refused at once (the request answers 503) rather than queued without end while the database is slow. */
  maxQueued?: number;
  chainId?: string;
  /** Where a failed checkpoint (outside any request) is reported; defaults to the process's gateway logger. */
  logger?: Logger;
}

const COLUMNS = [
  'chain_id', 'seq', 'format', 'occurred_at', 'request_id', 'kind', 'subject', 'agency', 'role', 'client_address',
  'operation_name', 'operation_type', 'rucs', 'services', 'outcome', 'error_codes', 'previous_hash', 'hash',
];

/** A chain id nobody else uses: this host, this process, this start. */
export function newChainId(): string {
  return `${hostname().replace(/[^A-Za-z0-9.-]/g, '').slice(0, 40) || 'gateway'}-${process.pid}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** Bounded and cleaned so that no caller-controlled value can make the INSERT fail. */
function storable(fields: NewAuditEntry): NewAuditEntry {
  return {
    ...fields,
    subject: boundedText(fields.subject),
    agency: boundedText(fields.agency),
    clientAddress: boundedText(fields.clientAddress, MAX_STORED_ADDRESS),
    operationName: boundedText(fields.operationName),
    rucs: fields.rucs.slice(0, 10_000),
    services: fields.services.slice(0, 16),
    errorCodes: fields.errorCodes.slice(0, 32).map(code => boundedText(code, 64)),
  };
}

export class AuditWriter {
  readonly chainId: string;
  private head: ChainHead;
  private published = -1;
  private readonly queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;
  private readonly maxBatch: number;
  get checkpoints(): CheckpointStore {
    return this.options.checkpoints;
  }

  /** Figures for operators and the benchmark: commits and entries written. */
  readonly stats = { commits: 0, entries: 0, failedCommits: 0 };

  private constructor(
    private readonly dataSource: DataSource,
    private readonly key: string,
    private readonly options: AuditWriterOptions,
  ) {
    this.chainId = options.chainId ?? newChainId();
    this.head = { chainId: this.chainId, seq: 0, hash: GENESIS_HASH };
    this.maxBatch = options.maxBatch ?? 200;
    this.timer = setInterval(
      () => void this.checkpoint().catch(error => requestLog('gateway', options.logger).error({ error: safeError(error) }, 'no se pudo publicar el punto de control de auditoría')),
      options.checkpointIntervalMs,
    );
    this.timer.unref();
  }

  /** Opens the chain (continuing it when `chainId` names one that exists) and announces it outside the table. */
  static async open(dataSource: DataSource, key: string, options: AuditWriterOptions): Promise<AuditWriter> {
    const writer = new AuditWriter(dataSource, key, options);
    await writer.reloadHead();
    await writer.checkpoint();
    return writer;
  }

  /** Resolves once the entry is committed; rejects when it could not be written. */
  append(fields: NewAuditEntry): Promise<void> {
    const limit = this.options.maxQueued ?? 10_000;
    if (this.queue.length >= limit) return Promise.reject(new Error(`la bitácora de auditoría ya tiene ${limit} entradas esperando a la base de datos`));
    return new Promise((resolve, reject) => {
      this.queue.push({ fields: storable(fields), resolve, reject });
      // Entries queued while a commit is in flight ride the next one together.
      this.flushing ??= new Promise<void>(done => setImmediate(done)).then(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          await this.write(batch);
          for (const pending of batch) pending.resolve();
        } catch (error) {
          this.stats.failedCommits++;
          await this.reloadHead().catch(() => undefined);
          // A value the database refuses must not take its neighbours' entries down with it.
          if (batch.length > 1 && /^2[23]/.test(String((error as { code?: unknown }).code))) await this.writeOneByOne(batch);
          else for (const pending of batch) pending.reject(error);
        }
      }
    } finally {
      this.flushing = null;
    }
  }

  private async writeOneByOne(batch: Pending[]): Promise<void> {
    for (const pending of batch) {
      try {
        await this.write([pending]);
        pending.resolve();
      } catch (error) {
        await this.reloadHead().catch(() => undefined);
        pending.reject(error);
      }
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    let { seq, hash } = this.head;
    const occurredAt = new Date();
    const values: unknown[] = [];
    const rows = batch.map(({ fields }) => {
      seq++;
      const entry = { ...fields, chainId: this.chainId, seq, format: CURRENT_FORMAT, occurredAt, previousHash: hash };
      hash = entryHash(entry, this.key);
      const start = values.length;
      values.push(
        entry.chainId, entry.seq, entry.format, occurredAt, entry.requestId, entry.kind, entry.subject, entry.agency, entry.role, entry.clientAddress,
        entry.operationName, entry.operationType, entry.rucs, entry.services, entry.outcome, entry.errorCodes, entry.previousHash, hash,
      );
      return `(${COLUMNS.map((_, i) => `$${start + i + 1}`).join(', ')})`;
    });
    const timer = auditAppendDuration.startTimer();
    try {
      await this.dataSource.query(`INSERT INTO audit_entry (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`, values);
      timer({ outcome: 'ok' });
    } catch (error) {
      timer({ outcome: 'error' });
      throw error;
    }
    this.head = { chainId: this.chainId, seq, hash };
    this.stats.commits++;
    this.stats.entries += batch.length;
  }

  /** After a failed commit the head is read back: the commit may have landed although its answer was lost. */
  private async reloadHead(): Promise<void> {
    const [last] = (await this.dataSource.query('SELECT seq, hash FROM audit_entry WHERE chain_id = $1 ORDER BY seq DESC LIMIT 1', [this.chainId])) as Array<{
      seq: string;
      hash: string;
    }>;
    this.head = last ? { chainId: this.chainId, seq: Number(last.seq), hash: last.hash } : { chainId: this.chainId, seq: 0, hash: GENESIS_HASH };
  }

  /** Publishes the signed head when it moved since the last checkpoint. */
  async checkpoint(): Promise<void> {
    const head = this.head;
    if (head.seq === this.published) return;
    await this.options.checkpoints.publish(signCheckpoint(head, this.key));
    this.published = head.seq;
  }

  /** Waits for queued entries, publishes the final head and stops the timer. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    while (this.flushing) await this.flushing;
    await this.checkpoint();
  }
}
