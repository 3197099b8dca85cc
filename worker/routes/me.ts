import { Hono } from 'hono';
import { openDb } from '../db/client';
import type { AppEnv } from '../env';
import { publicBaseUrl } from '../base-url';
import { affiliateAuth } from '../middleware/affiliate-auth';
import { jsonBodyLimit } from '../middleware/json-body-limit';
import { getSummary } from '../services/get-summary';
import { getOwnCode, listOwnOfflineCodes } from '../services/get-own-code';
import { getEarnings } from '../services/get-earnings';
import { getBalance } from '../services/payouts/balance';
import { listOwnPayouts } from '../services/payouts/list-payouts';
import { requestPayout } from '../services/payouts/request-payout';
import { getPayoutAccount, savePayoutAccount } from '../services/payouts/payout-account';
import { getStatement, statementCsv } from '../services/payouts/statement';
import { createInvite, listInvites, revokeInviteLink } from '../services/invites/invite-links';
import { getTeam } from '../services/invites/team';
import { getTierStatus } from '../services/program/evaluate-tiers';
import { validate } from '../middleware/validate';
import { csvResponse } from '../csv-response';
import {
  earningsQuerySchema,
  monthParamSchema,
  payoutAccountInputSchema,
  payoutListQuerySchema,
  payoutRequestSchema,
  statementQuerySchema,
} from '../../shared/schemas';

export const meRoutes = new Hono<AppEnv>()
  .use(affiliateAuth)
  .get('/summary', async (c) => c.json(await getSummary(openDb(c.env.DB), c.var.affiliate, publicBaseUrl(c))))
  .get('/earnings', validate('query', earningsQuerySchema), async (c) =>
    c.json(await getEarnings(openDb(c.env.DB), c.var.affiliate, c.req.valid('query').range, c.req.valid('query').ordersLimit)),
  )
  .get('/codes/offline', async (c) => c.json(await listOwnOfflineCodes(openDb(c.env.DB), c.var.affiliate.id)))
  .get('/codes/:code', async (c) => c.json(await getOwnCode(openDb(c.env.DB), c.env, c.var.affiliate.id, c.req.param('code'), publicBaseUrl(c))))
  .get('/balance', async (c) => c.json(await getBalance(openDb(c.env.DB), c.var.affiliate.id)))
  .get('/payout-account', async (c) => c.json({ account: await getPayoutAccount(openDb(c.env.DB), c.var.affiliate.id) }))
  .put('/payout-account', jsonBodyLimit, validate('json', payoutAccountInputSchema), async (c) =>
    c.json({ account: await savePayoutAccount(openDb(c.env.DB), c.env, c.var.affiliate.id, c.req.valid('json')) }),
  )
  .post('/payouts', jsonBodyLimit, validate('json', payoutRequestSchema), async (c) =>
    c.json(await requestPayout(openDb(c.env.DB), c.var.affiliate.id, c.req.valid('json').amountFen), 201),
  )
  .get('/payouts', validate('query', payoutListQuerySchema.pick({ limit: true, offset: true })), async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json(await listOwnPayouts(openDb(c.env.DB), c.var.affiliate.id, limit, offset));
  })
  .post('/invites', async (c) => c.json(await createInvite(openDb(c.env.DB), c.var.affiliate.id, publicBaseUrl(c)), 201))
  .get('/invites', async (c) => c.json({ invites: await listInvites(openDb(c.env.DB), c.var.affiliate.id, publicBaseUrl(c)) }))
  .delete('/invites/:code', async (c) => c.json(await revokeInviteLink(openDb(c.env.DB), c.req.param('code'), c.var.affiliate.id)))
  .get('/tier', async (c) => c.json(await getTierStatus(openDb(c.env.DB), c.var.affiliate.id)))
  .get('/team', async (c) => c.json(await getTeam(openDb(c.env.DB), c.var.affiliate.id)))
  .get('/statements/:month', validate('param', monthParamSchema), validate('query', statementQuerySchema), async (c) => {
    const { month } = c.req.valid('param');
    const statement = await getStatement(openDb(c.env.DB), c.var.affiliate.id, month, { masked: true });
    if (c.req.valid('query').format === 'csv') return csvResponse(c, statementCsv(statement, c.req.valid('query').lang), `daihuo-statement-${month}.csv`);
    return c.json(statement);
  });
