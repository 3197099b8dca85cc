import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { chinaDayNumber, chinaDayStartOf } from '../../../../shared/china-time';
import { archivedClickSchema } from '../../../../shared/schemas';
import { ARCHIVE_KEY, archiveDayPrefix, readArchiveObject } from '../../../../worker/services/clicks/click-archive';
import { asArchived, click, deliver } from '../../click-helpers';
import { CHROME_UA, makeAffiliate, makeCode } from '../../client';

const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** Every archive object of a China day that holds this code, with its clicks of the code. */
async function archived(code: string, day: number) {
  const listed = await env.CLICK_ARCHIVE.list({ prefix: archiveDayPrefix(day), include: ['customMetadata'] });
  const objects = [];
  for (const object of listed.objects.filter((o) => o.customMetadata?.codes?.split(',').includes(code))) {
    const body = await env.CLICK_ARCHIVE.get(object.key);
    const { clicks, unreadable } = await readArchiveObject(body!.body);
    objects.push({ key: object.key, clicks: clicks.filter((c) => c.code === code), unreadable, metadata: object.customMetadata });
  }
  return objects;
}

describe('the click archive', () => {
  it('a batch lands in D1 and in one R2 object once, even delivered twice, and the object parses back to the same clicks', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const messages = [await click(code, '1.1.1.1'), await click(code, '2.2.2.2', BOT), await click(code, '3.3.3.3')];
    await deliver(messages);
    await deliver(messages);
    const objects = await archived(code, chinaDayNumber(messages[0]!.at));
    expect(objects).toHaveLength(1);
    expect(objects[0]!.key).toMatch(ARCHIVE_KEY);
    expect(objects[0]!.key.startsWith(archiveDayPrefix(chinaDayNumber(messages[0]!.at)))).toBe(true);
    expect(objects[0]!.metadata).toEqual({ codes: code, clicks: '3' });
    expect(objects[0]!.unreadable).toBe(0);
    expect(objects[0]!.clicks.toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(
      messages.map((m) => asArchived(m)).toSorted((a, b) => a.id.localeCompare(b.id)),
    );
    const raw = await env.DB.prepare('SELECT count(*) AS n FROM clicks WHERE code = ?').bind(code).first<{ n: number }>();
    expect(raw!.n).toBe(3);
    const rollup = await env.DB.prepare('SELECT humans, uniques, bots FROM click_rollups WHERE code = ?').bind(code).first();
    expect(rollup).toEqual({ humans: 2, uniques: 2, bots: 1 });
  });

  it('two clicks of one visitor in the same millisecond stay two (people behind one carrier NAT), in D1 and in the archive', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const at = Date.now();
    const twice = [await click(code, '4.4.4.4', CHROME_UA, at), await click(code, '4.4.4.4', CHROME_UA, at)];
    expect(twice[0]!.visitorHash).toBe(twice[1]!.visitorHash);
    await deliver(twice);
    await deliver(twice);
    const archivedClicks = (await archived(code, chinaDayNumber(at))).flatMap((o) => o.clicks);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(archivedClicks.toSorted(byId)).toEqual(twice.map((m) => asArchived(m)).toSorted(byId));
    const raw = await env.DB.prepare('SELECT count(*) AS n FROM clicks WHERE code = ?').bind(code).first<{ n: number }>();
    expect(raw!.n).toBe(2);
    const rollup = await env.DB.prepare('SELECT humans, uniques FROM click_rollups WHERE code = ?').bind(code).first();
    expect(rollup).toEqual({ humans: 2, uniques: 1 });
  });

  it('keeps the kind D1 decided: a flood is archived as a flood', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const from = Date.now() - 90_000;
    const messages = await Promise.all(Array.from({ length: 70 }, (_, i) => click(code, `10.0.${i >> 8}.${i & 255}`, CHROME_UA, from + i * 100)));
    await deliver(messages);
    const [object] = await archived(code, chinaDayNumber(from));
    const kinds = object!.clicks.map((c) => c.kind);
    expect(kinds.filter((k) => k === 'flood')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'human')).toHaveLength(60);
  });

  it('writes a batch that spans midnight in China as one object per day', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const midnight = chinaDayStartOf(chinaDayNumber(Date.now()));
    const messages = [await click(code, '1.1.1.1', CHROME_UA, midnight - 1000), await click(code, '2.2.2.2', CHROME_UA, midnight + 1000)];
    await deliver(messages);
    const today = chinaDayNumber(midnight);
    expect((await archived(code, today - 1)).flatMap((o) => o.clicks)).toEqual([asArchived(messages[0]!)]);
    expect((await archived(code, today)).flatMap((o) => o.clicks)).toEqual([asArchived(messages[1]!)]);
  });

  it('a line it cannot read is counted, not thrown', async () => {
    const text = `${JSON.stringify(asArchived(await click('Abc1234', '1.1.1.1')))}\nnot json\n{"id":"x"}\n`;
    const body = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
    const { clicks, unreadable } = await readArchiveObject(body);
    expect(clicks.map((c) => archivedClickSchema.parse(c).code)).toEqual(['Abc1234']);
    expect(unreadable).toBe(2);
  });
});
