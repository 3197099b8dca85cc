import type { BreakdownDimension, BreakdownRow, BreakdownSort } from '../../../shared/schemas';
import type { PlatformId } from '../../../shared/platforms';
import type { Db } from '../../env';

// Report SQL lives here and reads rollups and indexed tables only; every query below is covered by an
// index on its table (see the schema), so a page costs a range scan, never a pass over clicks or orders.

export interface DayRange {
  fromDay: number;
  toDay: number;
  platform?: PlatformId | undefined;
}

export interface BreakdownQuery extends DayRange {
  dimension: BreakdownDimension;
  sort: BreakdownSort;
  /** The top rows by `sort` (ties by key) to return. */
  limit: number;
}

// Lines that count: live, and not an outlier awaiting confirmation.
const LIVE = `o.status NOT IN ('unpaid', 'invalid', 'refunded') AND o.outlier <> 1`;
const COMMISSION = `CASE WHEN o.status = 'settled' THEN coalesce(o.actual_commission_fen, o.estimated_commission_fen) ELSE o.estimated_commission_fen END`;
const RANGE = 'day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER) AND (?3 IS NULL OR platform = ?3)';

interface Side {
  key: string;
  n: number;
  gmv?: number;
  fen?: number;
}

/** Where one side of a breakdown is summed: table, grouping column and extra conditions. */
interface Source {
  table: string;
  column: string;
  where: string;
  sums: string;
}

const CLICK_SUMS = 'sum(humans) AS n';
const clickSource = (dimension: BreakdownDimension): Source =>
  dimension === 'code'
    ? { table: 'click_rollups', column: 'code', where: '', sums: CLICK_SUMS }
    : { table: 'dimension_click_rollups', column: 'value', where: `AND dimension = '${dimension}'`, sums: CLICK_SUMS };

// Platform counts every live line; the others only attributed ones (affiliate '' is nobody's).
const ORDER_SUMS = 'sum(orders) AS n, sum(gmv_fen) AS gmv, sum(commission_fen) AS fen';
const ATTRIBUTED = "AND affiliate_id != ''";
const ORDER_SOURCES: Partial<Record<BreakdownDimension, Source>> = {
  affiliate: { table: 'order_rollups', column: 'affiliate_id', where: ATTRIBUTED, sums: ORDER_SUMS },
  code: { table: 'order_rollups', column: 'code', where: "AND code != ''", sums: ORDER_SUMS },
  product: { table: 'order_rollups', column: 'product', where: `${ATTRIBUTED} AND product != ''`, sums: ORDER_SUMS },
  platform: { table: 'order_rollups', column: 'platform', where: '', sums: ORDER_SUMS },
  channel: { table: 'order_rollups', column: 'channel', where: ATTRIBUTED, sums: ORDER_SUMS },
};

const ORDER_BY: Record<BreakdownSort, string> = { clicks: 'n DESC, key', orders: 'n DESC, key', gmvFen: 'gmv DESC, key', commissionFen: 'fen DESC, key' };

/**
 * One side summed per key over the range. `keys` narrows it to those keys (`in`) or to all others
 * (`not in`); `order` and `limit` keep only the top rows, so no more than `limit` rows leave D1.
 */
async function sumSide(
  db: Db,
  r: DayRange,
  source: Source,
  options: { keys?: { op: 'IN' | 'NOT IN'; values: string[] }; order?: string; limit?: number },
): Promise<Side[]> {
  const keyed = options.keys ? `AND ${source.column} ${options.keys.op} (SELECT value FROM json_each(?4))` : '';
  const tail = options.order ? `ORDER BY ${options.order} LIMIT CAST(?5 AS INTEGER)` : '';
  // D1 refuses more bindings than the statement numbers, so ?4 and ?5 are bound only when used.
  const params: unknown[] = [r.fromDay, r.toDay, r.platform ?? null];
  if (keyed || tail) params.push(JSON.stringify(options.keys?.values ?? []));
  if (tail) params.push(options.limit);
  const { results } = await db.$client
    .prepare(`SELECT ${source.column} AS key, ${source.sums} FROM ${source.table} WHERE ${RANGE} ${source.where} ${keyed} GROUP BY ${source.column} ${tail}`)
    .bind(...params)
    .all<Side>();
  return results;
}

