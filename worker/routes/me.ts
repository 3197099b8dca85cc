import { Hono } from 'hono';
import { openDb } from '../db/client';
import type { AppEnv } from '../env';
import { publicBaseUrl } from '../base-url';
import { affiliateAuth } from '../middleware/affiliate-auth';
import { getSummary } from '../services/get-summary';
import { getEarnings } from '../services/get-earnings';
import { validate } from '../middleware/validate';
import { earningsQuerySchema } from '../../shared/schemas';

export const meRoutes = new Hono<AppEnv>()
  .use(affiliateAuth)
  .get('/summary', async (c) => c.json(await getSummary(openDb(c.env.DB), c.var.affiliate, publicBaseUrl(c))))
  .get('/earnings', validate('query', earningsQuerySchema), async (c) =>
    c.json(await getEarnings(openDb(c.env.DB), c.var.affiliate, c.req.valid('query').range)),
  );
