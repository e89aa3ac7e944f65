// When a failed message is tried again: exponential backoff from the first wait, capped; FAILED after the
// last attempt. Pure, so the schedule is tested without a clock.

export interface RetrySchedule {
  maxAttempts: number;
  backoffMs: number;
  backoffCapMs: number;
}

/** After `attempts` failed attempts (1 = the first one failed): the wait before the next, or null when none is left. */
export function nextAttemptDelay(attempts: number, schedule: RetrySchedule): number | null {
  if (attempts >= schedule.maxAttempts) return null;
  return Math.min(schedule.backoffCapMs, schedule.backoffMs * 2 ** Math.max(0, attempts - 1));
}

/** An error message fit for a log line and the outbox row: e-mail addresses (an SMTP refusal names them) hidden. */
export function sanitizedError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '[correo]').slice(0, 500);
}
