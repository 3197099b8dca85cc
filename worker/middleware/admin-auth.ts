import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { timingSafeEqual } from 'hono/utils/buffer';
import { openDb } from '../db/client';
import type { AppEnv } from '../env';
import { AppError } from '../errors';
import { isValidSession, SESSION_COOKIE } from '../services/admin-session';
import { bearerTokenOrThrow } from './bearer-token';
import { throttle } from './throttle';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Admin routes: either `Authorization: Bearer <ADMIN_TOKEN>` (scripts, CI) or the dashboard's signed
 * session cookie. Cookie-authenticated writes must come from our own origin (CSRF), on top of the
 * cookie's SameSite=Strict. Affiliate keys never pass: they are not the admin token.
 */
export const adminAuth = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  if (c.req.header('Authorization')) {
    const token = bearerTokenOrThrow(c);
    // An unset secret must never let an empty or guessed token through.
    if (!expected || !(await timingSafeEqual(token, expected))) {
      await throttle(c, 'BAD_KEY_LIMITER');
      throw new AppError('UNAUTHORIZED', 'The admin token is not valid.');
    }
    return next();
  }
  if (!(await isValidSession(openDb(c.env.DB), expected, getCookie(c, SESSION_COOKIE)))) {
    throw new AppError('UNAUTHORIZED', 'Sign in to the dashboard, or send the admin token as a bearer token.');
  }
  if (!SAFE_METHODS.has(c.req.method) && c.req.header('Origin') !== new URL(c.req.url).origin) {
    throw new AppError('FORBIDDEN', 'Cross-site request refused.');
  }
  await next();
});
