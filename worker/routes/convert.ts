import { Hono } from 'hono';
import { convertRequestSchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { publicBaseUrl } from '../base-url';
import { openDb } from '../db/client';
import { affiliateAuth } from '../middleware/affiliate-auth';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { validate } from '../middleware/validate';
import { convertMessage } from '../services/convert-message';

/** 文案转链: a whole message in, the affiliate's own links and passwords in its place out. */
export const convertRoutes = new Hono<AppEnv>().use(affiliateAuth).post('/', jsonBodyLimit, validate('json', convertRequestSchema), async (c) => {
  const baseUrl = publicBaseUrl(c);
  return c.json(await convertMessage(openDb(c.env.DB), c.env, c.var.affiliate.id, c.req.valid('json'), { baseUrl, ownOrigin: new URL(baseUrl).origin }));
});
