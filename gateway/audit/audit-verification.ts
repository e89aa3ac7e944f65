import type { DataSource } from 'typeorm';
import { chainIds, verifyChain, type ChainVerdict } from './audit-chain';
import { checkpointSignatureValid, type AuditCheckpoint } from './audit-checkpoints';

// What `npm run audit:verify` and auditChainStatus check: every chain links and hashes correctly, no
// chain ends before its latest signed checkpoint (a deleted tail), every checkpoint is genuine, and the
// append-only triggers are in place and switched on.

export type AuditProblemKind = 'CHAIN_BROKEN' | 'TAIL_MISSING' | 'CHAIN_MISSING' | 'CHECKPOINT_FORGED' | 'TRIGGER_DISABLED' | 'TRIGGER_MISSING';

export interface AuditProblem {
  kind: AuditProblemKind;
  message: string;
  /** The first entry (id) concerned, when one is. */
  entry?: number;
}

export interface AuditTrailReport {
  intact: boolean;
  chains: ChainVerdict[];
  checkedEntries: number;
  checkpoints: number;
  problems: AuditProblem[];
}

export const APPEND_ONLY_TRIGGERS = ['audit_entry_no_change', 'audit_entry_no_truncate'];

/** The latest genuine checkpoint per chain; forged ones are reported. */
function latestGenuine(checkpoints: AuditCheckpoint[], keys: readonly string[], problems: AuditProblem[]): Map<string, AuditCheckpoint> {
  const latest = new Map<string, AuditCheckpoint>();
  for (const checkpoint of checkpoints) {
    if (!keys.some(key => checkpointSignatureValid(checkpoint, key))) {
      problems.push({ kind: 'CHECKPOINT_FORGED', message: `el punto de control de la cadena ${checkpoint.chainId} (${checkpoint.at}) no tiene una firma válida: fue alterado o no lo firmó Llavero` });
      continue;
    }
    const known = latest.get(checkpoint.chainId);
    if (!known || checkpoint.seq > known.seq) latest.set(checkpoint.chainId, checkpoint);
  }
  return latest;
}

/** The verdict of the key the chain verifies with; when none does, the one that got furthest (it locates the break). */
async function verifyWithKeys(dataSource: DataSource, keys: readonly string[], chainId: string): Promise<ChainVerdict> {
  let best: ChainVerdict | undefined;
  for (const key of keys) {
    const verdict = await verifyChain(dataSource, key, chainId);
    if (verdict.intact) return verdict;
    if (!best || verdict.checkedEntries > best.checkedEntries) best = verdict;
  }
  return best!;
}

async function checkTriggers(dataSource: DataSource, problems: AuditProblem[]): Promise<void> {
  const rows: Array<{ tgname: string; tgenabled: string }> = await dataSource.query(
    `SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass AND NOT tgisinternal`,
  );
  for (const name of APPEND_ONLY_TRIGGERS) {
    const trigger = rows.find(r => r.tgname === name);
    if (!trigger) problems.push({ kind: 'TRIGGER_MISSING', message: `falta el disparador ${name}: la tabla de auditoría ya no es de solo anexado` });
    // 'D' = disabled; 'O' (origin) and 'A' (always) fire.
    else if (trigger.tgenabled === 'D') problems.push({ kind: 'TRIGGER_DISABLED', message: `el disparador ${name} está desactivado: la tabla de auditoría admite cambios y borrados` });
  }
}

/**
 * `key`: the current AUDIT_CHAIN_KEY, or it followed by the keys of before a rotation (AUDIT_CHAIN_KEY_PREVIOUS):
 * each chain was written with one key (a process's chain never changes key), so it must verify whole with one.
 */
export async function verifyAuditTrail(dataSource: DataSource, key: string | readonly string[], checkpoints: AuditCheckpoint[]): Promise<AuditTrailReport> {
  const keys = typeof key === 'string' ? [key] : key;
  const problems: AuditProblem[] = [];
  const latest = latestGenuine(checkpoints, keys, problems);
  const ids = new Set([...(await chainIds(dataSource)), ...latest.keys()]);
  const chains: ChainVerdict[] = [];
  for (const chainId of [...ids].sort()) {
    const verdict = await verifyWithKeys(dataSource, keys, chainId);
    chains.push(verdict);
    if (!verdict.intact) problems.push({ kind: 'CHAIN_BROKEN', message: verdict.reason, entry: verdict.firstBrokenEntry });
    const checkpoint = latest.get(chainId);
    if (!checkpoint) continue;
    if (verdict.head.seq === 0 && checkpoint.seq > 0) {
      problems.push({ kind: 'CHAIN_MISSING', message: `la cadena ${chainId} no tiene entradas, pero su punto de control firmado (${checkpoint.at}) registra ${checkpoint.seq}: fue borrada` });
    } else if (verdict.intact && verdict.head.seq < checkpoint.seq) {
      problems.push({
        kind: 'TAIL_MISSING',
        message: `faltan las últimas entradas de la cadena ${chainId}: termina en la posición ${verdict.head.seq}, pero su punto de control firmado (${checkpoint.at}) registra la posición ${checkpoint.seq}`,
      });
    } else if (verdict.intact && checkpoint.seq > 0) {
      const [row] = (await dataSource.query('SELECT id, hash FROM audit_entry WHERE chain_id = $1 AND seq = $2', [chainId, checkpoint.seq])) as Array<{ id: string; hash: string }>;
      if (row?.hash !== checkpoint.hash) {
        problems.push({ kind: 'CHAIN_BROKEN', message: `la posición ${checkpoint.seq} de la cadena ${chainId} no es la que registró su punto de control firmado (${checkpoint.at})`, entry: Number(row?.id) });
      }
    }
  }
  await checkTriggers(dataSource, problems);
  return {
    intact: problems.length === 0,
    chains,
    checkedEntries: chains.reduce((sum, chain) => sum + chain.checkedEntries, 0),
    checkpoints: latest.size,
    problems,
  };
}
