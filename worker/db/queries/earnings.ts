import { and, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import { chinaDaySql } from '../../../shared/china-time';
import type { Db } from '../../env';
import { affiliateClickRollups, attributions, ledgerEntries, orderEvents, orders, shareCodes } from '../schema';

/** The China day an order was placed on, for grouping. */
const orderedDay = sql<number>`${sql.raw(chinaDaySql('"orders"."ordered_at"'))}`;

/** Ledger sums for the affiliate's entries on orders placed since `from`, split the ways the popup shows. */
export async function ledgerSumsSince(db: Db, affiliateId: string, from: number) {
  const [row] = await db
    .select({
      estimated: sql<number>`coalesce(sum(case when ${ledgerEntries.bucket} = 'pending' then ${ledgerEntries.amountFen} end), 0)`,
      settled: sql<number>`coalesce(sum(case when ${ledgerEntries.bucket} = 'available' then ${ledgerEntries.amountFen} end), 0)`,
      reversed: sql<number>`coalesce(-sum(case when ${ledgerEntries.kind} = 'reverse' then ${ledgerEntries.amountFen} end), 0)`,
    })
    .from(ledgerEntries)
    .innerJoin(orders, eq(ledgerEntries.orderId, orders.id))
    .where(and(eq(ledgerEntries.affiliateId, affiliateId), gte(orders.orderedAt, from)));
  return { estimatedFen: Number(row?.estimated ?? 0), settledFen: Number(row?.settled ?? 0), reversedFen: Number(row?.reversed ?? 0) };
}

export async function countAttributedOrdersSince(db: Db, affiliateId: string, from: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(attributions)
    .innerJoin(orders, eq(attributions.orderId, orders.id))
    .where(and(eq(attributions.affiliateId, affiliateId), gte(orders.orderedAt, from), ne(orders.status, 'unpaid')));
  return Number(row?.n ?? 0);
}

/** Per China day since `from`: human clicks on the affiliate's codes, and their commission position. */
export async function dailySeries(db: Db, affiliateId: string, from: number, fromDay: number) {
  const [clickRows, moneyRows] = await Promise.all([
    db
      .select({ day: affiliateClickRollups.day, n: affiliateClickRollups.humans })
      .from(affiliateClickRollups)
      .where(and(eq(affiliateClickRollups.affiliateId, affiliateId), gte(affiliateClickRollups.day, fromDay))),
    db
      .select({ day: orderedDay, fen: sql<number>`sum(${ledgerEntries.amountFen})` })
      .from(ledgerEntries)
      .innerJoin(orders, eq(ledgerEntries.orderId, orders.id))
      .where(and(eq(ledgerEntries.affiliateId, affiliateId), gte(orders.orderedAt, from)))
      .groupBy(orderedDay),
  ]);
  return { clicksByDay: new Map(clickRows.map((r) => [Number(r.day), Number(r.n)])), fenByDay: new Map(moneyRows.map((r) => [Number(r.day), Number(r.fen)])) };
}

/** The affiliate's newest attributed order lines with what they earned on each and the lines' history. */
/** The affiliate's attributed order lines ordered since `from`, newest first. */
export async function recentAttributedOrders(db: Db, affiliateId: string, from: number, limit: number) {
  const rows = await db
    .select({
      id: orders.id,
      orderNo: orders.orderNo,
      productTitle: orders.productTitle,
      status: orders.status,
      platform: orders.platform,
      orderedAt: orders.orderedAt,
      code: attributions.code,
      channel: sql<string>`coalesce((select ${shareCodes.channel} from ${shareCodes} where ${shareCodes.code} = ${attributions.code}), '')`,
      earned: sql<number>`coalesce((select sum(${ledgerEntries.amountFen}) from ${ledgerEntries} where ${ledgerEntries.orderId} = ${orders.id} and ${ledgerEntries.affiliateId} = ${affiliateId} and ${ledgerEntries.role} = 'own'), 0)`,
    })
    .from(attributions)
    .innerJoin(orders, eq(attributions.orderId, orders.id))
    .where(and(eq(attributions.affiliateId, affiliateId), gte(orders.orderedAt, from)))
    .orderBy(desc(orders.orderedAt), desc(orders.id))
    .limit(limit);
  const events = rows.length
    ? await db
        .select({ orderId: orderEvents.orderId, at: orderEvents.at, reason: orderEvents.reason })
        .from(orderEvents)
        .where(
          inArray(
            orderEvents.orderId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(orderEvents.at, orderEvents.id)
    : [];
  return rows.map((r) => ({ ...r, earned: Number(r.earned), history: events.filter((e) => e.orderId === r.id).map(({ at, reason }) => ({ at, reason })) }));
}
