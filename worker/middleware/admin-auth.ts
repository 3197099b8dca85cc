import { createMiddleware } from 'hono/factory';
import { timingSafeEqual } from 'hono/utils/buffer';
import type { AppEnv } from '../env';
import { AppError } from '../errors';
import { bearerTokenOrThrow } from './bearer-token';

/** Admin routes: the bearer token must equal the ADMIN_TOKEN secret, compared in constant time. */
export const adminAuth = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerTokenOrThrow(c);
  const expected = c.env.ADMIN_TOKEN;
  // An unset secret must never let an empty or guessed token through.
  if (!expected || !(await timingSafeEqual(token, expected))) {
    throw new AppError('UNAUTHORIZED', 'The admin token is not valid.');
  }
  await next();
});
