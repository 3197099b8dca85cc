import { Hono } from 'hono';
import { csvResponse } from '../csv-response';
import { z } from 'zod';
import { BREAKDOWN_EXPORT_ROWS, BREAKDOWN_PAGE_ROWS, breakdownQuerySchema, orderSearchQuerySchema, reportRangeSchema } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { openDb } from '../db/client';
import { listAffiliates, listImports, searchOrders, searchOrdersCsv } from '../services/reports/admin-lists';
import { adminAuth } from '../middleware/admin-auth';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { validate } from '../middleware/validate';
import { rotateApiKey, setAffiliateDisabled } from '../services/affiliates/manage-affiliate';
import { getBreakdown, getOverview } from '../services/reports/get-overview';
import { getAttributionShares } from '../services/reports/attribution-shares';
import { getNeedsYou } from '../services/reports/needs-you';
import { listOfflineLinks } from '../services/links/offline-links';
import { breakdownCsv } from '../services/reports/breakdown-csv';

/** What the dashboard reads: overview, breakdowns (JSON or CSV), orders, affiliates, import batches. */
export const adminReportRoutes = new Hono<AppEnv>()
  .use(adminAuth)
  .get('/overview', validate('query', reportRangeSchema), async (c) => {
    const { from, to, platform } = c.req.valid('query');
    return c.json(await getOverview(openDb(c.env.DB), from, to, platform));
  })
  .get('/offline-links', async (c) => c.json(await listOfflineLinks(openDb(c.env.DB))))
  .get('/needs-you', validate('query', reportRangeSchema), async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(await getNeedsYou(openDb(c.env.DB), from, to));
  })
  .get('/attribution', validate('query', reportRangeSchema), async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(await getAttributionShares(openDb(c.env.DB), from, to));
  })
  .get('/breakdown', validate('query', breakdownQuerySchema), async (c) => {
    const { from, to, platform, dimension, sort, format, limit } = c.req.valid('query');
    const rows = await getBreakdown(
      openDb(c.env.DB),
      from,
      to,
      dimension,
      sort,
      limit ?? (format === 'csv' ? BREAKDOWN_EXPORT_ROWS : BREAKDOWN_PAGE_ROWS),
      platform,
    );
    if (format === 'json') return c.json({ dimension, rows });
    return csvResponse(c, breakdownCsv(dimension, rows, c.req.valid('query').lang), `daihuo-${dimension}-${from}-${to}.csv`);
  })
  .get('/orders', validate('query', orderSearchQuerySchema), async (c) => c.json(await searchOrders(openDb(c.env.DB), c.req.valid('query'))))
  // The same filters as a download (its own path, so the list keeps its typed JSON answer).
  .get('/orders/csv', validate('query', orderSearchQuerySchema), async (c) =>
    csvResponse(c, await searchOrdersCsv(openDb(c.env.DB), c.req.valid('query')), 'daihuo-orders.csv'),
  )
  .get('/affiliates', async (c) => c.json({ affiliates: await listAffiliates(openDb(c.env.DB)) }))
  .put('/affiliates/:id/disabled', jsonBodyLimit, validate('json', z.strictObject({ disabled: z.boolean() })), async (c) =>
    c.json(await setAffiliateDisabled(openDb(c.env.DB), c.req.param('id'), c.req.valid('json').disabled)),
  )
  .post('/affiliates/:id/rotate-key', async (c) => c.json(await rotateApiKey(openDb(c.env.DB), c.req.param('id'))))
  .get('/imports', async (c) => c.json({ batches: await listImports(openDb(c.env.DB)) }));
