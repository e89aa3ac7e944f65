import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { notFound } from './errors';
import { requireRecordId } from './identifiers/record-id';
import type { StateMachine } from './state-machine';

// One step of a request's life, the same way in every subgraph: lock the row, ask the state machine,
// record who moved it and why in the status history, apply the changes, save — in the caller's transaction.

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
  spec.states.assertTransition(row.status, move.to);
  await manager.getRepository(spec.history).insert({ ownerId: id, actor: move.actor, fromStatus: row.status, toStatus: move.to, note: move.note });
  Object.assign(row, move.changes ?? {}, { status: move.to });
  await manager.getRepository(spec.entity).save(row);
  return row;
}
