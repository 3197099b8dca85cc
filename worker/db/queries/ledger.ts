import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Position } from '../../../shared/commission';
import type { Db } from '../../env';
import { ledgerEntries } from '../schema';

/** What is booked so far per order line, summed by (affiliate, role, bucket). */
export async function bookedPositions(db: Db, orderIds: readonly string[]): Promise<Map<string, Position[]>> {
  const out = new Map<string, Position[]>();
  for (let i = 0; i < orderIds.length; i += 90) {
    const rows = await db
      .select({
        orderId: ledgerEntries.orderId,
        affiliateId: ledgerEntries.affiliateId,
        role: ledgerEntries.role,
        bucket: ledgerEntries.bucket,
        amountFen: sql<number>`sum(${ledgerEntries.amountFen})`,
      })
      .from(ledgerEntries)
      .where(inArray(ledgerEntries.orderId, orderIds.slice(i, i + 90)))
      .groupBy(ledgerEntries.orderId, ledgerEntries.affiliateId, ledgerEntries.role, ledgerEntries.bucket);
    for (const row of rows) {
      if (!row.orderId || row.role === 'adjustment') continue;
      const list = out.get(row.orderId) ?? [];
      list.push({ affiliateId: row.affiliateId, role: row.role, bucket: row.bucket, amountFen: Number(row.amountFen) });
      out.set(row.orderId, list);
    }
  }
  return out;
}

export async function balanceOf(db: Db, affiliateId: string) {
  const [row] = await db
    .select({
      pending: sql<number>`coalesce(sum(case when ${ledgerEntries.bucket} = 'pending' then ${ledgerEntries.amountFen} end), 0)`,
      available: sql<number>`coalesce(sum(case when ${ledgerEntries.bucket} = 'available' then ${ledgerEntries.amountFen} end), 0)`,
    })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.affiliateId, affiliateId)));
  return { pending: Number(row?.pending ?? 0), available: Number(row?.available ?? 0) };
}
