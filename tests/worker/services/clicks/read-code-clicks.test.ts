import { describe, expect, it } from 'vitest';
import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../../../../worker/index';
import { chinaDayNumber, chinaDayStartOf, dateOfChinaDay } from '../../../../shared/china-time';
import { openDb } from '../../../../worker/db/client';
import { readCodeClicks } from '../../../../worker/services/clicks/read-code-clicks';
import { asArchived, click, deliver, readBack } from '../../click-helpers';
import { ADMIN_TOKEN, CHROME_UA, call, makeAffiliate, makeCode } from '../../client';

const today = () => chinaDayNumber(Date.now());
const at = (day: number, seconds: number) => chinaDayStartOf(day) + 10 * 3_600_000 + seconds * 1000;
/** The clicks as the read-back must answer them: archived, without id and code. */
const sent = (clicks: Awaited<ReturnType<typeof click>>[]) =>
  clicks.map((c) => {
    const { id: _id, code: _code, ...rest } = asArchived(c);
    return rest;
  });

describe('GET /api/admin/codes/:code/clicks', () => {
  it('answers from D1 inside the window and from the archive beyond it, the same clicks either way', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const recentDay = today() - 3;
    const oldDay = today() - 20;
    const recent = await Promise.all([0, 1, 2].map((s) => click(code, `10.1.0.${s}`, CHROME_UA, at(recentDay, s))));
    const old = await Promise.all([0, 1].map((s) => click(code, `10.2.0.${s}`, CHROME_UA, at(oldDay, s))));
    await deliver([...recent, ...old]);
    await worker.scheduled(createScheduledController({ cron: '*/15 * * * *' }), env);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM clicks WHERE code = ? AND day = ?').bind(code, oldDay).first()).toEqual({ n: 0 });

    const fromD1 = await readBack(code, at(recentDay, 0));
    expect(fromD1).toMatchObject({ code, day: dateOfChinaDay(recentDay), source: 'recent', next: null });
    expect(fromD1.clicks).toEqual(sent(recent));
    const fromArchive = await readBack(code, at(oldDay, 0));
    expect(fromArchive).toMatchObject({ code, day: dateOfChinaDay(oldDay), source: 'archive', next: null });
    expect(fromArchive.clicks).toEqual(sent(old));
    // Another code's clicks share the archive objects but never the answer.
    const other = await makeCode(apiKey, 'https://item.jd.com/100012043979.html');
    expect((await readBack(other.code, at(oldDay, 0))).clicks).toEqual([]);
  });

  it('pages through both, each page after the last one’s `next`, every click once', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const recentDay = today() - 1;
    const oldDay = today() - 30;
    const recent = await Promise.all(Array.from({ length: 7 }, (_, s) => click(code, `10.3.0.${s}`, CHROME_UA, at(recentDay, s))));
    const old = await Promise.all(Array.from({ length: 5 }, (_, s) => click(code, `10.4.0.${s}`, CHROME_UA, at(oldDay, s))));
    await deliver(recent);
    for (const c of old) await deliver([c]); // five batches: five archive objects
    const db = openDb(env.DB);
    const pages = async (date: string, size: { pageClicks?: number; pageObjects?: number }) => {
      const seen = [];
      let after: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await readCodeClicks(db, env.CLICK_ARCHIVE, { retentionDays: 15, code, date, after, ...size });
        seen.push(page.clicks.length);
        if (!page.next) return { seen, clicks: seen.length };
        after = page.next;
      }
      throw new Error('no last page');
    };
    expect((await pages(dateOfChinaDay(recentDay), { pageClicks: 3 })).seen).toEqual([3, 3, 1]);
    expect((await pages(dateOfChinaDay(oldDay), { pageObjects: 2 })).seen).toEqual([2, 2, 1]);
  });

  it('refuses what it cannot answer with a 4xx and a reason', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const ask = (path: string) => call(path, { token: ADMIN_TOKEN });
    expect((await ask(`/api/admin/codes/${code}/clicks`)).status).toBe(400);
    expect((await ask(`/api/admin/codes/${code}/clicks?day=2026-02-30`)).status).toBe(400);
    expect((await ask(`/api/admin/codes/${code}/clicks?day=${dateOfChinaDay(today())}&after=nonsense`)).status).toBe(400);
    expect((await ask(`/api/admin/codes/${code}/clicks?day=${dateOfChinaDay(today() - 40)}&after=clicks/day=1999-01-01/x`)).status).toBe(400);
    expect((await ask(`/api/admin/codes/NoSuchCode/clicks?day=${dateOfChinaDay(today())}`)).status).toBe(404);
    expect((await call(`/api/admin/codes/${code}/clicks?day=${dateOfChinaDay(today())}`)).status).toBe(401);
  });

  it('answers any input, however broken, with a 4xx or a page — never a 5xx', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const pieces = ['', '%00', '%E4%B8%AD', '..%2F', 'clicks/day=2026-11-11/', '9'.repeat(30), '%F0%9F%98%80', "'; DROP TABLE clicks; --", 'a'.repeat(1200)];
    const days = ['2026-11-11', dateOfChinaDay(today()), dateOfChinaDay(today() - 40), '2026-13-01', '99999-01-01', '0000-00-00', ...pieces];
    let seed = 7;
    const pick = <T>(xs: readonly T[]) => {
      seed = (seed * 48271) % 2147483647;
      return xs[seed % xs.length]!;
    };
    for (let i = 0; i < 60; i++) {
      const path = `/api/admin/codes/${pick([code, ...pieces.filter(Boolean)])}/clicks?day=${pick(days)}${i % 2 ? `&after=${pick(pieces)}` : ''}`;
      const res = await call(path, { token: ADMIN_TOKEN });
      expect(res.status, path).toBeLessThan(500);
    }
  });
});
