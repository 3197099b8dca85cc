import { Hono } from 'hono';
import { openDb } from '../db/client';
import { createAffiliateRequestSchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { adminAuth } from '../middleware/admin-auth';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { validate } from '../middleware/validate';
import { createAffiliate } from '../services/create-affiliate';

export const adminRoutes = new Hono<AppEnv>().use(adminAuth).post('/affiliates', jsonBodyLimit, validate('json', createAffiliateRequestSchema), async (c) => {
  const created = await createAffiliate(openDb(c.env.DB), c.req.valid('json').name);
  return c.json(created, 201);
});
