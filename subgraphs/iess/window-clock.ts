// The window's "now": one place, so a test can stand at the counter on the turno's day.
export const windowClock = { now: (): Date => new Date() };
