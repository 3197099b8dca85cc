import { Hono } from 'hono';
import { openDb } from '../db/client';
import { SHARE_CODE_PATTERN } from '../../shared/share-code';
import type { AppEnv } from '../env';
import { findDestination } from '../db/queries/share-codes';
import { notFoundPage } from '../pages/not-found';
import { recordClick } from '../services/record-click';

export const redirectRoutes = new Hono<AppEnv>().get('/:code', async (c) => {
  const code = c.req.param('code');
  const destination = SHARE_CODE_PATTERN.test(code) ? await findDestination(openDb(c.env.DB), code) : null;
  if (!destination) return c.html(notFoundPage(), 404);

  // The friend never waits for bookkeeping, and a failed write must not change the redirect.
  const click = recordClick(openDb(c.env.DB), {
    code,
    at: Date.now(),
    ip: c.req.header('CF-Connecting-IP'),
    userAgent: c.req.header('User-Agent'),
    referer: c.req.header('Referer'),
    visitorSalt: c.env.VISITOR_SALT ?? '',
  }).catch((err: unknown) => console.error('click not recorded', code, err));
  c.executionCtx.waitUntil(click);

  c.header('Cache-Control', 'private, no-store');
  return c.redirect(destination, 302);
});
