import { Hono } from 'hono';
import { joinRequestSchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { openDb } from '../db/client';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { throttle } from '../middleware/throttle';
import { validate } from '../middleware/validate';
import { joinThroughInvite } from '../services/invites/join';

/** `POST /api/join`: joining through an invite, for programs (people use the page at `/join/:code`). */
export const joinApiRoutes = new Hono<AppEnv>().post('/', jsonBodyLimit, validate('json', joinRequestSchema), async (c) => {
  await throttle(c, 'JOIN_LIMITER');
  const { inviteCode, name } = c.req.valid('json');
  return c.json(await joinThroughInvite(openDb(c.env.DB), inviteCode, name), 201);
});
