import { Hono } from 'hono';
import { offerQuerySchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { openDb } from '../db/client';
import { affiliateAuth } from '../middleware/affiliate-auth';
import { validate } from '../middleware/validate';
import { offerForProduct } from '../services/offers/offer-for-product';

/** What a product pays before a code exists: the panel shows it when a product page opens. */
export const offerRoutes = new Hono<AppEnv>().use(affiliateAuth).get('/', validate('query', offerQuerySchema), async (c) => {
  const { url, priceFen } = c.req.valid('query');
  return c.json(await offerForProduct(openDb(c.env.DB), c.env, c.var.affiliate.id, url, priceFen ?? null));
});
