import { CHINA_OFFSET_MS, chinaDaySql, DAY_MS } from '../../../shared/china-time';
import { BASE32 } from '../../../shared/ids';
import type { ClickMessage } from '../../../shared/schemas';
import { CLICK_DIMENSIONS, CLICK_KIND_CODES as KIND, CLICK_KIND_NAMES, type StoredClickKind } from '../schema';
import type { Db } from '../../env';

/** Message field → click_facets column. */
const FACTS = [
  ['device', 'device'],
  ['os', 'os'],
  ['browser', 'browser'],
  ['app', 'app'],
  ['country', 'country'],
  ['referrerHost', 'referrer_host'],
] as const;
const FACET_COLUMNS = FACTS.map(([, column]) => column).join(', ');
const { human: HUMAN, bot: BOT, preview: PREVIEW, flood: FLOOD } = KIND;

const INSERT_FACETS = `INSERT OR IGNORE INTO click_facets (${FACET_COLUMNS})
  SELECT DISTINCT ${FACTS.map(([field]) => `coalesce(value ->> '$.${field}', '')`).join(', ')} FROM json_each(?1)`;

// The day is computed from the time here rather than taken from the message, so the key cannot disagree with it.
const STAGE_BATCH = `INSERT OR IGNORE INTO click_batch (day, code, at, visitor, nonce, kind, facets)
  SELECT ${chinaDaySql('j.at')}, j.code, j.at, unhex(substr(j.visitor, 1, 16)), j.nonce,
    CASE j.kind WHEN 'human' THEN ${HUMAN} WHEN 'bot' THEN ${BOT} ELSE ${PREVIEW} END, f.id
  FROM (SELECT CAST(value ->> '$.at' AS INTEGER) AS at, value ->> '$.code' AS code, value ->> '$.visitorHash' AS visitor,
      CAST(value ->> '$.nonce' AS INTEGER) AS nonce, value ->> '$.kind' AS kind,
      ${FACTS.map(([field]) => `coalesce(value ->> '$.${field}', '') AS ${field}`).join(', ')} FROM json_each(?1)) j
  JOIN click_facets f ON ${FACTS.map(([field, column]) => `f.${column} = j.${field}`).join(' AND ')}`;

// A redelivered click is already in `clicks`: only the new ones go on, so nothing counts twice.
const DROP_KNOWN = `DELETE FROM click_batch WHERE EXISTS (SELECT 1 FROM clicks c
  WHERE c.day = click_batch.day AND c.code = click_batch.code AND c.at = click_batch.at AND c.visitor = click_batch.visitor
    AND c.nonce = click_batch.nonce)`;

// A code's clicks at a pace no person keeps are a flood: this batch's people's clicks of a code that, in the
// minute up to each of them, passed ?1 clicks and ?2 times its own pace since the day before began (its
// people's clicks only, from the rollups, so a flood never raises its own bar). They are kept, as floods:
// out of people's counts and of attribution, shown to the operator.
// The cost stays flat however hot the code: per code of the batch, one key range count of the minute before
// the batch and one rollup lookup; per click, a count among the batch's own rows (≤ the batch size). The
// minute before the batch is counted from the batch's first click, so a batch that spans time may count a
// few clicks more than a minute back — on the side of flagging. Clicks in the same millisecond are ranked
// by visitor and nonce, so two of them never both count each other.
const MARK_FLOODS = `WITH codes AS (SELECT code, min(at) AS since, max(day) AS day FROM click_batch WHERE kind = ${HUMAN} GROUP BY code),
  pace AS MATERIALIZED (SELECT b.code,
      (SELECT count(*) FROM clicks c WHERE c.day IN (${chinaDaySql('b.since - 60000')}, ${chinaDaySql('b.since')}) AND c.code = b.code
        AND c.at >= b.since - 60000 AND c.at < b.since AND c.kind IN (${HUMAN}, ${FLOOD})) AS before,
      max(?1, ?2 * coalesce((SELECT sum(r.humans) FROM click_rollups r WHERE r.code = b.code AND r.day BETWEEN b.day - 1 AND b.day), 0)
        / max(1.0, (b.since - ((b.day - 1) * ${DAY_MS} - ${CHINA_OFFSET_MS})) / 60000.0)) AS bar
    FROM codes b)
  UPDATE click_batch SET kind = ${FLOOD} WHERE kind = ${HUMAN}
    AND (SELECT p.before FROM pace p WHERE p.code = click_batch.code)
      + (SELECT count(*) FROM click_batch c2 WHERE c2.code = click_batch.code AND c2.at >= click_batch.at - 60000
        AND (c2.at, c2.visitor, c2.nonce) <= (click_batch.at, click_batch.visitor, click_batch.nonce)
        AND c2.kind IN (${HUMAN}, ${FLOOD}))
      > (SELECT p.bar FROM pace p WHERE p.code = click_batch.code)`;

