import { Hono } from 'hono';
import { resolveRequestSchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { publicBaseUrl } from '../base-url';
import { openDb } from '../db/client';
import { affiliateAuth } from '../middleware/affiliate-auth';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { validate } from '../middleware/validate';
import { identifyThroughNetwork } from '../services/networks/identify-through-network';
import { resolveShareText } from '../services/resolve-share-text';

export const resolveRoutes = new Hono<AppEnv>().use(affiliateAuth).post('/', jsonBodyLimit, validate('json', resolveRequestSchema), async (c) => {
  const ownOrigin = new URL(publicBaseUrl(c)).origin;
  const db = openDb(c.env.DB);
  return c.json(
    await resolveShareText(db, c.req.valid('json').text, ownOrigin, {
      fetch,
      identify: (network, material) => identifyThroughNetwork(db, c.env, network, material),
    }),
  );
});
