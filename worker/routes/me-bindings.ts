import { Hono } from 'hono';
import { openDb } from '../db/client';
import type { AppEnv } from '../env';
import { publicBaseUrl } from '../base-url';
import { affiliateAuth } from '../middleware/affiliate-auth';
import { getBindings } from '../services/bindings/get-bindings';
import { startTaobaoBinding } from '../services/bindings/taobao-binding';

const PHONE = /Mobile|Android|iPhone|iPad|MicroMessenger/i;

/** The affiliate's bindings at the networks, and starting Taobao 渠道备案. */
export const meBindingRoutes = new Hono<AppEnv>()
  .use(affiliateAuth)
  .get('/', async (c) => c.json(await getBindings(openDb(c.env.DB), c.env, c.var.affiliate.id)))
  .post('/taobao', async (c) =>
    c.json(
      await startTaobaoBinding(openDb(c.env.DB), c.env, c.var.affiliate.id, {
        baseUrl: publicBaseUrl(c),
        mobile: PHONE.test(c.req.header('User-Agent') ?? ''),
      }),
      201,
    ),
  );
