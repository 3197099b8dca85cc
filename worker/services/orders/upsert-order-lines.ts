import { eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { supersedes } from '../../../shared/commission';
import { newId } from '../../../shared/ids';
import type { OrderLine } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { orderEvents, orders } from '../../db/schema';
import { findOrdersByLineIds, type OrderRow } from '../../db/queries/orders';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Orders whose money or status moved: their ledger needs a look. */
  changedOrderIds: string[];
}

const STATUS_WORDS: Record<OrderLine['status'], string> = {
  unpaid: 'awaiting payment',
  paid: 'paid',
  received: 'received by the buyer',
  settled: 'settled by the network',
  invalid: 'voided by the network',
  refunded: 'refunded',
};

function describeChange(held: OrderRow | undefined, line: OrderLine): string {
  if (!held) return `reported ${STATUS_WORDS[line.status]}`;
  if (held.status !== line.status) return STATUS_WORDS[line.status];
  if (held.estimatedCommissionFen !== line.estimatedCommissionFen || held.actualCommissionFen !== line.actualCommissionFen) {
    return 'commission amount changed (e.g. a partial refund or split order)';
  }
  return 'details updated';
}

const sameMoney = (held: OrderRow, line: OrderLine) =>
  held.status === line.status &&
  held.paidAmountFen === line.paidAmountFen &&
  held.estimatedCommissionFen === line.estimatedCommissionFen &&
  held.actualCommissionFen === line.actualCommissionFen;

/**
 * Upserts order lines by (network, line id). A line only replaces what we hold when it is a later stage
 * or a newer report of the same stage (`supersedes`), so re-importing, or importing out of order,
 * never moves an order back. Every change appends an order event.
 */
export async function upsertOrderLines(db: Db, lines: readonly OrderLine[], source: string, now = Date.now()): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0, changedOrderIds: [] };
  const byNetwork = Map.groupBy(lines, (line) => line.network);
  for (const [network, group] of byNetwork) {
    const held = await findOrdersByLineIds(db, network, [...new Set(group.map((l) => l.lineId))]);
    const writes: BatchItem<'sqlite'>[] = [];
    for (const line of group) {
      const current = held.get(line.lineId);
      if (current && !supersedes(line, current)) {
        counts.unchanged++;
        continue;
      }
      const id = current?.id ?? newId('ord', now);
      const values = { ...line, channelIds: JSON.stringify(line.channelIds), updatedAt: now };
      if (current) {
        writes.push(db.update(orders).set(values).where(eq(orders.id, id)));
        counts.updated++;
      } else {
        writes.push(db.insert(orders).values({ ...values, id, createdAt: now }));
        counts.inserted++;
      }
      if (!current || !sameMoney(current, line)) counts.changedOrderIds.push(id);
      writes.push(
        db.insert(orderEvents).values({ id: newId('evt', now), orderId: id, at: now, fromStatus: current?.status ?? null, toStatus: line.status, reason: line.statusReason ?? describeChange(current, line), source }),
      );
      held.set(line.lineId, { ...(current as OrderRow), ...values, id, createdAt: current?.createdAt ?? now });
    }
    for (let i = 0; i < writes.length; i += 50) {
      const chunk = writes.slice(i, i + 50);
      if (chunk.length) await db.batch(chunk as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
    }
  }
  return counts;
}
