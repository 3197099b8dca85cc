import { chinaDaySql, chinaDayStartOf } from '../../../shared/china-time';
import type { BreakdownDimension, BreakdownRow } from '../../../shared/schemas';
import type { PlatformId } from '../../../shared/platforms';
import type { Db } from '../../env';

// Report SQL lives here and reads rollups and indexed tables only (raw clicks just for the app,
// country and device breakdowns, bounded by the at-index and the retention window).

const NETWORK_OF: Record<PlatformId, string> = { taobao: 'taobao', tmall: 'taobao', jd: 'jd', pdd: 'pdd' };

export interface DayRange {
  fromDay: number;
  toDay: number;
  platform?: PlatformId | undefined;
}

const startMs = chinaDayStartOf;
const networkFilter = (r: DayRange) => (r.platform ? `AND o.network = '${NETWORK_OF[r.platform]}'` : '');
const LIVE = `o.status NOT IN ('unpaid', 'invalid', 'refunded')`;
const COMMISSION = `CASE WHEN o.status = 'settled' THEN coalesce(o.actual_commission_fen, o.estimated_commission_fen) ELSE o.estimated_commission_fen END`;

interface Side {
  key: string;
  label: string | null;
  n: number;
  gmv?: number;
  fen?: number;
}

// Per dimension: the click side (rollups, or raw clicks for user-agent dimensions) and the order side
// (attributed lines), both keyed the same way so they can be merged.
const CLICK_SQL: Record<BreakdownDimension, string> = {
  affiliate: `SELECT s.affiliate_id AS key, a.name AS label, sum(r.humans) AS n FROM click_rollups r JOIN share_codes s ON s.code = r.code JOIN affiliates a ON a.id = s.affiliate_id JOIN products p ON p.id = s.product_id WHERE r.day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER) AND (?3 IS NULL OR p.platform = ?3) GROUP BY s.affiliate_id`,
  code: `SELECT s.code AS key, coalesce(p.title, s.code) AS label, sum(r.humans) AS n FROM click_rollups r JOIN share_codes s ON s.code = r.code JOIN products p ON p.id = s.product_id WHERE r.day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER) AND (?3 IS NULL OR p.platform = ?3) GROUP BY s.code`,
  product: `SELECT p.platform || ':' || p.external_id AS key, coalesce(p.title, p.external_id) AS label, sum(r.humans) AS n FROM click_rollups r JOIN share_codes s ON s.code = r.code JOIN products p ON p.id = s.product_id WHERE r.day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER) AND (?3 IS NULL OR p.platform = ?3) GROUP BY p.id`,
  platform: `SELECT p.platform AS key, p.platform AS label, sum(r.humans) AS n FROM click_rollups r JOIN share_codes s ON s.code = r.code JOIN products p ON p.id = s.product_id WHERE r.day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER) AND (?3 IS NULL OR p.platform = ?3) GROUP BY p.platform`,
  channel: `SELECT s.channel AS key, s.channel AS label, sum(r.humans) AS n FROM click_rollups r JOIN share_codes s ON s.code = r.code JOIN products p ON p.id = s.product_id WHERE r.day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER) AND (?3 IS NULL OR p.platform = ?3) GROUP BY s.channel`,
  app: `SELECT coalesce(c.app, '') AS key, coalesce(c.app, '') AS label, count(*) AS n FROM clicks c JOIN share_codes s ON s.code = c.code JOIN products p ON p.id = s.product_id WHERE c.at >= ?4 AND c.at < ?5 AND c.kind = 'human' AND (?3 IS NULL OR p.platform = ?3) GROUP BY c.app`,
  country: `SELECT coalesce(c.country, '') AS key, coalesce(c.country, '') AS label, count(*) AS n FROM clicks c JOIN share_codes s ON s.code = c.code JOIN products p ON p.id = s.product_id WHERE c.at >= ?4 AND c.at < ?5 AND c.kind = 'human' AND (?3 IS NULL OR p.platform = ?3) GROUP BY c.country`,
  device: `SELECT coalesce(c.device, '') AS key, coalesce(c.device, '') AS label, count(*) AS n FROM clicks c JOIN share_codes s ON s.code = c.code JOIN products p ON p.id = s.product_id WHERE c.at >= ?4 AND c.at < ?5 AND c.kind = 'human' AND (?3 IS NULL OR p.platform = ?3) GROUP BY c.device`,
};

// Code and product figures group attributed lines directly (their cardinality defeats a rollup).
const ORDER_KEY: Partial<Record<BreakdownDimension, string>> = {
  code: `att.code`,
  product: `(CASE o.network WHEN 'taobao' THEN coalesce((SELECT p.platform FROM products p WHERE p.external_id = o.product_id AND p.platform IN ('taobao', 'tmall') LIMIT 1), 'taobao') ELSE o.network END) || ':' || o.product_id`,
};

// Per-code sums over the range first (one pass over click_rollups by day), joined to codes and
// products only afterwards: far fewer join rows than joining every code-day.
const CODE_SUMS = `SELECT code, sum(humans) AS n FROM click_rollups WHERE day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER) GROUP BY code`;

