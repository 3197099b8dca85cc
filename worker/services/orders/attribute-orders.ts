import { and, between, desc, eq, inArray, isNull } from 'drizzle-orm';
import { platformsOfNetwork } from '../../../shared/schemas/orders';
import { SHARE_CODE_PATTERN } from '../../../shared/share-code';
import type { Db } from '../../env';
import { attributions, channelIds, clicks, orders, products, shareCodes } from '../../db/schema';
import type { OrderRow } from '../../db/queries/orders';
import { beneficiariesFor } from './beneficiaries';

/** How close the network's click time must be to one of ours to count as the same click. */
export const CLICK_MATCH_WINDOW_MS = 5_000;

export interface Decision {
  affiliateId: string;
  code: string | null;
  method: 'sub_id' | 'click_match' | 'channel';
  confidence: number;
}

async function bySubId(db: Db, order: OrderRow): Promise<Decision | null> {
  if (!order.subId || !SHARE_CODE_PATTERN.test(order.subId)) return null;
  const [row] = await db.select({ affiliateId: shareCodes.affiliateId }).from(shareCodes).where(eq(shareCodes.code, order.subId));
  return row ? { affiliateId: row.affiliateId, code: order.subId, method: 'sub_id', confidence: 100 } : null;
}

async function byClick(db: Db, order: OrderRow): Promise<Decision | null> {
  if (order.clickAt === null || !order.productId) return null;
  const rows = await db
    .select({ code: clicks.code, at: clicks.at, affiliateId: shareCodes.affiliateId })
    .from(clicks)
    .innerJoin(shareCodes, eq(clicks.code, shareCodes.code))
    .innerJoin(products, eq(shareCodes.productId, products.id))
    .where(
      and(
        eq(products.externalId, order.productId),
        inArray(products.platform, platformsOfNetwork(order.network)),
        between(clicks.at, order.clickAt - CLICK_MATCH_WINDOW_MS, order.clickAt + CLICK_MATCH_WINDOW_MS),
        eq(clicks.kind, 'human'),
      ),
    );
  if (rows.length === 0) return null;
  const nearest = rows.reduce((a, b) => (Math.abs(b.at - order.clickAt!) < Math.abs(a.at - order.clickAt!) ? b : a));
  const unanimous = rows.every((r) => r.affiliateId === nearest.affiliateId);
  return { affiliateId: nearest.affiliateId, code: nearest.code, method: 'click_match', confidence: unanimous ? 90 : 60 };
}

async function byChannel(db: Db, order: OrderRow): Promise<Decision | null> {
  const ids = JSON.parse(order.channelIds) as string[];
  if (ids.length === 0) return null;
  const [owner] = await db
    .select({ affiliateId: channelIds.affiliateId })
    .from(channelIds)
    .where(and(eq(channelIds.network, order.network), inArray(channelIds.channelId, ids)))
    .limit(1);
  if (!owner) return null;
  const [latest] = order.productId
    ? await db
        .select({ code: shareCodes.code })
        .from(shareCodes)
        .innerJoin(products, eq(shareCodes.productId, products.id))
        .where(and(eq(shareCodes.affiliateId, owner.affiliateId), eq(products.externalId, order.productId), inArray(products.platform, platformsOfNetwork(order.network))))
        .orderBy(desc(shareCodes.createdAt))
        .limit(1)
    : [];
  return { affiliateId: owner.affiliateId, code: latest?.code ?? null, method: 'channel', confidence: 80 };
}

/** DESIGN.md step 6: sub-id → our click near the network's click time → channel id → nobody. */
export async function decideAttribution(db: Db, order: OrderRow): Promise<Decision | null> {
  return (await bySubId(db, order)) ?? (await byClick(db, order)) ?? (await byChannel(db, order));
}

/** Attribution with the rates of this moment fixed in, so later tier changes never rewrite old lines. */
export async function attributionRow(db: Db, orderId: string, decision: Pick<Decision, 'affiliateId' | 'code' | 'confidence'> & { method: typeof attributions.$inferInsert.method }, now: number) {
  const [own, ...overrides] = await beneficiariesFor(db, decision.affiliateId);
  return {
    orderId,
    affiliateId: decision.affiliateId,
    code: decision.code,
    method: decision.method,
    confidence: decision.confidence,
    rateBp: own!.rateBp,
    overrides: JSON.stringify(overrides),
    decidedAt: now,
  };
}

/**
 * Attributes every not-yet-attributed line (or just `orderIds`); returns the ids it attributed.
 * Safe to re-run whenever clicks, codes or channel ids change.
 */
export async function attributeOrders(db: Db, orderIds: readonly string[] | null, now = Date.now()): Promise<string[]> {
  const pending = await db
    .select({ order: orders })
    .from(orders)
    .leftJoin(attributions, eq(attributions.orderId, orders.id))
    .where(and(isNull(attributions.orderId), orderIds ? inArray(orders.id, [...orderIds]) : undefined))
    .limit(5000);
  const done: string[] = [];
  for (const { order } of pending) {
    const decision = await decideAttribution(db, order);
    if (!decision) continue;
    await db.insert(attributions).values(await attributionRow(db, order.id, decision, now)).onConflictDoNothing();
    done.push(order.id);
  }
  return done;
}