// A visitor counts once per code and day: on their first click there, if the day's visitor set is still
// kept (from ?1, yesterday in China). A click that arrives later than that counts as a click, not a visitor.
const MARK_FRESH_VISITORS = `UPDATE click_batch SET fresh = 1 WHERE kind = ${HUMAN} AND day >= ?1
  AND NOT EXISTS (SELECT 1 FROM click_batch b2 WHERE b2.day = click_batch.day AND b2.code = click_batch.code AND b2.visitor = click_batch.visitor
    AND b2.kind = ${HUMAN} AND (b2.at, b2.nonce) < (click_batch.at, click_batch.nonce))
  AND NOT EXISTS (SELECT 1 FROM click_visitors v WHERE v.day = click_batch.day AND v.code = click_batch.code AND v.visitor = click_batch.visitor)`;
const INSERT_CLICKS = 'INSERT INTO clicks (day, code, at, visitor, nonce, kind, facets) SELECT day, code, at, visitor, nonce, kind, facets FROM click_batch';
const INSERT_VISITORS = 'INSERT OR IGNORE INTO click_visitors (code, day, visitor) SELECT code, day, visitor FROM click_batch WHERE fresh = 1';

// The code's platform rides along on every rollup row so reports can filter by platform without joins.
// (`WHERE true`: SQLite's upsert after a SELECT with a join needs a WHERE to parse.)
const WITH_PLATFORM = 'FROM click_batch c JOIN share_codes s ON s.code = c.code JOIN products p ON p.id = s.product_id';
const UPSERT_ROLLUPS = `INSERT INTO click_rollups (code, day, platform, humans, uniques, bots, previews)
  SELECT c.code, c.day, p.platform, sum(c.kind = ${HUMAN}), sum(c.fresh), sum(c.kind IN (${BOT}, ${FLOOD})), sum(c.kind = ${PREVIEW})
  ${WITH_PLATFORM} WHERE true GROUP BY c.code, c.day
  ON CONFLICT (code, day) DO UPDATE SET humans = humans + excluded.humans, uniques = uniques + excluded.uniques,
    bots = bots + excluded.bots, previews = previews + excluded.previews`;

const UPSERT_AFFILIATE_ROLLUPS = `INSERT INTO affiliate_click_rollups (affiliate_id, day, humans, bots, previews)
  SELECT s.affiliate_id, c.day, sum(c.kind = ${HUMAN}), sum(c.kind IN (${BOT}, ${FLOOD})), sum(c.kind = ${PREVIEW})
  FROM click_batch c JOIN share_codes s ON s.code = c.code WHERE true GROUP BY s.affiliate_id, c.day
  ON CONFLICT (affiliate_id, day) DO UPDATE SET humans = humans + excluded.humans, bots = bots + excluded.bots,
    previews = previews + excluded.previews`;

// Every dimension in one pass: the batch's clicks joined once to their code, product and facts, fanned out
// to one row per dimension (a json_each list, as D1 caps UNION terms), then grouped. Unique visitors are
// kept for the platform dimension only.
const DIMENSION_VALUE = `CASE d.value WHEN 'app' THEN f.app WHEN 'country' THEN f.country WHEN 'device' THEN f.device
  WHEN 'channel' THEN s.channel WHEN 'affiliate' THEN s.affiliate_id WHEN 'product' THEN p.platform || ':' || p.external_id ELSE p.platform END`;
const UPSERT_DIMENSION_ROLLUPS = `INSERT INTO dimension_click_rollups (day, dimension, value, platform, humans, uniques, bots, previews)
  SELECT c.day, d.value, ${DIMENSION_VALUE} AS v, p.platform, sum(c.kind = ${HUMAN}),
    CASE WHEN d.value = 'platform' THEN sum(c.fresh) ELSE 0 END, sum(c.kind IN (${BOT}, ${FLOOD})), sum(c.kind = ${PREVIEW})
  ${WITH_PLATFORM} JOIN click_facets f ON f.id = c.facets JOIN json_each('${JSON.stringify(CLICK_DIMENSIONS)}') d
  WHERE true GROUP BY c.day, d.value, v, p.platform
  ON CONFLICT (day, dimension, value, platform) DO UPDATE SET humans = humans + excluded.humans, uniques = uniques + excluded.uniques,
    bots = bots + excluded.bots, previews = previews + excluded.previews`;

// Waiting order lines reported before their click reached us (queue lag), on the products of the batch's new
// people's clicks, with a network click time within ?1 ms of one.
const FIND_WAITING_NEAR = `SELECT DISTINCT o.id FROM click_batch c JOIN share_codes s ON s.code = c.code JOIN products p ON p.id = s.product_id
  JOIN orders o ON o.waiting = 1 AND o.product_id = p.external_id AND o.click_at BETWEEN c.at - ?1 AND c.at + ?1
  WHERE c.kind = ${HUMAN}`;

