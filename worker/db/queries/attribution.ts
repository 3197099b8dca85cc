import type { Network } from '../../../shared/schemas/orders';
import type { PlatformId } from '../../../shared/platforms/types';
import type { Db } from '../../env';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { readJson } from '../json-column';
import { attributions, CLICK_KIND_CODES as KIND, orders } from '../schema';
import { channelIdListSchema } from '../stored-shapes';
import { auditEntry } from './audit';
import { chinaDaySql } from '../../../shared/china-time';

// Attribution reads in batches: one JSON parameter per question, so a page of waiting lines costs a
// fixed handful of statements whatever its size. Waiting lines sit behind partial indexes (waiting = 1).

export interface WaitingLine {
  id: string;
  network: Network;
  productId: string | null;
  subId: string | null;
  /** Each `kind:value`. */
  channelIds: string[];
  clickAt: number | null;
}

const asWaiting = (rows: Array<Omit<WaitingLine, 'channelIds'> & { channelIds: string }>): WaitingLine[] =>
  rows.map((r) => ({ ...r, channelIds: readJson(channelIdListSchema, r.channelIds) }));

const WAITING_COLUMNS = 'id, network, product_id AS productId, sub_id AS subId, channel_ids AS channelIds, click_at AS clickAt';

export async function findWaitingAmong(db: Db, ids: readonly string[]): Promise<WaitingLine[]> {
  const { results } = await db.$client
    .prepare(`SELECT ${WAITING_COLUMNS} FROM orders WHERE id IN (SELECT value FROM json_each(?1)) AND waiting = 1`)
    .bind(JSON.stringify(ids))
    .all<Omit<WaitingLine, 'channelIds'> & { channelIds: string }>();
  return asWaiting(results);
}

/** The next waiting lines after `afterId`, oldest first. */
export async function findWaitingPage(db: Db, afterId: string, limit: number): Promise<WaitingLine[]> {
  const { results } = await db.$client
    .prepare(`SELECT ${WAITING_COLUMNS} FROM orders WHERE waiting = 1 AND id > ?1 ORDER BY id LIMIT ?2`)
    .bind(afterId, limit)
    .all<Omit<WaitingLine, 'channelIds'> & { channelIds: string }>();
  return asWaiting(results);
}

/** Waiting lines of a network that carry this channel id. */
export async function findWaitingWithChannel(db: Db, network: Network, channelId: string, afterId: string, limit: number): Promise<WaitingLine[]> {
  const { results } = await db.$client
    .prepare(`SELECT ${WAITING_COLUMNS} FROM orders WHERE waiting = 1 AND id > ?1 AND network = ?2 AND instr(channel_ids, ?3) > 0 ORDER BY id LIMIT ?4`)
    .bind(afterId, network, JSON.stringify(channelId), limit)
    .all<Omit<WaitingLine, 'channelIds'> & { channelIds: string }>();
  return asWaiting(results);
}

/** Waiting lines whose sub-id names this code. */
export async function findWaitingWithSubId(db: Db, code: string): Promise<WaitingLine[]> {
  const { results } = await db.$client
    .prepare(`SELECT ${WAITING_COLUMNS} FROM orders WHERE waiting = 1 AND sub_id = ?1 LIMIT 1000`)
    .bind(code)
    .all<Omit<WaitingLine, 'channelIds'> & { channelIds: string }>();
  return asWaiting(results);
}

export interface EvidenceRows {
  codes: Array<{ code: string; affiliateId: string }>;
  clicks: Array<{ lineId: string; code: string; at: number; affiliateId: string; visitor: string; kind: string; minuteClicks: number }>;
  owners: Array<{ network: Network; channelId: string; affiliateId: string }>;
}

/**
 * The share codes named, our clicks (people's and flagged floods) near each line's click time with each
 * code's clicks in the minute around it (30 s either side), and the registered channel ids — in one round trip.
 */
export async function findAttributionEvidence(
  db: Db,
  subIds: readonly string[],
  clickProbes: ReadonlyArray<{ lineId: string; platform: PlatformId; productId: string; at: number }>,
  channelProbes: ReadonlyArray<{ network: Network; channelId: string }>,
  windowMs: number,
): Promise<EvidenceRows> {
  const d1 = db.$client;
  const [codes, clicks, owners] = await d1.batch([
    d1.prepare('SELECT code, affiliate_id AS affiliateId FROM share_codes WHERE code IN (SELECT value FROM json_each(?1))').bind(JSON.stringify(subIds)),
    d1
      .prepare(`WITH probe AS (
          SELECT j.value ->> '$.lineId' AS lineId, j.value ->> '$.platform' AS platform, j.value ->> '$.productId' AS productId,
            CAST(j.value ->> '$.at' AS INTEGER) AS lineAt FROM json_each(?1) j),
        near AS (
          SELECT probe.lineId, probe.lineAt, c.code, c.at, CASE c.kind WHEN ${KIND.flood} THEN 'flood' ELSE 'human' END AS kind,
            hex(c.visitor) AS visitor, s.affiliate_id AS affiliateId
          FROM probe JOIN products p ON p.platform = probe.platform AND p.external_id = probe.productId
          JOIN share_codes s ON s.product_id = p.id
          JOIN clicks c ON c.day IN (${chinaDaySql('probe.lineAt - ?2')}, ${chinaDaySql('probe.lineAt + ?2')}) AND c.code = s.code
            AND c.at BETWEEN probe.lineAt - ?2 AND probe.lineAt + ?2
          WHERE c.kind IN (${KIND.human}, ${KIND.flood})),
        pace AS (
          SELECT lineId, code, (SELECT count(*) FROM clicks c2 WHERE c2.day IN (${chinaDaySql('n.lineAt - 30000')}, ${chinaDaySql('n.lineAt + 30000')})
            AND c2.code = n.code AND c2.at BETWEEN n.lineAt - 30000 AND n.lineAt + 30000 AND c2.kind IN (${KIND.human}, ${KIND.flood})) AS minuteClicks
          FROM (SELECT DISTINCT lineId, lineAt, code FROM near) n)
        SELECT near.lineId, near.code, near.at, near.kind, near.visitor, near.affiliateId, pace.minuteClicks
        FROM near JOIN pace ON pace.lineId = near.lineId AND pace.code = near.code`)
      .bind(JSON.stringify(clickProbes), windowMs),
    d1
      .prepare(`SELECT c.network, c.channel_id AS channelId, c.affiliate_id AS affiliateId
        FROM json_each(?1) j JOIN channel_ids c ON c.network = j.value ->> '$.network' AND c.channel_id = j.value ->> '$.channelId'`)
      .bind(JSON.stringify(channelProbes)),
  ]);
  return {
    codes: codes!.results as EvidenceRows['codes'],
    clicks: clicks!.results as EvidenceRows['clicks'],
    owners: owners!.results as EvidenceRows['owners'],
  };
}

