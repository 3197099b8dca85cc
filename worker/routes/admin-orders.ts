import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { importFormSchema, manualAttributionSchema, pageQuerySchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { AppError } from '../errors';
import { openDb } from '../db/client';
import { countUnattributedOrders, listUnattributedOrders } from '../db/queries/orders';
import { adminAuth } from '../middleware/admin-auth';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { validate } from '../middleware/validate';
import { assignOrder } from '../services/orders/assign-order';
import { importOrderReport } from '../services/orders/import-order-report';

const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export const adminOrderRoutes = new Hono<AppEnv>()
  .use(adminAuth)
  .post(
    '/import',
    bodyLimit({
      maxSize: MAX_REPORT_BYTES,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', 'A report must be at most 20 MiB; split it by date range.');
      },
    }),
    async (c) => {
      const form = await c.req.formData().catch(() => {
        throw new AppError('VALIDATION_FAILED', 'Send the report as multipart/form-data with fields "file" and "network".');
      });
      const network = importFormSchema.safeParse({ network: form.get('network') });
      if (!network.success) throw new AppError('VALIDATION_FAILED', 'network: must be taobao, jd or pdd');
      const file = form.get('file');
      if (!(file instanceof File) || file.size === 0) throw new AppError('VALIDATION_FAILED', 'file: attach the exported report (CSV)');
      const result = await importOrderReport(openDb(c.env.DB), {
        network: network.data.network,
        fileName: file.name.slice(0, 200),
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      return c.json(result, 200);
    },
  )
  .get('/unattributed', validate('query', pageQuerySchema), async (c) => {
    const { limit, offset } = c.req.valid('query');
    const db = openDb(c.env.DB);
    const [total, rows] = await Promise.all([countUnattributedOrders(db), listUnattributedOrders(db, limit, offset)]);
    return c.json({ total, orders: rows.map((o) => ({ ...o, channelIds: JSON.parse(o.channelIds) as string[] })) });
  })
  .put('/:orderId/attribution', jsonBodyLimit, validate('json', manualAttributionSchema), async (c) => {
    return c.json(await assignOrder(openDb(c.env.DB), c.req.param('orderId'), c.req.valid('json')));
  });