// Readable names for the keys that made the cut (ids → names, codes → product titles).
const LABEL_SQL: Partial<Record<BreakdownDimension, string>> = {
  affiliate: 'SELECT j.value AS key, a.name AS label FROM json_each(?1) j JOIN affiliates a ON a.id = j.value',
  code: 'SELECT j.value AS key, coalesce(p.title, j.value) AS label FROM json_each(?1) j JOIN share_codes s ON s.code = j.value JOIN products p ON p.id = s.product_id',
  // A product we minted a code for has its page title; one only bought has the title its orders report.
  product: `SELECT key, coalesce((SELECT p.title FROM products p WHERE p.platform = k.platform AND p.external_id = k.id),
      (SELECT o.product_title FROM orders o WHERE o.platform = k.platform AND o.product_id = k.id AND o.product_title IS NOT NULL LIMIT 1)) AS label
    FROM (SELECT value AS key, substr(value, 1, instr(value, ':') - 1) AS platform, substr(value, instr(value, ':') + 1) AS id FROM json_each(?1)) k
    WHERE label IS NOT NULL`,
};

const byKey = (a: BreakdownRow, b: BreakdownRow) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The top `limit` rows of a breakdown by `sort`, exactly as if every key were summed and sorted, but
 * only the side that decides the order is summed in full: the other side is looked up for the winning
 * keys. Rows whose sort value is 0 fall in key order, so when fewer than `limit` keys have a non-zero
 * one, the other side's keys are fetched in key order too and merged in.
 */
export async function breakdown(db: Db, q: BreakdownQuery): Promise<BreakdownRow[]> {
  const clicks = clickSource(q.dimension);
  const orders = ORDER_SOURCES[q.dimension];
  const clicksLead = q.sort === 'clicks' || !orders;
  const [lead, other] = clicksLead ? [clicks, orders] : [orders, clicks];
  const leadOrder = clicksLead && q.sort !== 'clicks' ? 'key' : ORDER_BY[q.sort];
  const top = await sumSide(db, q, lead, { order: leadOrder, limit: q.limit });
  const keys = top.map((s) => String(s.key));
  // Rows whose sort value is 0 rank by key alone, among them the other side's keys: fetch enough of those.
  const decided = top.filter((s) => ((q.sort === 'gmvFen' ? s.gmv : q.sort === 'commissionFen' ? s.fen : s.n) ?? 0) > 0).length;
  const [matched, rest] = other
    ? await Promise.all([
        keys.length ? sumSide(db, q, other, { keys: { op: 'IN', values: keys } }) : [],
        decided < q.limit ? sumSide(db, q, other, { keys: { op: 'NOT IN', values: keys }, order: 'key', limit: q.limit - decided }) : [],
      ])
    : [[], []];

  const rows = new Map<string, BreakdownRow>();
  const put = (side: Side, isClicks: boolean) => {
    const key = String(side.key);
    const row = rows.get(key) ?? { key, label: key, clicks: 0, orders: 0, gmvFen: 0, commissionFen: 0 };
    rows.set(key, isClicks ? { ...row, clicks: side.n } : { ...row, orders: side.n, gmvFen: side.gmv ?? 0, commissionFen: side.fen ?? 0 });
  };
  for (const side of top) put(side, clicksLead);
  for (const side of [...matched, ...rest]) put(side, !clicksLead);
  const labelSql = LABEL_SQL[q.dimension];
  if (labelSql && rows.size) {
    const { results } = await db.$client
      .prepare(labelSql)
      .bind(JSON.stringify([...rows.keys()]))
      .all<{ key: string; label: string }>();
    for (const { key, label } of results) rows.set(key, { ...rows.get(key)!, label });
  }
  return [...rows.values()].sort((a, b) => b[q.sort] - a[q.sort] || byKey(a, b)).slice(0, q.limit);
}

export interface OrderDay {
  day: number;
  orders: number;
  gmv: number;
  estimated: number;
  settled: number;
  commission: number;
}

/** Live order lines per China day over [fromDay, toDay], from the day rollups (≤ days × shops rows). */
export async function orderDays(db: Db, r: DayRange): Promise<Map<number, OrderDay>> {
  const { results } = await db.$client
    .prepare(`SELECT day, sum(orders) AS orders, sum(gmv_fen) AS gmv, sum(commission_fen - settled_fen) AS estimated, sum(settled_fen) AS settled,
        sum(commission_fen) AS commission
      FROM order_day_rollups WHERE ${RANGE} GROUP BY day`)
    .bind(r.fromDay, r.toDay, r.platform ?? null)
    .all<OrderDay>();
  return new Map(results.map((row) => [row.day, row]));
}

export interface ClickDay {
  day: number;
  clicks: number;
  uniques: number;
  bots: number;
  previews: number;
}

/** Clicks per China day from the platform dimension rollup (≤ days × platforms rows). */
export async function clickDays(db: Db, r: DayRange): Promise<Map<number, ClickDay>> {
  const { results } = await db.$client
    .prepare(`SELECT day, sum(humans) AS clicks, sum(uniques) AS uniques, sum(bots) AS bots, sum(previews) AS previews
      FROM dimension_click_rollups WHERE dimension = 'platform' AND day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER)
      AND (?3 IS NULL OR value = ?3) GROUP BY day`)
    .bind(r.fromDay, r.toDay, r.platform ?? null)
    .all<ClickDay>();
  return new Map(results.map((row) => [row.day, row]));
}