/** Each (affiliate, product) pair's newest share code, keyed by the probe's `key`. */
export async function findLatestCodes(
  db: Db,
  probes: ReadonlyArray<{ key: string; affiliateId: string; platform: PlatformId; productId: string }>,
): Promise<Map<string, string>> {
  if (probes.length === 0) return new Map();
  const { results } = await db.$client
    .prepare(`SELECT j.value ->> '$.key' AS key, s.code FROM json_each(?1) j
      JOIN products p ON p.platform = j.value ->> '$.platform' AND p.external_id = j.value ->> '$.productId'
      JOIN share_codes s ON s.product_id = p.id AND s.affiliate_id = j.value ->> '$.affiliateId'
      ORDER BY s.created_at DESC, s.rowid DESC`)
    .bind(JSON.stringify(probes))
    .all<{ key: string; code: string }>();
  const out = new Map<string, string>();
  for (const r of results) if (!out.has(r.key)) out.set(r.key, r.code);
  return out;
}

export type AttributionRow = typeof attributions.$inferInsert;

const INSERT_ATTRIBUTIONS = `INSERT INTO attributions (order_id, affiliate_id, code, method, confidence, rate_bp, overrides, decided_at)
  SELECT j.value ->> '$.orderId', j.value ->> '$.affiliateId', j.value ->> '$.code', j.value ->> '$.method', j.value ->> '$.confidence',
    j.value ->> '$.rateBp', j.value -> '$.overrides', j.value ->> '$.decidedAt'
  FROM json_each(?1) j WHERE true ON CONFLICT (order_id) DO NOTHING`;
// The line stops waiting and owes bookkeeping for its new owner, in the same transaction.
const MARK_ATTRIBUTED = `UPDATE orders SET waiting = 0, revision = revision + 1 WHERE id IN (SELECT value ->> '$.orderId' FROM json_each(?1)) AND waiting = 1`;
const SAVE_CURSOR = `INSERT INTO program_settings (key, value, updated_at) VALUES ('attributionCursor', ?1, ?2)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`;

/** Writes attributions and takes their lines off the waiting list; with `cursor`, also where the sweep got to. */
export async function writeAttributions(db: Db, rows: readonly AttributionRow[], cursor: { value: string; now: number } | null) {
  const d1 = db.$client;
  const json = JSON.stringify(rows);
  const statements = rows.length ? [d1.prepare(INSERT_ATTRIBUTIONS).bind(json), d1.prepare(MARK_ATTRIBUTED).bind(json)] : [];
  if (cursor) statements.push(d1.prepare(SAVE_CURSOR).bind(JSON.stringify(cursor.value), cursor.now));
  if (statements.length) await d1.batch(statements);
}

export async function readAttributionCursor(db: Db): Promise<string> {
  const row = await db.$client.prepare("SELECT value FROM program_settings WHERE key = 'attributionCursor'").first<{ value: string }>();
  return row ? readJson(z.string().catch(''), row.value) : '';
}

/** An admin's attribution (replacing any), the line's new revision and its audit line, in one transaction. */
export async function writeOrderAssignment(db: Db, row: AttributionRow, detail: Record<string, unknown>) {
  const { orderId, ...decision } = row;
  await db.batch([
    db
      .insert(attributions)
      .values(row)
      .onConflictDoUpdate({ target: attributions.orderId, set: { code: null, ...decision } }),
    db
      .update(orders)
      .set({ waiting: false, revision: sql`${orders.revision} + 1` })
      .where(eq(orders.id, orderId)),
    auditEntry(db, 'order.assign', detail, row.decidedAt),
  ]);
}

export async function findAttribution(db: Db, orderId: string) {
  return db.$client.prepare('SELECT * FROM attributions WHERE order_id = ?1').bind(orderId).first();
}

export async function orderExists(db: Db, orderId: string): Promise<boolean> {
  return (await db.$client.prepare('SELECT 1 AS x FROM orders WHERE id = ?1').bind(orderId).first()) !== null;
}
