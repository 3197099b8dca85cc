import { Hono } from 'hono';
import { z } from 'zod';
import { codeClicksQuerySchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { openDb } from '../db/client';
import { adminAuth } from '../middleware/admin-auth';
import { validate } from '../middleware/validate';
import { clickRetentionDays } from '../services/clicks/click-retention';
import { readCodeClicks } from '../services/clicks/read-code-clicks';

/** A code's raw clicks of a day, for looking into a dispute or a flood. */
export const adminClickRoutes = new Hono<AppEnv>()
  .use(adminAuth)
  .get('/codes/:code/clicks', validate('param', z.object({ code: z.string().min(1).max(20) })), validate('query', codeClicksQuerySchema), async (c) => {
    const { day, after } = c.req.valid('query');
    const request = { retentionDays: clickRetentionDays(c.env), code: c.req.valid('param').code, date: day, after };
    return c.json(await readCodeClicks(openDb(c.env.DB), c.env.CLICK_ARCHIVE, request));
  });
