import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { importFormSchema, importPartSchema, importStartSchema, manualAttributionSchema, pageQuerySchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { AppError } from '../errors';
import { openDb } from '../db/client';
import { adminAuth } from '../middleware/admin-auth';
import { bulkBodyLimit, jsonBodyLimit } from '../middleware/json-body-limit';
import { validate } from '../middleware/validate';
import { confirmOutlier } from '../services/orders/confirm-outlier';
import { assignOrder } from '../services/orders/assign-order';
import { listContested } from '../services/orders/contested-orders';
import { listImportErrors } from '../services/orders/import-errors';
import { listUnattributed } from '../services/orders/unattributed-orders';
import { importOrderReport, importPart, startImport } from '../services/orders/import-order-report';

// A whole file in one request is read into memory and worked through within one Worker invocation;
// larger reports go in parts (the dashboard does this by itself).
const MAX_REPORT_BYTES = 20 * 1024 * 1024;
const MAX_PART_BYTES = 8 * 1024 * 1024;

export const adminOrderRoutes = new Hono<AppEnv>()
  .use(adminAuth)
  .post(
    '/import',
    bodyLimit({
      maxSize: MAX_REPORT_BYTES,
      onError: () => {
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          'A report uploaded in one request must be at most 20 MiB; upload it from the dashboard (which sends it in parts) or use /api/admin/orders/imports.',
        );
      },
    }),
    async (c) => {
      const form = await c.req.formData().catch(() => {
        throw new AppError('VALIDATION_FAILED', 'Send the report as multipart/form-data with fields "file" and "network".');
      });
      const network = importFormSchema.safeParse({ network: form.get('network') });
      if (!network.success) throw new AppError('VALIDATION_FAILED', 'network: must be taobao, jd or pdd');
      const file = form.get('file');
      if (!(file instanceof File) || file.size === 0) throw new AppError('VALIDATION_FAILED', 'file: attach the exported report (.xls, .xlsx or CSV)');
      const result = await importOrderReport(openDb(c.env.DB), {
        network: network.data.network,
        fileName: file.name.slice(0, 200),
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      return c.json(result, 200);
    },
  )
  .post('/imports', bulkBodyLimit(1024 * 1024), validate('json', importStartSchema), async (c) =>
    c.json(await startImport(openDb(c.env.DB), c.req.valid('json')), 201),
  )
  .put(
    '/imports/:batchId/parts/:part',
    bulkBodyLimit(MAX_PART_BYTES),
    validate('param', z.object({ batchId: z.string().max(40), part: z.coerce.number().int().min(0).max(100_000) })),
    validate('json', importPartSchema),
    async (c) => {
      const { batchId, part } = c.req.valid('param');
      return c.json(await importPart(openDb(c.env.DB), batchId, part, c.req.valid('json')));
    },
  )
  .get('/imports/:batchId/errors', validate('query', pageQuerySchema.extend({ limit: z.coerce.number().int().min(1).max(1000).default(200) })), async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json(await listImportErrors(openDb(c.env.DB), c.req.param('batchId'), limit, offset));
  })
  .get('/unattributed', validate('query', pageQuerySchema), async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json(await listUnattributed(openDb(c.env.DB), limit, offset));
  })
  .get('/contested', validate('query', pageQuerySchema), async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json({ orders: await listContested(openDb(c.env.DB), limit, offset) });
  })
  .put('/:orderId/attribution', jsonBodyLimit, validate('json', manualAttributionSchema), async (c) => {
    return c.json(await assignOrder(openDb(c.env.DB), c.req.param('orderId'), c.req.valid('json')));
  })
  .post('/:orderId/confirm-outlier', async (c) => c.json(await confirmOutlier(openDb(c.env.DB), c.req.param('orderId'))));
