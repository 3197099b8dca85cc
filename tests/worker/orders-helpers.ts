import { env } from 'cloudflare:workers';
import { ADMIN_TOKEN, call } from './client';
import { JD_COLUMNS, jdFeeOf, jdRow } from './jd-rows';

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2] = unit & 0xff;
    out[3 + i * 2] = unit >> 8;
  }
  return out;
}

/**
 * A committed report fixture. `{{RUN}}` in its order numbers becomes a fresh 6-digit run id (so each test
 * owns its lines) and `{{CODE}}` a share code. The GBK file and spreadsheets are not rewritten: their run is 000000.
 */
export function fixture(path: string, { code = '', run = String(100000 + Math.floor(Math.random() * 900000)) } = {}) {
  const base64 = env.ORDER_FIXTURES[path];
  if (!base64) throw new Error(`no fixture ${path}`);
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  // Spreadsheets and the GBK file are taken as they are (their order numbers are fixed).
  if (path.includes('gbk') || /\.xlsx?$/.test(path)) return { bytes, run: '000000' };
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes).replaceAll('{{RUN}}', run).replaceAll('{{CODE}}', code);
  if (utf16) return { bytes: utf16le(text), run };
  const encoded = new TextEncoder().encode(text);
  return { bytes: bytes[0] === 0xef ? new Uint8Array([0xef, 0xbb, 0xbf, ...encoded]) : encoded, run };
}

export async function importReport(network: string, bytes: Uint8Array | string, fileName = 'report.csv') {
  const form = new FormData();
  form.set('network', network);
  form.set('file', new File([typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes)], fileName, { type: 'text/csv' }));
  const res = await call('/api/admin/orders/import', { token: ADMIN_TOKEN, body: form });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

export async function earningsOf(apiKey: string, range = '30d') {
  const res = await call(`/api/me/earnings?range=${range}`, { token: apiKey });
  if (res.status !== 200) throw new Error(`earnings: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, any>;
}

export async function ledgerOf(affiliateId: string) {
  const { results } = await env.DB.prepare(
    'SELECT kind, role, bucket, amount_fen, reason FROM ledger_entries WHERE affiliate_id = ? ORDER BY created_at, rowid',
  )
    .bind(affiliateId)
    .all<{ kind: string; role: string; bucket: string; amount_fen: number; reason: string }>();
  return results;
}

export const WEBHOOK_SECRET = 'test-webhook-secret';

/** A normalised order line, as a sync job would push it. */
export function orderLine(overrides: Record<string, unknown> = {}) {
  return {
    network: 'jd',
    lineId: `L${crypto.randomUUID().slice(0, 12)}`,
    orderNo: `31${Math.floor(Math.random() * 1e10)}`,
    productId: '100012043978',
    productTitle: 'Apple AirPods Pro',
    status: 'paid',
    statusReason: null,
    paidAmountFen: 149900,
    estimatedCommissionFen: 4047,
    actualCommissionFen: null,
    subId: null,
    channelIds: [],
    clickAt: null,
    orderedAt: Date.now() - 3_600_000,
    settledAt: null,
    sourceUpdatedAt: Date.now() - 3_600_000,
    ...overrides,
  };
}

export async function pushOrders(
  orders: unknown[],
  { secret = WEBHOOK_SECRET, timestamp = Math.floor(Date.now() / 1000), body }: { secret?: string; timestamp?: number; body?: string } = {},
) {
  const { signWebhook } = await import('../../worker/services/orders/verify-webhook');
  const raw = body ?? JSON.stringify({ orders });
  const res = await call('/api/webhooks/orders', {
    body: raw,
    headers: { 'Content-Type': 'application/json', 'X-Daihuo-Timestamp': String(timestamp), 'X-Daihuo-Signature': await signWebhook(secret, timestamp, raw) },
  });
  return { status: res.status, body: (await res.json()) as Record<string, any>, raw, timestamp };
}

/** A JD report of `n` paid lines under `code`, each with its own commission; returns the file and the fees in fen. */
export function jdReport(n: number, code: string, { run = crypto.randomUUID().slice(0, 8).replace(/\D/g, '7'), status = 16 } = {}) {
  const rows = Array.from({ length: n }, (_, i) => jdRow(run, i, code, status).join(','));
  return { csv: [JD_COLUMNS.join(','), ...rows].join('\n'), fees: Array.from({ length: n }, (_, i) => jdFeeOf(i)), run };
}

/** Per bucket, the affiliate's ledger total. */
export async function balances(affiliateId: string) {
  const rows = await env.DB.prepare('SELECT bucket, sum(amount_fen) AS fen FROM ledger_entries WHERE affiliate_id = ? GROUP BY bucket ORDER BY bucket')
    .bind(affiliateId)
    .all<{ bucket: string; fen: number }>();
  return Object.fromEntries(rows.results.map((r) => [r.bucket, r.fen]));
}

/**
 * Every order rollup row, and the same rows regrouped from the order lines themselves: bookkeeping moves
 * each line's share as the line changes, and the two must never drift apart.
 */
export async function rollupsAndRegroup() {
  const kept = await env.DB.prepare(
    'SELECT day, platform, affiliate_id, channel, code, product, orders, gmv_fen, commission_fen FROM order_rollups WHERE orders != 0 ORDER BY 1, 2, 3, 4, 5, 6',
  ).all();
  const regrouped =
    await env.DB.prepare(`SELECT CAST((o.ordered_at + 28800000) / 86400000 AS INTEGER) AS day, o.platform, coalesce(att.affiliate_id, '') AS affiliate_id,
      coalesce(s.channel, '') AS channel, coalesce(att.code, '') AS code, coalesce(o.platform || ':' || o.product_id, '') AS product, count(*) AS orders,
      sum(o.paid_amount_fen) AS gmv_fen,
      sum(CASE WHEN o.status = 'settled' THEN coalesce(o.actual_commission_fen, o.estimated_commission_fen) ELSE o.estimated_commission_fen END) AS commission_fen
    FROM orders o LEFT JOIN attributions att ON att.order_id = o.id LEFT JOIN share_codes s ON s.code = att.code
    WHERE o.status NOT IN ('unpaid', 'invalid', 'refunded') AND o.outlier <> 1 GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`).all();
  const empty = await env.DB.prepare('SELECT count(*) AS n FROM order_rollups WHERE orders = 0').first<{ n: number }>();
  return { kept: kept.results, regrouped: regrouped.results, emptyRows: empty!.n };
}
