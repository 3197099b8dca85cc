import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { openDb } from '../../../../worker/db/client';
import { markLinkOffline } from '../../../../worker/db/queries/share-codes';
import { ADMIN_TOKEN, callJson, makeAffiliate, makeCode } from '../../client';

describe('the operator’s list of links the networks withdrew', () => {
  it('lists every affiliate’s offline codes, newest first, with whose and why; an affiliate still sees only their own', async () => {
    const a = await makeAffiliate('小王');
    const b = await makeAffiliate('小李');
    const older = await makeCode(a.apiKey, 'https://item.jd.com/100012043981.html');
    const newer = await makeCode(b.apiKey, 'https://item.jd.com/100012043982.html');
    await makeCode(b.apiKey, 'https://item.jd.com/100012043983.html'); // still on sale
    const db = openDb(env.DB);
    const now = Date.now();
    await markLinkOffline(db, older.code, '商品已下架', now - 60_000);
    await markLinkOffline(db, newer.code, '该商品已停止推广', now);

    const { status, body } = await callJson('/api/admin/reports/offline-links', { token: ADMIN_TOKEN });
    expect(status).toBe(200);
    const ours = (body.codes as Array<Record<string, unknown>>).filter((c) => c.code === older.code || c.code === newer.code);
    expect(ours).toEqual([
      expect.objectContaining({ code: newer.code, affiliateId: b.id, affiliateName: '小李', reason: '该商品已停止推广', at: now }),
      expect.objectContaining({ code: older.code, affiliateId: a.id, affiliateName: '小王', reason: '商品已下架', at: now - 60_000 }),
    ]);
    const own = await callJson('/api/me/codes/offline', { token: b.apiKey });
    expect(own.body.codes.map((c: { code: string }) => c.code)).toEqual([newer.code]);
    expect(own.body.codes[0]).not.toHaveProperty('affiliateName');
    expect((await callJson('/api/admin/reports/offline-links', { token: b.apiKey })).status).toBe(401);
  });
});
