import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { webhookOrdersSchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { AppError, issueMessage } from '../errors';
import { openDb } from '../db/client';
import { ingestOrderLines } from '../services/orders/ingest-order-lines';
import { recordWebhookReceipt, verifyWebhook } from '../services/orders/verify-webhook';

const MAX_WEBHOOK_BYTES = 1024 * 1024;

export const webhookRoutes = new Hono<AppEnv>().post(
  '/orders',
  bodyLimit({
    maxSize: MAX_WEBHOOK_BYTES,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', 'A webhook delivery must be at most 1 MiB; send fewer orders per call.');
    },
  }),
  async (c) => {
    // The signature covers the exact bytes, so read the raw body before parsing anything.
    const body = await c.req.text();
    const db = openDb(c.env.DB);
    const receipt = await verifyWebhook(db, c.env.ORDERS_WEBHOOK_SECRET, c.req.header('X-Daihuo-Timestamp'), c.req.header('X-Daihuo-Signature'), body);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new AppError('BAD_JSON', 'The request body is not valid JSON.');
    }
    const parsed = webhookOrdersSchema.safeParse(json);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', issueMessage(parsed.error));
    const counts = await ingestOrderLines(db, parsed.data.orders, 'webhook');
    await recordWebhookReceipt(db, receipt);
    return c.json({ inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged });
  },
);