// Every message's click as stored — new or already there from an earlier delivery — for the archive.
const STORED_KINDS = `SELECT j.value ->> '$.id' AS id, c.kind FROM json_each(?1) j JOIN clicks c
  ON c.day = ${chinaDaySql("CAST(j.value ->> '$.at' AS INTEGER)")} AND c.code = j.value ->> '$.code'
  AND c.at = CAST(j.value ->> '$.at' AS INTEGER) AND c.visitor = unhex(substr(j.value ->> '$.visitorHash', 1, 16))
  AND c.nonce = CAST(j.value ->> '$.nonce' AS INTEGER)`;

/** 30 bits of a click id's random tail (shared/ids.ts: `clk_` + 10 time + 12 random base32 characters). */
export function clickNonce(id: string): number {
  let n = 0;
  for (const char of id.slice(-6)) n = n * 32 + Math.max(0, BASE32.indexOf(char));
  return n;
}

export interface ClickBatchOptions {
  flood: { perMinute: number; timesUsual: number };
  /** The first China day whose visitor set is still kept (yesterday). */
  visitorsFromDay: number;
  /** How far from a new click a waiting line's network click time may be to be tried again. */
  matchWindowMs: number;
}

export interface ClickBatchResult {
  /** Waiting order lines near the batch's new people's clicks. */
  waitingLineIds: string[];
  /** Each message id's stored kind: the floods found here included. */
  kinds: Map<string, StoredClickKind>;
}

/**
 * Writes a batch of clicks, flags the floods among them, and their rollups in one D1 batch (one
 * transaction, thirteen statements whatever the batch size). Clicks travel as one JSON parameter — D1
 * caps bound parameters per statement — into the staging table, where the ones already stored are
 * dropped, so a redelivered batch adds nothing; only new clicks and new visitors feed the rollups.
 */
export async function writeClickBatch(db: Db, batch: readonly ClickMessage[], options: ClickBatchOptions): Promise<ClickBatchResult> {
  const d1 = db.$client;
  const json = JSON.stringify(batch.map((click) => ({ ...click, nonce: clickNonce(click.id) })));
  const results = await d1.batch([
    d1.prepare(INSERT_FACETS).bind(json),
    d1.prepare(STAGE_BATCH).bind(json),
    d1.prepare(DROP_KNOWN),
    d1.prepare(MARK_FLOODS).bind(options.flood.perMinute, options.flood.timesUsual),
    d1.prepare(MARK_FRESH_VISITORS).bind(options.visitorsFromDay),
    d1.prepare(INSERT_CLICKS),
    d1.prepare(UPSERT_ROLLUPS),
    d1.prepare(UPSERT_AFFILIATE_ROLLUPS),
    d1.prepare(UPSERT_DIMENSION_ROLLUPS),
    d1.prepare(INSERT_VISITORS),
    d1.prepare(FIND_WAITING_NEAR).bind(options.matchWindowMs),
    d1.prepare(STORED_KINDS).bind(json),
    d1.prepare('DELETE FROM click_batch'),
  ]);
  const waiting = results[10]!.results as Array<{ id: string }>;
  const stored = results[11]!.results as Array<{ id: string; kind: number }>;
  return { waitingLineIds: waiting.map((r) => r.id), kinds: new Map(stored.map((r) => [r.id, CLICK_KIND_NAMES[r.kind]!])) };
}

/**
 * Deletes raw clicks of China days before `beforeDay` and visitor sets of days before `visitorsBeforeDay`,
 * a chunk at a time along the key, at most `maxChunks` chunks a run: a day of a few million clicks goes
 * over a few cron runs instead of one long one (D1 allows 1,000 queries per invocation). Rollups stay.
 */
export async function pruneClicks(db: Db, beforeDay: number, visitorsBeforeDay: number, chunk = 5000, maxChunks = 40): Promise<number> {
  const d1 = db.$client;
  const drain = async (sql: string, day: number) => {
    let removed = 0;
    for (let i = 0; i < maxChunks; i++) {
      const { meta } = await d1.prepare(sql).bind(day, chunk).run();
      removed += meta.changes;
      if (meta.changes < chunk) break;
    }
    return removed;
  };
  const removed = await drain(
    'DELETE FROM clicks WHERE (day, code, at, visitor, nonce) IN (SELECT day, code, at, visitor, nonce FROM clicks WHERE day < ?1 LIMIT ?2)',
    beforeDay,
  );
  await drain(
    'DELETE FROM click_visitors WHERE (day, code, visitor) IN (SELECT day, code, visitor FROM click_visitors WHERE day < ?1 LIMIT ?2)',
    visitorsBeforeDay,
  );
  return removed;
}
