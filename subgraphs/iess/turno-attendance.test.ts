import { isTurnoMissed, turnoAttendanceProblem, turnoDeadline } from './turno-attendance';

// 2026-11-26 is a Thursday, 2026-11-29 a Sunday; Quito is UTC−5.
const at = (local: string) => new Date(`${local}:00-05:00`);
const TURNO = at('2026-11-26T10:00');

describe('when a turno can be attended (seed 002)', () => {
  test('on its day, from its hour, within the tolerance', () => {
    expect(turnoAttendanceProblem(TURNO, at('2026-11-26T10:00'), 15)).toBeNull();
    expect(turnoAttendanceProblem(TURNO, at('2026-11-26T10:15'), 15)).toBeNull();
  });

  test('not days or minutes before its hour', () => {
    expect(turnoAttendanceProblem(TURNO, at('2026-11-24T10:00'), 15)?.reason).toBe('TURNO_NOT_YET');
    expect(turnoAttendanceProblem(TURNO, at('2026-11-26T09:59'), 15)?.reason).toBe('TURNO_NOT_YET');
  });

  test('past the tolerance the turno has expired, and says so', () => {
    const late = turnoAttendanceProblem(TURNO, at('2026-11-26T10:16'), 15);
    expect(late).toEqual({ reason: 'TURNO_EXPIRED', message: expect.stringMatching(/venció a las 10:15/) });
    expect(isTurnoMissed(TURNO, at('2026-11-27T09:00'), 15)).toBe(true);
    expect(isTurnoMissed(TURNO, at('2026-11-26T10:10'), 15)).toBe(false);
  });

  test('never on a Sunday, a holiday or outside 8:00–17:00', () => {
    expect(turnoAttendanceProblem(TURNO, at('2026-11-29T10:05'), 15)?.reason).toBe('OUTSIDE_OFFICE_HOURS');
    expect(turnoAttendanceProblem(at('2026-12-25T10:00'), at('2026-12-25T10:05'), 15)?.reason).toBe('OUTSIDE_OFFICE_HOURS');
    expect(turnoAttendanceProblem(TURNO, at('2026-11-26T07:59'), 15)?.reason).toBe('OUTSIDE_OFFICE_HOURS');
    expect(turnoDeadline(at('2026-11-26T16:30'), 60)).toEqual(at('2026-11-26T17:00'));
    expect(turnoAttendanceProblem(at('2026-11-26T16:30'), at('2026-11-26T17:05'), 60)?.reason).toBe('OUTSIDE_OFFICE_HOURS');
  });
});
