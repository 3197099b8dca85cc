import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AppEnv } from '../env';
import { AppError } from '../errors';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { validate } from '../middleware/validate';
import { openDb } from '../db/client';
import { endSession, SESSION_COOKIE, SESSION_TTL_MS, signIn } from '../services/admin-session';

const signInSchema = z.strictObject({ token: z.string().min(1).max(200) });

/** Exchanges the admin token for an HttpOnly, SameSite=Strict session cookie (Secure over https). */
export const adminSessionRoutes = new Hono<AppEnv>()
  .post('/', jsonBodyLimit, validate('json', signInSchema), async (c) => {
    if (c.req.header('Origin') && c.req.header('Origin') !== new URL(c.req.url).origin) throw new AppError('FORBIDDEN', 'Cross-site request refused.');
    const session = await signIn(
      openDb(c.env.DB),
      { adminToken: c.env.ADMIN_TOKEN, salt: c.env.VISITOR_SALT ?? '' },
      c.req.header('CF-Connecting-IP') ?? null,
      c.req.valid('json').token,
    );
    setCookie(c, SESSION_COOKIE, session, {
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
