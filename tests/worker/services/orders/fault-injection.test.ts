import { describe, expect, it, vi } from 'vitest';
import { env } from 'cloudflare:workers';
import { shareOfFen } from '../../../../shared/commission';
import { openDb } from '../../../../worker/db/client';
import { importOrderReport } from '../../../../worker/services/orders/import-order-report';
import { bookLedger } from '../../../../worker/services/orders/book-ledger';
import { sweepWaitingLines } from '../../../../worker/services/orders/attribute-orders';
import { makeAffiliate, makeCode } from '../../client';
import { faultyDb, isInjectedFault } from '../../faulty-d1';
import { balances, jdReport, orderLine, pushOrders, rollupsAndRegroup } from '../../orders-helpers';

// The property: a failure after any statement of an import, then a retry, ends with the ledger equal to
// the sum over the lines of their commission × the affiliate's rate — never less, never more.

const rateOf = async () => (await env.DB.prepare('SELECT rate_bp AS r FROM tiers ORDER BY sort LIMIT 1').first<{ r: number }>())!.r;
const bytesOf = (csv: string) => new TextEncoder().encode(csv);

describe('a failure at any point of an import is finished by the retry', () => {
  it('for every statement of a 150-line import, fail there, retry, and the books are exact', async () => {
    const { id, apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const rate = await rateOf();
    const probe = faultyDb();
    await importOrderReport(probe.db, { network: 'jd', fileName: 'probe.csv', bytes: bytesOf(jdReport(150, code).csv) });
    const statements = probe.calls();
    expect(statements).toBeGreaterThan(5);
    let owed = (await balances(id)).pending ?? 0;
    for (let failAt = 1; failAt <= statements; failAt++) {
      const { csv, fees } = jdReport(150, code);
      const file = { network: 'jd' as const, fileName: `r${failAt}.csv`, bytes: bytesOf(csv) };
      await expect(importOrderReport(faultyDb(failAt).db, file), `fault at ${failAt}`).rejects.toSatisfy(isInjectedFault);
      const retry = await importOrderReport(openDb(env.DB), file);
      expect(retry.inserted + retry.unchanged + retry.updated, `fault at ${failAt}`).toBe(150);
      owed += fees.reduce((sum, fee) => sum + shareOfFen(fee, rate), 0);
      expect(await balances(id), `fault at ${failAt}`).toEqual({ pending: owed });
      // And nothing more is owed or booked by another pass.
      const again = await importOrderReport(openDb(env.DB), file);
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 150 });
      expect(await bookLedger(openDb(env.DB), null)).toEqual({ lines: 0, entries: 0 });
      const rollups = await rollupsAndRegroup();
      expect(rollups.kept, `fault at ${failAt}`).toEqual(rollups.regrouped);
    }
    expect(await balances(id)).toEqual({ pending: owed });
  });

  it('the cron finishes bookkeeping a failed import left owing, without the file', async () => {
    const { id, apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const { csv, fees } = jdReport(120, code);
    const probe = faultyDb();
    // Fail on the last statement: every line is written and attributed, none is booked yet.
    const dry = jdReport(120, code);
    await importOrderReport(probe.db, { network: 'jd', fileName: 'dry.csv', bytes: bytesOf(dry.csv) });
    const before = (await balances(id)).pending ?? 0;
    await expect(importOrderReport(faultyDb(probe.calls() - 1).db, { network: 'jd', fileName: 'x.csv', bytes: bytesOf(csv) })).rejects.toSatisfy(
      isInjectedFault,
    );
    await sweepWaitingLines(openDb(env.DB));
    await bookLedger(openDb(env.DB), null);
    const rate = await rateOf();
    expect(await balances(id)).toEqual({ pending: before + fees.reduce((s, f) => s + shareOfFen(f, rate), 0) });
  });

  it('a webhook delivery that failed half-way is accepted when sent again exactly as it was', async () => {
    const { id, apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const lines = Array.from({ length: 101 }, () => orderLine({ subId: code }));
    // Bookkeeping breaks after the lines are saved (the ledger table is briefly missing); the Worker logs it.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await env.DB.exec('ALTER TABLE ledger_entries RENAME TO ledger_entries_away');
    const failed = await pushOrders(lines);
    await env.DB.exec('ALTER TABLE ledger_entries_away RENAME TO ledger_entries');
    expect(failed.status).toBe(500);
    expect(logged).toHaveBeenCalledWith('unhandled error', 'POST', '/api/webhooks/orders', expect.anything());
    logged.mockRestore();
    expect(await balances(id)).toEqual({});
    // The sender retries the very same request (same timestamp, same signature).
    const retried = await pushOrders(lines, { timestamp: failed.timestamp, body: failed.raw });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ inserted: 0, unchanged: 101 });
    expect(await balances(id)).toEqual({ pending: 101 * 2024 });
    // Once it has gone through, the same delivery is a replay.
    const replay = await pushOrders(lines, { timestamp: failed.timestamp, body: failed.raw });
    expect(replay.status).toBe(401);
  });
});
