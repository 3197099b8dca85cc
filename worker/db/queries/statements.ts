import type { Db } from '../../env';

export interface StatementEntry {
  id: string;
  createdAt: number;
  kind: string;
  bucket: string;
  amountFen: number;
  reason: string;
  orderNo: string | null;
  payoutId: string | null;
}

// "Owed" is every bucket but `paid`: what Daihuo still owes the affiliate.
const OWED = `CASE WHEN bucket <> 'paid' THEN amount_fen ELSE 0 END`;

/** What was owed to the affiliate before `start`, and every ledger entry in [start, end), in booking order. */
export async function statementEntries(db: Db, affiliateId: string, start: number, end: number): Promise<{ openingOwed: number; entries: StatementEntry[] }> {
  const [opening, lines] = await db.$client.batch([
    db.$client.prepare(`SELECT coalesce(sum(${OWED}), 0) AS owed FROM ledger_entries WHERE affiliate_id = ?1 AND created_at < ?2`).bind(affiliateId, start),
    db.$client
      .prepare(
        `SELECT l.id, l.created_at AS createdAt, l.kind, l.bucket, l.amount_fen AS amountFen, l.reason, o.order_no AS orderNo, l.payout_id AS payoutId
        FROM ledger_entries l LEFT JOIN orders o ON o.id = l.order_id
        WHERE l.affiliate_id = ?1 AND l.created_at >= ?2 AND l.created_at < ?3 ORDER BY l.created_at, l.rowid`,
      )
      .bind(affiliateId, start, end),
  ]);
  return {
    openingOwed: Number((opening?.results[0] as { owed: number } | undefined)?.owed ?? 0),
    entries: (lines?.results ?? []) as StatementEntry[],
  };
}

export interface MonthSummarySums {
  affiliateId: string;
  name: string;
  openingOwed: number;
  earned: number;
  adjusted: number;
  paid: number;
}

/** Per affiliate with any ledger entry up to `end`: owed before the month, and the month's earned, adjusted and paid. */
export async function monthSummarySums(db: Db, start: number, end: number): Promise<MonthSummarySums[]> {
  const { results } = await db.$client
    .prepare(
      `SELECT l.affiliate_id AS affiliateId, a.name,
        coalesce(sum(CASE WHEN l.created_at < ?1 AND l.bucket <> 'paid' THEN l.amount_fen END), 0) AS openingOwed,
        coalesce(sum(CASE WHEN l.created_at >= ?1 AND l.order_id IS NOT NULL THEN l.amount_fen END), 0) AS earned,
        coalesce(sum(CASE WHEN l.created_at >= ?1 AND l.kind = 'adjustment' THEN l.amount_fen END), 0) AS adjusted,
        coalesce(sum(CASE WHEN l.created_at >= ?1 AND l.bucket = 'paid' THEN l.amount_fen END), 0) AS paid
      FROM ledger_entries l JOIN affiliates a ON a.id = l.affiliate_id
      WHERE l.created_at < ?2 GROUP BY l.affiliate_id ORDER BY a.name, l.affiliate_id`,
    )
    .bind(start, end)
    .all<MonthSummarySums>();
  return results.map((r) => ({
    ...r,
    openingOwed: Number(r.openingOwed),
    earned: Number(r.earned),
    adjusted: Number(r.adjusted),
    paid: Number(r.paid),
  }));
}
