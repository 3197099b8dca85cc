import { Hono } from 'hono';
import { CONNECTION_SCHEMAS, networkParamSchema, pageQuerySchema, syncRequestSchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { AppError, issueMessage } from '../errors';
import { openDb } from '../db/client';
import { adminAuth } from '../middleware/admin-auth';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { validate } from '../middleware/validate';
import { connectNetwork, disconnectNetwork, listNetworks } from '../services/networks/connections';
import { syncPublishers } from '../services/bindings/sync-publishers';
import { listRejectedRows } from '../services/networks/rejected-rows';
import { syncOrders } from '../services/networks/sync-orders';

/** The operator's network accounts (联盟账号): connect, list, disconnect, pull orders now. */
export const adminNetworkRoutes = new Hono<AppEnv>()
  .use(adminAuth)
  .get('/', async (c) => c.json({ networks: await listNetworks(openDb(c.env.DB)) }))
  .put('/:network', jsonBodyLimit, validate('param', networkParamSchema), async (c) => {
    const { network } = c.req.valid('param');
    const body: unknown = await c.req.json().catch(() => {
      throw new AppError('BAD_JSON', 'The request body is not valid JSON.');
    });
    const parsed = CONNECTION_SCHEMAS[network].safeParse(body);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', issueMessage(parsed.error));
    return c.json(await connectNetwork(openDb(c.env.DB), c.env, network, parsed.data as never));
  })
  .delete('/:network', validate('param', networkParamSchema), async (c) => {
    await disconnectNetwork(openDb(c.env.DB), c.req.valid('param').network);
    return c.json({ network: c.req.valid('param').network, connected: false });
  })
  .post('/:network/sync', jsonBodyLimit, validate('param', networkParamSchema), async (c) => {
    const text = await c.req.text();
    let body: unknown = {};
    try {
      if (text.trim()) body = JSON.parse(text);
    } catch {
      throw new AppError('BAD_JSON', 'The request body is not valid JSON.');
    }
    const parsed = syncRequestSchema.safeParse(body);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', issueMessage(parsed.error));
    const result = await syncOrders(openDb(c.env.DB), c.env, c.req.valid('param').network, parsed.data);
    // A range longer than one run: accepted, the rest pulled by the cron (progress on GET /api/admin/networks).
    return c.json(result, result.done ? 200 : 202);
  })
  .post('/taobao/publishers/sync', async (c) => c.json(await syncPublishers(openDb(c.env.DB), c.env)))
  .get('/:network/rejected', validate('param', networkParamSchema), validate('query', pageQuerySchema), async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json(await listRejectedRows(openDb(c.env.DB), c.req.valid('param').network, limit, offset));
  });
