import { Hono } from 'hono';
import { z } from 'zod';
import {
  monthParamSchema,
  payoutBatchPaidSchema,
  payoutBatchQuerySchema,
  payoutListQuerySchema,
  payoutPaidSchema,
  payoutRejectSchema,
  statementQuerySchema,
} from '../../shared/schemas';
import type { AppEnv } from '../env';
import { openDb } from '../db/client';
import { adminAuth } from '../middleware/admin-auth';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { validate } from '../middleware/validate';
import { decidePayout } from '../services/payouts/decide-payout';
import { listAllPayouts, payoutsCsv } from '../services/payouts/list-payouts';
import { markBatchPaid, payoutBatch, payoutBatchCsv } from '../services/payouts/payout-batch';
import { getMonthSummary, getStatement, monthSummaryCsv, statementCsv } from '../services/payouts/statement';
import { csvResponse } from '../csv-response';

const idParam = z.strictObject({ id: z.string().min(1).max(40) });

/** Payout requests and the admin's steps on them; statements per affiliate and the month's summary. */
export const adminPayoutRoutes = new Hono<AppEnv>()
  .use(adminAuth)
  .get('/payouts', validate('query', payoutListQuerySchema), async (c) => {
    const { status, affiliateId, limit, offset, format, lang } = c.req.valid('query');
    const list = await listAllPayouts(openDb(c.env.DB), { status, affiliateId }, format === 'csv' ? 10_000 : limit, format === 'csv' ? 0 : offset);
    if (format === 'csv') return csvResponse(c, payoutsCsv(list.payouts, lang), `daihuo-payouts${status ? `-${status}` : ''}.csv`);
    return c.json(list);
  })
  .post('/payouts/:id/approve', validate('param', idParam), async (c) =>
    c.json(await decidePayout(openDb(c.env.DB), c.req.valid('param').id, { action: 'approve' })),
  )
  .post('/payouts/:id/reject', jsonBodyLimit, validate('param', idParam), validate('json', payoutRejectSchema), async (c) =>
    c.json(await decidePayout(openDb(c.env.DB), c.req.valid('param').id, { action: 'reject', reason: c.req.valid('json').reason })),
  )
  .post('/payouts/:id/paid', jsonBodyLimit, validate('param', idParam), validate('json', payoutPaidSchema), async (c) =>
    c.json(await decidePayout(openDb(c.env.DB), c.req.valid('param').id, { action: 'paid', reference: c.req.valid('json').reference })),
  )
  .get('/payout-batch', validate('query', payoutBatchQuerySchema), async (c) => {
    const { method, format } = c.req.valid('query');
    const batch = await payoutBatch(openDb(c.env.DB), c.env, method);
    if (format === 'csv') return csvResponse(c, payoutBatchCsv(batch), `daihuo-${method}-${batch.batchNo}.csv`);
    return c.json(batch);
  })
  .post('/payout-batch/paid', jsonBodyLimit, validate('json', payoutBatchPaidSchema), async (c) => {
    const { payoutIds, reference } = c.req.valid('json');
    return c.json(await markBatchPaid(openDb(c.env.DB), payoutIds, reference));
  })
  .get('/affiliates/:id/statements/:month', validate('param', idParam.extend(monthParamSchema.shape)), validate('query', statementQuerySchema), async (c) => {
    const { id, month } = c.req.valid('param');
    const statement = await getStatement(openDb(c.env.DB), id, month, { masked: false });
    if (c.req.valid('query').format === 'csv') return csvResponse(c, statementCsv(statement, c.req.valid('query').lang), `daihuo-statement-${id}-${month}.csv`);
    return c.json(statement);
  })
  .get('/statements/:month', validate('param', monthParamSchema), validate('query', statementQuerySchema), async (c) => {
    const { month } = c.req.valid('param');
    const rows = await getMonthSummary(openDb(c.env.DB), month);
    if (c.req.valid('query').format === 'csv') return csvResponse(c, monthSummaryCsv(rows, c.req.valid('query').lang), `daihuo-month-${month}.csv`);
    return c.json({ month, rows });
  });