// Without a platform filter these dimensions read the small daily rollups (≤ days × values rows).
const ROLLUP_SQL: Partial<Record<BreakdownDimension, string>> = {
  code: `SELECT g.code AS key, coalesce(p.title, g.code) AS label, g.n AS n FROM (${CODE_SUMS}) g JOIN share_codes s ON s.code = g.code JOIN products p ON p.id = s.product_id`,
  product: `SELECT p.platform || ':' || p.external_id AS key, coalesce(p.title, p.external_id) AS label, sum(g.n) AS n FROM (${CODE_SUMS}) g JOIN share_codes s ON s.code = g.code JOIN products p ON p.id = s.product_id GROUP BY p.id`,
  affiliate: `SELECT r.affiliate_id AS key, a.name AS label, sum(r.humans) AS n FROM affiliate_click_rollups r JOIN affiliates a ON a.id = r.affiliate_id WHERE r.day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER) GROUP BY r.affiliate_id`,
  ...Object.fromEntries(
    (['platform', 'channel', 'app', 'country', 'device'] as const).map((d) => [
      d,
      `SELECT value AS key, value AS label, sum(humans) AS n FROM dimension_click_rollups WHERE dimension = '${d}' AND day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER) GROUP BY value`,
    ]),
  ),
};

// Order figures for these dimensions come from order_rollups (≤ days × affiliates × channels rows).
const ORDER_ROLLUP_KEY: Partial<Record<BreakdownDimension, string>> = { affiliate: 'affiliate_id', channel: 'channel', platform: 'network' };

export async function breakdown(db: Db, r: DayRange, dimension: BreakdownDimension): Promise<BreakdownRow[]> {
  const d1 = db.$client;
  const rollup = r.platform ? undefined : ROLLUP_SQL[dimension];
  // Rollup queries take days (?1, ?2); raw-click ones take instants (?4, ?5); both take the platform (?3).
  const raw = dimension === 'app' || dimension === 'country' || dimension === 'device';
  const params = rollup ? [r.fromDay, r.toDay] : [r.fromDay, r.toDay, r.platform ?? null, ...(raw ? [startMs(r.fromDay), startMs(r.toDay + 1)] : [])];
  const clicks = await d1.prepare(rollup ?? CLICK_SQL[dimension]).bind(...params).all<Side>();
  const orderKey = ORDER_KEY[dimension];
  const rollupKey = ORDER_ROLLUP_KEY[dimension];
  // Platform counts every live line; affiliate and channel only attributed ones ('' is nobody's).
  const orders = rollupKey
    ? await d1
        .prepare(`SELECT ${rollupKey} AS key, sum(orders) AS n, sum(gmv_fen) AS gmv, sum(commission_fen) AS fen FROM order_rollups
          WHERE day BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER) AND (?3 IS NULL OR network = ?3)
          ${dimension === 'platform' ? '' : "AND affiliate_id != ''"} GROUP BY ${rollupKey}`)
        .bind(r.fromDay, r.toDay, r.platform ? NETWORK_OF[r.platform] : null)
        .all<Side>()
    : orderKey
      ? await d1
        .prepare(`SELECT ${orderKey} AS key, count(*) AS n, sum(o.paid_amount_fen) AS gmv, sum(${COMMISSION}) AS fen
          FROM orders o JOIN attributions att ON att.order_id = o.id
          WHERE o.ordered_at >= ?1 AND o.ordered_at < ?2 AND ${LIVE} ${networkFilter(r)} GROUP BY key`)
          .bind(startMs(r.fromDay), startMs(r.toDay + 1))
          .all<Side>()
      : { results: [] as Side[] };
  const rows = new Map<string, BreakdownRow>();
  for (const c of clicks.results) rows.set(String(c.key ?? ''), { key: String(c.key ?? ''), label: c.label ?? String(c.key ?? ''), clicks: c.n, orders: 0, gmvFen: 0, commissionFen: 0 });
  for (const o of orders.results) {
    const key = String(o.key ?? '');
    const row = rows.get(key) ?? { key, label: key, clicks: 0, orders: 0, gmvFen: 0, commissionFen: 0 };
    rows.set(key, { ...row, orders: o.n, gmvFen: o.gmv ?? 0, commissionFen: o.fen ?? 0 });
  }
  return [...rows.values()];
}

export interface OrderDay {
  day: number;
  orders: number;
  gmv: number;
  estimated: number;
  settled: number;
  commission: number;
}

/** Live order lines per China day over [fromDay, toDay] in one scan of the ordered_at index. */
export async function orderDays(db: Db, r: DayRange): Promise<Map<number, OrderDay>> {
  const { results } = await db.$client
    .prepare(`SELECT ${chinaDaySql('o.ordered_at')} AS day, count(*) AS orders, sum(o.paid_amount_fen) AS gmv,
        coalesce(sum(CASE WHEN o.status IN ('paid', 'received') THEN o.estimated_commission_fen END), 0) AS estimated,
        coalesce(sum(CASE WHEN o.status = 'settled' THEN coalesce(o.actual_commission_fen, o.estimated_commission_fen) END), 0) AS settled,
        sum(${COMMISSION}) AS commission
      FROM orders o WHERE o.ordered_at >= ?1 AND o.ordered_at < ?2 AND ${LIVE} ${networkFilter(r)} GROUP BY day`)
    .bind(startMs(r.fromDay), startMs(r.toDay + 1))
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
