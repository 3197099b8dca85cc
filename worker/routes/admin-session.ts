import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { timingSafeEqual } from 'hono/utils/buffer';
import { z } from 'zod';
import type { AppEnv } from '../env';
import { AppError } from '../errors';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { throttle } from '../middleware/throttle';
import { validate } from '../middleware/validate';
import { openDb } from '../db/client';
import { endSession, issueSession, SESSION_COOKIE, SESSION_TTL_MS } from '../services/admin-session';

const signInSchema = z.strictObject({ token: z.string().min(1).max(200) });

/** Exchanges the admin token for an HttpOnly, SameSite=Strict session cookie (Secure over https). */
export const adminSessionRoutes = new Hono<AppEnv>()
  .post('/', jsonBodyLimit, validate('json', signInSchema), async (c) => {
    const expected = c.env.ADMIN_TOKEN;
    if (c.req.header('Origin') && c.req.header('Origin') !== new URL(c.req.url).origin) throw new AppError('FORBIDDEN', 'Cross-site request refused.');
    await throttle(c, 'SIGN_IN_LIMITER');
    if (!expected || !(await timingSafeEqual(c.req.valid('json').token, expected))) throw new AppError('UNAUTHORIZED', 'That is not the admin token.');
    setCookie(c, SESSION_COOKIE, await issueSession(openDb(c.env.DB), expected), {
      httpOnly: true,
      secure: new URL(c.req.url).protocol === 'https:',
      sameSite: 'Strict',
      path: '/',
      maxAge: SESSION_TTL_MS / 1000,
    });
    return c.json({ ok: true });
  })
  .delete('/', async (c) => {
    await endSession(openDb(c.env.DB), c.env.ADMIN_TOKEN, getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  });
