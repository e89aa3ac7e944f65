import { conflict } from './errors';

// A request's life in one table: the allowed moves are listed once, every mutation asks here, and an
// illegal move is a CONFLICT that says, in Spanish, where the request is and why it cannot go there.

export interface StateMachine<S extends string> {
  canMove(from: S, to: S): boolean;
  assertTransition(from: S, to: S): void;
}

export function stateMachine<S extends string>(what: string, transitions: Record<S, readonly S[]>, labels: Record<S, string>): StateMachine<S> {
  const canMove = (from: S, to: S) => transitions[from].includes(to);
  return {
    canMove,
    assertTransition(from, to) {
      if (canMove(from, to)) return;
      if (from === to) throw conflict('status', `${what} ya está ${labels[from]}: no hay nada que cambiar.`, { from, to });
      const final = transitions[from].length === 0 ? ': ese estado es definitivo' : '';
      throw conflict('status', `${what} está ${labels[from]} y no puede pasar a ${labels[to]}${final}.`, { from, to });
    },
  };
}
