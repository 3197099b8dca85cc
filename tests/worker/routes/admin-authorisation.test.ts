import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { issueSession } from '../../../worker/services/admin-session';
import { openDb } from '../../../worker/db/client';
import { ADMIN_TOKEN, call, makeAffiliate } from '../client';

// Every admin endpoint, refused three ways. A new admin route belongs in this list.
const ENDPOINTS: Array<[method: string, path: string]> = [
  ['POST', '/api/admin/affiliates'],
  ['PATCH', '/api/admin/affiliates/aff_x'],
  ['POST', '/api/admin/affiliates/aff_x/channel-ids'],
  ['POST', '/api/admin/affiliates/aff_x/adjustments'],
  ['GET', '/api/admin/tiers'],
  ['PUT', '/api/admin/tiers/tir_member'],
  ['PUT', '/api/admin/settings'],
  ['POST', '/api/admin/orders/import'],
  ['POST', '/api/admin/orders/imports'],
  ['PUT', '/api/admin/orders/imports/bat_x/parts/0'],
  ['GET', '/api/admin/orders/imports/bat_x/errors'],
  ['GET', '/api/admin/orders/unattributed'],
  ['PUT', '/api/admin/orders/ord_x/attribution'],
  ['GET', '/api/admin/reports/overview?from=2026-11-01&to=2026-11-02'],
  ['GET', '/api/admin/reports/breakdown?from=2026-11-01&to=2026-11-02&dimension=affiliate'],
  ['GET', '/api/admin/reports/orders'],
  ['GET', '/api/admin/reports/affiliates'],
  ['PUT', '/api/admin/reports/affiliates/aff_x/disabled'],
  ['POST', '/api/admin/reports/affiliates/aff_x/rotate-key'],
  ['GET', '/api/admin/reports/imports'],
  ['GET', '/api/admin/networks'],
  ['PUT', '/api/admin/networks/jd'],
  ['DELETE', '/api/admin/networks/jd'],
  ['POST', '/api/admin/networks/jd/sync'],
  ['GET', '/api/admin/payouts'],
  ['POST', '/api/admin/payouts/pay_x/approve'],
  ['POST', '/api/admin/payouts/pay_x/reject'],
  ['POST', '/api/admin/payouts/pay_x/paid'],
  ['GET', '/api/admin/affiliates/aff_x/statements/2026-11'],
  ['GET', '/api/admin/statements/2026-11'],
  ['GET', '/api/admin/joiners'],
  ['POST', '/api/admin/affiliates/aff_x/approve'],
  ['POST', '/api/admin/affiliates/aff_x/decline'],
  ['DELETE', '/api/admin/invites/AbCdEfGhJk'],
];

describe('admin authorisation', () => {
  it.each(ENDPOINTS)('%s %s refuses no token, an affiliate key and an expired session', async (method, path) => {
    const { apiKey } = await makeAffiliate();
    const expired = await issueSession(openDb(env.DB), ADMIN_TOKEN, Date.now() - 13 * 3_600_000);
    for (const headers of [{}, { Authorization: `Bearer ${apiKey}` }, { Cookie: `dh_admin=${expired}` }] as Array<Record<string, string>>) {
      const res = await call(path, { method, headers, ...(method === 'GET' ? {} : { json: {} }) });
      expect(res.status, JSON.stringify(headers)).toBe(401);
    }
  });

  it('lets the admin token through on every one of them (whatever the body then says)', async () => {
    for (const [method, path] of ENDPOINTS) {
      const res = await call(path, { method, token: ADMIN_TOKEN, ...(method === 'GET' ? {} : { json: {} }) });
      expect(res.status, `${method} ${path}`).not.toBe(401);
    }
  });
});