export interface AttributionShareRow {
  network: string;
  how: 'identity' | 'click' | 'hand' | 'contested' | 'waiting';
  lines: number;
  commissionFen: number;
}

/**
 * Per network, the lines ordered in [from, to) by how they found their affiliate: identity (sub-id or a
 * registered channel id), click time, by hand, contested, or still waiting. Commission is the network's.
 */
export async function attributionShares(db: Db, from: number, to: number): Promise<AttributionShareRow[]> {
  const { results } = await db.$client
    .prepare(`SELECT o.network,
        CASE WHEN a.method IN ('sub_id', 'channel') THEN 'identity' WHEN a.method = 'click_match' THEN 'click'
          WHEN a.method = 'manual' THEN 'hand' WHEN o.contest IS NOT NULL THEN 'contested' ELSE 'waiting' END AS how,
        count(*) AS lines,
        coalesce(sum(CASE WHEN o.status = 'settled' THEN coalesce(o.actual_commission_fen, o.estimated_commission_fen) ELSE o.estimated_commission_fen END), 0) AS commissionFen
      FROM orders o LEFT JOIN attributions a ON a.order_id = o.id
      WHERE o.ordered_at >= ?1 AND o.ordered_at < ?2 AND o.status NOT IN ('invalid', 'refunded')
      GROUP BY 1, 2 ORDER BY 1, 2`)
    .bind(from, to)
    .all<AttributionShareRow>();
  return results;
}

/** Waiting lines (a partial index holds only them), contested apart, with the network's commission. */
export async function waitingSums(db: Db): Promise<{ plain: { lines: number; commissionFen: number }; contested: { lines: number; commissionFen: number } }> {
  const { results } = await db.$client
    .prepare(`SELECT o.contest IS NOT NULL AS contested, count(*) AS lines, coalesce(sum(${COMMISSION}), 0) AS commissionFen
      FROM orders o WHERE o.waiting = 1 AND ${LIVE} GROUP BY 1`)
    .all<{ contested: number; lines: number; commissionFen: number }>();
  const of = (contested: number) => results.find((r) => r.contested === contested) ?? { lines: 0, commissionFen: 0 };
  return { plain: { lines: of(0).lines, commissionFen: of(0).commissionFen }, contested: { lines: of(1).lines, commissionFen: of(1).commissionFen } };
}

/** What the ledger owes affiliates now, per bucket. */
export async function owedByBucket(db: Db): Promise<Record<'pending' | 'available' | 'requested', number>> {
  const { results } = await db.$client
    .prepare(`SELECT bucket, coalesce(sum(amount_fen), 0) AS fen FROM ledger_entries WHERE bucket IN ('pending', 'available', 'requested') GROUP BY bucket`)
    .all<{ bucket: 'pending' | 'available' | 'requested'; fen: number }>();
  const sums = { pending: 0, available: 0, requested: 0 };
  for (const r of results) sums[r.bucket] = Number(r.fen);
  return sums;
}

/** Payout requests awaiting approval. */
export async function requestedPayouts(db: Db): Promise<{ count: number; amountFen: number }> {
  const row = await db.$client
    .prepare(`SELECT count(*) AS count, coalesce(sum(amount_fen), 0) AS amountFen FROM payouts WHERE status = 'requested'`)
    .first<{ count: number; amountFen: number }>();
  return { count: row?.count ?? 0, amountFen: row?.amountFen ?? 0 };
}

/**
 * For lines ordered on China days [fromDay, toDay], from the day rollups: the network's commission on live
 * lines (the overview's own figure) and what the ledger gives affiliates on them, own shares and overrides.
 */
export async function rangeShares(db: Db, fromDay: number, toDay: number): Promise<{ commissionFen: number; ownFen: number; overridesFen: number }> {
  const row = await db.$client
    .prepare(`SELECT coalesce(sum(commission_fen), 0) AS commissionFen, coalesce(sum(own_fen), 0) AS ownFen, coalesce(sum(overrides_fen), 0) AS overridesFen
      FROM order_day_rollups WHERE day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER)`)
    .bind(fromDay, toDay)
    .first<{ commissionFen: number; ownFen: number; overridesFen: number }>();
  return { commissionFen: Number(row?.commissionFen ?? 0), ownFen: Number(row?.ownFen ?? 0), overridesFen: Number(row?.overridesFen ?? 0) };
}
