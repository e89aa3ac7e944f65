import type { Response } from 'express';
import type { ErrorCode } from '../shared/errors';

/** A GraphQL-shaped error answered before Apollo runs (authentication, body, rate limits). */
export function sendGraphQLError(res: Response, status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, code } }] });
}
