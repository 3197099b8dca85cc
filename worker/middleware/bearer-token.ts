import type { Context } from 'hono';
import { AppError } from '../errors';

/** The token of an `Authorization: Bearer <token>` header, or UNAUTHORIZED. */
export function bearerTokenOrThrow(c: Context): string {
  const match = /^Bearer\s+(\S{1,200})\s*$/i.exec(c.req.header('Authorization') ?? '');
  if (!match?.[1]) throw new AppError('UNAUTHORIZED', 'Send your key as "Authorization: Bearer <key>".');
  return match[1];
}
