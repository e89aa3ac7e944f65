import { stateMachine } from './state-machine';

type S = 'SUBMITTED' | 'APPROVED' | 'REJECTED';
const machine = stateMachine<S>('La solicitud', { SUBMITTED: ['APPROVED', 'REJECTED'], APPROVED: [], REJECTED: [] }, {
  SUBMITTED: 'presentada',
  APPROVED: 'aprobada',
  REJECTED: 'rechazada',
});

describe('a request life says what is wrong in a sentence', () => {
  test.each([
    ['SUBMITTED', 'SUBMITTED', 'La solicitud ya está presentada: no hay nada que cambiar.'],
    ['APPROVED', 'REJECTED', 'La solicitud está aprobada y no puede pasar a rechazada: ese estado es definitivo.'],
    ['APPROVED', 'APPROVED', 'La solicitud ya está aprobada: no hay nada que cambiar.'],
  ] as Array<[S, S, string]>)('%s → %s', (from, to, message) => {
    expect(() => machine.assertTransition(from, to)).toThrow(expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'CONFLICT', field: 'status' }) }));
  });

  test('an allowed move passes', () => {
    expect(() => machine.assertTransition('SUBMITTED', 'APPROVED')).not.toThrow();
  });
});
