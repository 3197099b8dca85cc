import { CHINA_OFFSET_MS, DAY_MS } from '../../../shared/china-time';
import type { ClickMessage } from '../../../shared/schemas';
import { CLICK_DIMENSIONS } from '../schema';
import type { Db } from '../../env';

const FIELDS = ['id', 'code', 'at', 'day', 'visitorHash', 'kind', 'device', 'os', 'browser', 'app', 'country', 'referrerHost'] as const;
const COLUMNS = 'id, code, at, day, visitor_hash, kind, device, os, browser, app, country, referrer_host';
const FROM_JSON = FIELDS.map((f) => `json_extract(value, '$.${f}')`).join(', ');

const INSERT_CLICKS = `INSERT OR IGNORE INTO clicks (${COLUMNS}, ingest_token) SELECT ${FROM_JSON}, ?2 FROM json_each(?1)`;

// A code's clicks at a pace no person keeps are a flood: this batch's "human" clicks of a code that, in the
// minute up to each of them, passed ?2 clicks and ?3 times its own pace since the day before began (its
// people's clicks only, from the rollups, so a flood never raises its own bar). They are kept, as `flood`:
// out of people's counts and of attribution, shown to the operator.
// The cost stays flat however hot the code: per code of the batch, one index range count of the minute before
// the batch and one rollup lookup; per click, a count among the batch's own rows (≤ the batch size). The
// minute before the batch is counted from the batch's first click, so a batch that spans time may count a
// few clicks more than a minute back — on the side of flagging. The batch's own rows are read by their
// token (INDEXED BY): the planner would otherwise walk the hot code's whole minute once per click. Clicks
// in the same millisecond are ranked by id, so two of them never both count each other.
const MARK_FLOODS = `WITH batch AS (SELECT code, min(at) AS since, max(day) AS day FROM clicks WHERE ingest_token = ?1 AND kind = 'human' GROUP BY code),
  pace AS MATERIALIZED (SELECT b.code,
      (SELECT count(*) FROM clicks c WHERE c.code = b.code AND c.at >= b.since - 60000 AND c.at < b.since AND c.kind IN ('human', 'flood')) AS before,
      max(?2, ?3 * coalesce((SELECT sum(r.humans) FROM click_rollups r WHERE r.code = b.code AND r.day BETWEEN b.day - 1 AND b.day), 0)
        / max(1.0, (b.since - ((b.day - 1) * ${DAY_MS} - ${CHINA_OFFSET_MS})) / 60000.0)) AS bar
    FROM batch b)
  UPDATE clicks SET kind = 'flood' WHERE ingest_token = ?1 AND kind = 'human'
    AND (SELECT p.before FROM pace p WHERE p.code = clicks.code)
      + (SELECT count(*) FROM clicks c2 INDEXED BY clicks_ingest_idx WHERE c2.ingest_token = ?1 AND c2.code = clicks.code AND c2.at >= clicks.at - 60000
        AND (c2.at < clicks.at OR (c2.at = clicks.at AND c2.id <= clicks.id))
        AND c2.kind IN ('human', 'flood'))
      > (SELECT p.bar FROM pace p WHERE p.code = clicks.code)`;
const INSERT_VISITORS = `INSERT OR IGNORE INTO click_visitors (code, day, visitor_hash, ingest_token)
  SELECT DISTINCT code, day, visitor_hash, ?1 FROM clicks WHERE ingest_token = ?1 AND kind = 'human'`;
// The code's platform rides along on every rollup row so reports can filter by platform without joins.
const WITH_PLATFORM = 'FROM clicks c JOIN share_codes s ON s.code = c.code JOIN products p ON p.id = s.product_id';
const UPSERT_ROLLUPS = `INSERT INTO click_rollups (code, day, platform, humans, uniques, bots, previews)
  SELECT c.code, c.day, p.platform, sum(c.kind = 'human'),
         (SELECT count(*) FROM click_visitors v WHERE v.code = c.code AND v.day = c.day AND v.ingest_token = ?1),
         sum(c.kind IN ('bot', 'flood')), sum(c.kind = 'preview')
  ${WITH_PLATFORM} WHERE c.ingest_token = ?1 GROUP BY c.code, c.day
  ON CONFLICT (code, day) DO UPDATE SET humans = humans + excluded.humans, uniques = uniques + excluded.uniques,
    bots = bots + excluded.bots, previews = previews + excluded.previews`;

