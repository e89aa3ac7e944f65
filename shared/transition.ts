import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict, notFound } from './errors';
import { requireRecordId } from './identifiers/record-id';
import type { StateMachine } from './state-machine';

// One step of a request's life, the same way in every subgraph: lock the row, ask the state machine,
// record who moved it and why in the status history, apply the changes, save — in the caller's transaction.
// The write is conditional on the status read (WHERE id AND status): of two concurrent decisions one wins
// and the other is a CONFLICT on `status`, even for a caller that forgot its transaction (the lock alone
// would then be released at once).

export interface TransitionSpec<S extends string, R extends ObjectLiteral & { status: S }> {
  entity: EntityTarget<R>;
  history: EntityTarget<ObjectLiteral>;
  states: StateMachine<S>;
  /** The argument that named the request, and the Spanish message when it does not exist. */
  field: string;
  notFoundMessage: (id: string) => string;
}

export async function transition<S extends string, R extends ObjectLiteral & { status: S }>(
  manager: EntityManager,
  spec: TransitionSpec<S, R>,
  move: { id: string; to: S; actor: string; note: string | null; changes?: Partial<R> },
): Promise<R> {
  const id = requireRecordId(move.id, spec.field);
  const row = await manager.getRepository(spec.entity).findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound(spec.field, spec.notFoundMessage(move.id));
  const from = row.status;
  spec.states.assertTransition(from, move.to);
  const written = await manager.getRepository(spec.entity).update({ id, status: from } as never, { ...(move.changes ?? {}), status: move.to } as never);
  if (written.affected !== 1) throw conflict('status', `${spec.states.what} cambió de estado mientras se decidía: vuelva a consultarla.`, { from, to: move.to });
  await manager.getRepository(spec.history).insert({ ownerId: id, actor: move.actor, fromStatus: from, toStatus: move.to, note: move.note });
  return Object.assign(row, move.changes ?? {}, { status: move.to });
}
