import { inArray } from 'drizzle-orm';
import { planLedger, targetPositions, type Beneficiary, type PlannedEntry } from '../../../shared/commission';
import { chinaDayNumber } from '../../../shared/china-time';
import { newId } from '../../../shared/ids';
import type { Db } from '../../env';
import { attributions, ledgerEntries } from '../../db/schema';
import { findOrdersByIds, type OrderRow } from '../../db/queries/orders';
import { bookedPositions } from '../../db/queries/ledger';
import { rebuildOrderRollups } from '../../db/queries/order-rollups';

function reasonFor(entry: PlannedEntry, order: OrderRow, attributedTo: string | null): string {
  if (entry.kind === 'reverse') {
    if (entry.affiliateId !== attributedTo && entry.role === 'own') return 'reassigned to another affiliate';
    return order.statusReason ?? (order.status === 'refunded' ? 'refunded' : 'voided by the network');
  }
  if (entry.kind === 'settle') return entry.bucket === 'pending' ? 'estimate replaced on settlement' : 'settled by the network';
  return entry.role === 'own' ? 'estimated commission on a paid order' : `referral override (level ${entry.role.slice(-1)})`;
}

/**
 * Brings the ledger in line with each order's current state by appending the difference, and rebuilds
 * the order rollups of the days those lines fall on. Every path that changes a line's money, status or
 * attribution ends here. Idempotent: run it twice, or after re-importing the same report, and nothing is
 * booked the second time.
 */
export async function syncLedger(db: Db, orderIds: readonly string[], now = Date.now()): Promise<number> {
  if (orderIds.length === 0) return 0;
  const [lines, decided, booked] = await Promise.all([
    findOrdersByIds(db, orderIds),
    db.select().from(attributions).where(inArray(attributions.orderId, [...orderIds])),
    bookedPositions(db, orderIds),
  ]);
  const byOrder = new Map(decided.map((a) => [a.orderId, a]));
  const rows: Array<typeof ledgerEntries.$inferInsert> = [];
  for (const order of lines) {
    const a = byOrder.get(order.id);
    const beneficiaries: Beneficiary[] = a ? [{ affiliateId: a.affiliateId, role: 'own', rateBp: a.rateBp }, ...(JSON.parse(a.overrides) as Beneficiary[])] : [];
    const plan = planLedger(order.status, booked.get(order.id) ?? [], targetPositions(order, beneficiaries));
    for (const entry of plan) {
      rows.push({ id: newId('led', now), orderId: order.id, createdAt: now, reason: reasonFor(entry, order, a?.affiliateId ?? null), ...entry });
    }
  }
  // One statement per row: D1 allows 100 bound parameters per statement, and a batch is one transaction.
  for (let i = 0; i < rows.length; i += 50) {
    const [first, ...rest] = rows.slice(i, i + 50).map((row) => db.insert(ledgerEntries).values(row));
    await db.batch([first!, ...rest]);
  }
  await rebuildOrderRollups(db, [...new Set(lines.map((order) => chinaDayNumber(order.orderedAt)))]);
  return rows.length;
}
