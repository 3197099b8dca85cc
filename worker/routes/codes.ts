import { Hono } from 'hono';
import { openDb } from '../db/client';
import { createCodeRequestSchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { publicBaseUrl } from '../base-url';
import { affiliateAuth } from '../middleware/affiliate-auth';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { validate } from '../middleware/validate';
import { createShareCode } from '../services/create-share-code';

export const codeRoutes = new Hono<AppEnv>().use(affiliateAuth).post('/', jsonBodyLimit, validate('json', createCodeRequestSchema), async (c) => {
  const { created, shareCode } = await createShareCode(openDb(c.env.DB), c.env, c.var.affiliate.id, c.req.valid('json'), publicBaseUrl(c));
  return c.json(shareCode, created ? 201 : 200);
});
