import { enumLabelInSentence } from './enum-labels';
import { conflict } from './errors';

// A request's life in one table: the allowed moves are listed once, every mutation asks here, and an
// illegal move is a CONFLICT that says, in Spanish, where the request is and why it cannot go there.

export interface StateMachine<S extends string> {
  /** The request as the messages name it ("La credencial"). */
  what: string;
  canMove(from: S, to: S): boolean;
  assertTransition(from: S, to: S): void;
}

/**
 * `statuses`: the registered status enum, whose Spanish labels (enum-labels.ts, the one place) name the
 * states; a record of labels is still accepted while a subgraph moves its labels to its enum.
 */
export function stateMachine<S extends string>(what: string, transitions: Record<S, readonly S[]>, statuses: Record<string, string>): StateMachine<S> {
  const label = (status: S) => (statuses[status] === status ? enumLabelInSentence(statuses, status) : statuses[status]);
  const canMove = (from: S, to: S) => transitions[from].includes(to);
  return {
    what,
    canMove,
    assertTransition(from, to) {
      if (canMove(from, to)) return;
      if (from === to) throw conflict('status', `${what} ya está ${label(from)}: no hay nada que cambiar.`, { from, to });
      const final = transitions[from].length === 0 ? ': ese estado es definitivo' : '';
      throw conflict('status', `${what} está ${label(from)} y no puede pasar a ${label(to)}${final}.`, { from, to });
    },
  };
}
