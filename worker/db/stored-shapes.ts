import { z } from 'zod';
import type { Beneficiary } from '../../shared/commission';
import { contestCandidateSchema, promotionFactSchema } from '../../shared/schemas/admin';
import { lastRunSchema } from '../../shared/schemas/networks';
import { orderLineSchema } from '../../shared/schemas/orders';

// The shapes of the JSON columns (worker/db/schema.ts), each read back through its schema. Old rows that
// predate a shape fall back through `.catch` where a missing value is harmless (a contest shown empty).

/** Money facts about a product from the network (all in fen / basis points; null when not given). */
export const productOfferSchema = z.object({
  title: z.string().nullable(),
  imageUrl: z.string().nullable(),
  shopName: z.string().nullable(),
  priceFen: z.number().int().nullable(),
  couponFen: z.number().int().nullable(),
  priceAfterCouponFen: z.number().int().nullable(),
  commissionRateBp: z.number().int().nullable(),
  sales: z.number().int().nullable(),
});
export type ProductOffer = z.infer<typeof productOfferSchema>;

/** A line's channel ids, each `kind:value`. */
export const channelIdListSchema = z.array(z.string());

/** The report's header cells. */
export const headerCellsSchema = z.array(z.string());

/** The referral overrides fixed with an attribution. */
export const overridesSchema: z.ZodType<Beneficiary[]> = z.array(
  z.object({ affiliateId: z.string(), role: z.enum(['own', 'override_1', 'override_2']), rateBp: z.number().int() }),
);

/** What one order line adds to `order_rollups`: the row it counts under, and its amounts. */
export const rollupShareSchema = z.object({
  day: z.number().int(),
  platform: z.string(),
  affiliateId: z.string(),
  channel: z.string(),
  code: z.string(),
  product: z.string(),
  gmvFen: z.number().int(),
  commissionFen: z.number().int(),
  /** The commission again when the line is settled, else 0 (written into every share by migration 0024). */
  settledFen: z.number().int().default(0),
  /** What the ledger books for affiliates on the line: their own shares, and the referral overrides (also 0024). */
  ownFen: z.number().int().default(0),
  overridesFen: z.number().int().default(0),
});
export type RollupShare = z.infer<typeof rollupShareSchema>;

/** Why the promotion rules moved an affiliate, as the affiliate reads it. */
export const tierMoveReasonSchema = z.object({
  direction: z.enum(['promoted', 'demoted']),
  windowDays: z.number().int(),
  facts: z.array(promotionFactSchema),
});
export type TierMoveReason = z.infer<typeof tierMoveReasonSchema>;

/** A contested click time's candidates; a row written before the evidence was kept shows none. */
export const contestSchema = z.array(contestCandidateSchema).catch([]);

/** The last pull's figures; a row from before they were kept shows none. */
export const storedLastRunSchema = lastRunSchema.nullable().catch(null);

/** The line a repeatable report row makes before its key is numbered. */
export const repeatLineSchema = orderLineSchema;

/** An audit line's detail: whatever the action records, kept as it was. */
export const auditDetailSchema = z.unknown();
