import { describe, expect, it } from 'vitest';
import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { networkStatusSchema } from '../../../../shared/schemas/networks';
import worker from '../../../../worker/index';
import { ADMIN_TOKEN, call, makeAffiliate, makeCode } from '../../client';
import { balances } from '../../orders-helpers';
import { connect, sim, syncNow } from '../../networks/sim';

// Order pulls keep every row the network sends: a line whenever a row names one, the raw row with its
// reason when it cannot be a line — and a range is pulled whole, run after run, or refused up front.
// The simulator is one for all worker test files, so each test owns its order numbers and looks only at
// them, and puts its rows more than a day back, where other files' first pulls (the last 24 h) never look.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const china = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 19).replace('T', ' ');
const runId = () => `4${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** A JD order row as jd.union.open.order.row.query answers it. */
function jdRow(orderId: string, at: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `${orderId}100012043978`,
    orderId,
    parentId: 0,
    skuId: 100012043978,
    skuName: 'AirPods Pro',
    validCode: 16,
    orderTime: china(at),
    modifyTime: china(at),
    estimateCosPrice: 1499,
    estimateFee: 40.47,
    actualCosPrice: 0,
    actualFee: 0,
    commissionRate: 3,
    payMonth: 0,
    subUnionId: '',
    ...overrides,
  };
}

const line = (lineId: string) =>
  env.DB.prepare("SELECT status, status_reason AS reason, product_title AS title FROM orders WHERE network = 'jd' AND line_id = ?1")
    .bind(lineId)
    .first<Record<string, string>>();
const jdStatus = async () =>
  networkStatusSchema.parse(
    ((await (await call('/api/admin/networks', { token: ADMIN_TOKEN })).json()) as { networks: unknown[] }).networks.find(
      (n) => (n as { network: string }).network === 'jd',
    ),
  );
const cron = () => worker.scheduled(createScheduledController({ cron: '*/15 * * * *' }), env);

describe('a pull keeps every row', () => {
  it('stores lines with unknown codes and over-long titles, keeps unreadable rows with their reasons, and says so', async () => {
    await connect('jd');
    const { id, apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const r = runId();
    // Three days back: outside the last 24 h that other test files' first pulls read from the one simulator.
    const at = Date.now() - 3 * DAY;
    const rows = {
      unknownCode: jdRow(`${r}1`, at, { validCode: 99, subUnionId: code }),
      longTitle: jdRow(`${r}2`, at, { skuName: '长'.repeat(600) }),
      longId: jdRow(`${r}3`, at, { id: `${r}3${'9'.repeat(120)}`, orderId: `${r}3${'9'.repeat(120)}` }),
      negativeFee: jdRow(`${r}4`, at, { estimateFee: -12.5 }),
      noId: jdRow('', at, { id: '' }),
      badTime: jdRow(`${r}6`, at, { orderTime: '2026-11-20 10:99:00' }),
    };
    for (const row of Object.values(rows)) await sim('raw-order', { network: 'jd', row, updatedAt: at });

    const pulled = await syncNow('jd', { from: at - HOUR, to: at + HOUR });
    expect(pulled.status).toBe(200);
    expect(pulled.body.done).toBe(true);
    expect(pulled.body.rejected).toBeGreaterThanOrEqual(4);

    // Kept as lines: the unknown code pending and flagged, the title cut to 500 characters.
    expect(await line(`${r}1-100012043978`)).toMatchObject({ status: 'unknown', reason: expect.stringContaining('validCode "99"') });
    expect((await line(`${r}2-100012043978`))!.title).toHaveLength(500);
    expect(await balances(id)).toEqual({ pending: 2024 }); // 50 % of ¥40.47, never available while unknown

    // Kept as sent, with the reason, listed and counted; the run's figures and error line stored.
    const listed = await call('/api/admin/networks/jd/rejected?limit=200', { token: ADMIN_TOKEN });
    expect(listed.headers.get('Cache-Control')).toContain('no-store');
    const { rows: rejected, total } = (await listed.json()) as {
      rows: Array<{ raw: string; reason: string; problem: string | null; field: string | null; at: number }>;
      total: number;
    };
    const mine = rejected.filter((row) => row.raw.includes(r) || row.raw.includes('"orderId":""'));
    expect(mine.map((row) => JSON.parse(row.raw).orderId.slice(0, 10))).toEqual(expect.arrayContaining([`${r}3`.slice(0, 10), `${r}4`, '', `${r}6`]));
    for (const row of mine) expect(row.reason.length).toBeGreaterThan(0);
    // …and the problem with the network's column, for the dashboard to word in the reader's language.
    for (const row of mine)
      expect(row).toMatchObject({ problem: expect.stringMatching(/^(empty-id|bad-time|bad-amount|bad-value)$/), field: expect.any(String) });
    expect(JSON.parse(mine.find((row) => row.raw.includes(`${r}4`))!.raw)).toEqual(rows.negativeFee);
    const status = await jdStatus();
    expect(status.rejectedRows).toBe(total);
    expect(status.lastRun).toMatchObject({ pulled: pulled.body.pulled, rejected: pulled.body.rejected });
    expect(status.lastError).toContain(`${pulled.body.rejected} 行订单无法读取`);

    // The same rows pulled again (a range over them) are not kept twice; the cron's run is recorded too.
    await syncNow('jd', { from: at - HOUR, to: at + HOUR });
    expect((await jdStatus()).rejectedRows).toBe(total);
    await cron();
    expect((await jdStatus()).lastRun!.at).toBeGreaterThan(status.lastRun!.at - 1);
  });
});

describe('a range is pulled whole', () => {
  it('refuses a range older than the network keeps, naming the earliest start', async () => {
    await connect('jd');
    const res = await syncNow('jd', { from: Date.now() - 100 * DAY });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('RANGE_TOO_LONG');
    expect(res.body.error.message).toContain('90 天');
  });

  it('a 10-day JD range (240 one-hour windows) completes across cron runs, progress shown until done', async () => {
    await connect('jd');
    const r = runId();
    const now = Date.now();
    const inRange = [now - 10 * DAY + HOUR, now - 7 * DAY, now - 3 * DAY, now - 26 * HOUR];
    for (const [i, at] of inRange.entries()) await sim('raw-order', { network: 'jd', row: jdRow(`${r}${i}`, at), updatedAt: at });
    await sim('raw-order', { network: 'jd', row: jdRow(`${r}9`, now - 30 * DAY), updatedAt: now - 30 * DAY });

    const first = await syncNow('jd', { from: now - 10 * DAY });
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ done: false, windows: 48 });
    const progress = await jdStatus();
    expect(progress.range).toEqual({ from: now - 10 * DAY, to: first.body.to, cursor: first.body.cursor });

    let runs = 0;
    while ((await jdStatus()).range && runs < 10) {
      await cron();
      runs++;
    }
    expect((await jdStatus()).range).toBeNull();
    // 240 one-hour windows (241 with the last few milliseconds): 48 at once, the rest 48 a run.
    expect(runs).toBe(Math.ceil((Math.ceil((first.body.to - first.body.from) / HOUR) - 48) / 48));
    for (const i of inRange.keys()) expect(await line(`${r}${i}-100012043978`), `line ${i}`).toMatchObject({ status: 'paid' });
    expect(await line(`${r}9-100012043978`)).toBeNull(); // outside the range asked for
  });

  it('a 60-day range is accepted and goes on run by run instead of answering a part as done', async () => {
    await connect('jd');
    const res = await syncNow('jd', { from: Date.now() - 60 * DAY });
    expect(res.status).toBe(202);
    expect(res.body.done).toBe(false);
    const before = (await jdStatus()).range!;
    await cron();
    const after = (await jdStatus()).range!;
    expect(after.cursor - before.cursor).toBe(48 * HOUR);
    expect(after.to).toBe(before.to);
  });
});
