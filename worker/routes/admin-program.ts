import { Hono } from 'hono';
import { adjustmentSchema, channelIdRequestSchema, programSettingsSchema, tierUpdateSchema, updateAffiliateSchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { openDb } from '../db/client';
import { getProgram } from '../services/program/get-program';
import { adminAuth } from '../middleware/admin-auth';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { validate } from '../middleware/validate';
import { addChannelId } from '../services/affiliates/add-channel-id';
import { adjustBalance } from '../services/affiliates/adjust-balance';
import { updateAffiliate } from '../services/affiliates/update-affiliate';
import { updateSettings, updateTier } from '../services/program/update-tier';

/** Tiers, program settings and affiliates' tier / inviter / channel ids. Every change is audited. */
export const adminProgramRoutes = new Hono<AppEnv>()
  .use(adminAuth)
  .get('/tiers', async (c) => c.json(await getProgram(openDb(c.env.DB))))
  .put('/tiers/:id', jsonBodyLimit, validate('json', tierUpdateSchema), async (c) =>
    c.json(await updateTier(openDb(c.env.DB), c.req.param('id'), c.req.valid('json'))),
  )
  .put('/settings', jsonBodyLimit, validate('json', programSettingsSchema), async (c) => c.json(await updateSettings(openDb(c.env.DB), c.req.valid('json'))))
  .patch('/affiliates/:id', jsonBodyLimit, validate('json', updateAffiliateSchema), async (c) =>
    c.json(await updateAffiliate(openDb(c.env.DB), c.req.param('id'), c.req.valid('json'))),
  )
  .post('/affiliates/:id/channel-ids', jsonBodyLimit, validate('json', channelIdRequestSchema), async (c) => {
    const { network, channelId } = c.req.valid('json');
    return c.json(await addChannelId(openDb(c.env.DB), c.req.param('id'), network, channelId), 201);
  })
  .post('/affiliates/:id/adjustments', jsonBodyLimit, validate('json', adjustmentSchema), async (c) => {
    const { amountFen, reason } = c.req.valid('json');
    return c.json(await adjustBalance(openDb(c.env.DB), c.req.param('id'), amountFen, reason), 201);
  });