const UPSERT_AFFILIATE_ROLLUPS = `INSERT INTO affiliate_click_rollups (affiliate_id, day, humans, bots, previews)
  SELECT s.affiliate_id, c.day, sum(c.kind = 'human'), sum(c.kind IN ('bot', 'flood')), sum(c.kind = 'preview')
  FROM clicks c JOIN share_codes s ON s.code = c.code WHERE c.ingest_token = ?1 GROUP BY s.affiliate_id, c.day
  ON CONFLICT (affiliate_id, day) DO UPDATE SET humans = humans + excluded.humans, bots = bots + excluded.bots,
    previews = previews + excluded.previews`;

// Every dimension in one pass: the batch's clicks joined once to their code and product, fanned out to
// one row per dimension (a json_each list, as D1 caps UNION terms), then grouped. Unique visitors are
// kept for the platform dimension only.
const DIMENSION_VALUE = `CASE d.value WHEN 'app' THEN coalesce(c.app, '') WHEN 'country' THEN coalesce(c.country, '') WHEN 'device' THEN coalesce(c.device, '')
  WHEN 'channel' THEN s.channel WHEN 'affiliate' THEN s.affiliate_id WHEN 'product' THEN p.platform || ':' || p.external_id ELSE p.platform END`;
const UPSERT_DIMENSION_ROLLUPS = `INSERT INTO dimension_click_rollups (day, dimension, value, platform, humans, uniques, bots, previews)
  SELECT c.day, d.value, ${DIMENSION_VALUE} AS v, p.platform, sum(c.kind = 'human'),
    CASE WHEN d.value = 'platform' THEN (SELECT count(*) FROM click_visitors cv JOIN share_codes s2 ON s2.code = cv.code JOIN products p2 ON p2.id = s2.product_id
      WHERE cv.ingest_token = ?1 AND cv.day = c.day AND p2.platform = p.platform) ELSE 0 END,
    sum(c.kind IN ('bot', 'flood')), sum(c.kind = 'preview')
  ${WITH_PLATFORM} JOIN json_each('${JSON.stringify(CLICK_DIMENSIONS)}') d WHERE c.ingest_token = ?1 GROUP BY c.day, d.value, v, p.platform
  ON CONFLICT (day, dimension, value, platform) DO UPDATE SET humans = humans + excluded.humans, uniques = uniques + excluded.uniques,
    bots = bots + excluded.bots, previews = previews + excluded.previews`;

/**
 * Writes a batch of clicks, flags the floods among them, and their rollups in one D1 batch (one transaction, six statements,
 * whatever the batch size). Clicks travel as one JSON parameter — D1 caps bound parameters per
 * statement — and are inserted with OR IGNORE on their id, so a redelivered batch adds nothing. The rows
 * a run really inserted carry its `token`, and only those feed the unique-visitor set and the rollups.
 */
export async function writeClickBatch(db: Db, batch: readonly ClickMessage[], token: string, flood: { perMinute: number; timesUsual: number }): Promise<void> {
  const d1 = db.$client;
  await d1.batch([
    d1.prepare(INSERT_CLICKS).bind(JSON.stringify(batch), token),
    d1.prepare(MARK_FLOODS).bind(token, flood.perMinute, flood.timesUsual),
    d1.prepare(INSERT_VISITORS).bind(token),
    d1.prepare(UPSERT_ROLLUPS).bind(token),
    d1.prepare(UPSERT_AFFILIATE_ROLLUPS).bind(token),
    d1.prepare(UPSERT_DIMENSION_ROLLUPS).bind(token),
  ]);
}

/** Deletes raw clicks (and visitor sets) older than `before`, a chunk at a time; rollups stay. */
export async function pruneClicks(db: Db, before: number, beforeDay: number, chunk = 5000): Promise<number> {
  const d1 = db.$client;
  let removed = 0;
  for (;;) {
    const result = await d1.prepare('DELETE FROM clicks WHERE id IN (SELECT id FROM clicks WHERE at < ?1 LIMIT ?2)').bind(before, chunk).run();
    removed += result.meta.changes;
    if (result.meta.changes < chunk) break;
  }
  await d1.prepare('DELETE FROM click_visitors WHERE day < ?1').bind(beforeDay).run();
  return removed;
}
