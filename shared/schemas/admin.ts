import { z } from 'zod';
import { personText } from './text';
import { PLATFORM_IDS, shopRecords } from '../platforms';
import { networkSchema, ORDER_STATUSES, type Network } from './orders';
import { daySchema } from './reports';

const bp = z.number().int().min(0).max(10_000);

export const updateAffiliateSchema = z
  .strictObject({ tierId: z.string().max(40).nullable().optional(), inviterId: z.string().max(40).nullable().optional() })
  .refine((v) => v.tierId !== undefined || v.inviterId !== undefined, 'send tierId and/or inviterId');

/** Channel-id kinds per network, from the shops' records. */
const channelKindsOf = (network: Network) => [
  ...new Set(PLATFORM_IDS.filter((p) => shopRecords[p].network === network).flatMap((p) => shopRecords[p].channelIdKinds)),
];

export const channelIdRequestSchema = z
  .strictObject({
    network: networkSchema,
    /** `kind:value`, e.g. `relation:2788001234` (Taobao 渠道关系ID) or `position:3100012345` (JD 推广位). */
    channelId: z.string().regex(/^[a-z]+:[\w.-]{1,80}$/, 'channelId must look like kind:value, e.g. relation:123 or position:456'),
  })
  .refine((r) => channelKindsOf(r.network).includes(r.channelId.split(':')[0]!), {
    path: ['channelId'],
    message: 'this kind of channel id does not belong to that network (taobao: relation, special, adzone; jd: position, pid, channel; pdd: pid)',
  });

const threshold = z.number().int().min(1).max(100_000_000_000).nullable().optional();

export const tierUpdateSchema = z
  .strictObject({
    name: personText(40, { what: 'name' }),
    rateBp: bp,
    overrideL1Bp: bp,
    overrideL2Bp: bp,
    /** Promotion thresholds in fen over the programme's window; null removes one. */
    promoteOwnSalesFen: threshold,
    promoteOwnCommissionFen: threshold,
    promoteTeamSalesFen: threshold,
  })
  .refine((t) => t.rateBp + t.overrideL1Bp + t.overrideL2Bp <= 10_000, 'rate and overrides together cannot exceed 100 % of the commission')
  .refine((t) => !t.promoteTeamSalesFen || t.promoteOwnSalesFen || t.promoteOwnCommissionFen, {
    path: ['promoteTeamSalesFen'],
    message: 'a team threshold needs an own sales or commission threshold beside it: rising is earned by selling, never by recruiting alone',
  });

export const programSettingsSchema = z
  .strictObject({
    /** Referral levels paid: 0, 1 or 2 — never deeper (China fines multi-level pay). */
    overrideDepth: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
    /** Days a settled commission is held before it can be withdrawn (refunds after settlement come back within it). */
    payoutHoldDays: z.number().int().min(0).max(180).optional(),
    /** The smallest payout an affiliate may ask for, in fen. */
    minimumPayoutFen: z.number().int().min(0).max(100_000_000).optional(),
    /** An order line paid at least this (fen) is held out of charts until confirmed. */
    outlierOrderFen: z.number().int().min(100).max(100_000_000_000).optional(),
    contestRule: z.union([z.literal(0), z.literal(1)]).optional(),
    mintsPerMinute: z.number().int().min(1).max(10_000).optional(),
    mintsPerDay: z.number().int().min(1).max(1_000_000).optional(),
    networkDailyCalls: z.number().int().min(100).max(100_000_000).optional(),
    /** Days of settled sales and commission the promotion rules look at. */
    promotionWindowDays: z.number().int().min(7).max(365).optional(),
    /** Joining through invites: 0 off, 1 open, 2 the admin approves each joiner. */
    joinMode: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined), 'send at least one setting');

export const manualAttributionSchema = z.strictObject({
  affiliateId: z.string().min(1).max(40),
  code: z.string().max(20).nullable().optional(),
  note: personText(200, { min: 0, lines: true, what: 'note' }).optional(),
});

/** `?limit=&offset=` of the dashboard's order lists. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The order search: a page, a free-text query and a status. */
export const ORDER_ATTRIBUTION_FILTERS = ['attributed', 'waiting', 'contested'] as const;

export const orderSearchQuerySchema = pageQuerySchema
  .extend({
    q: z.string().trim().max(100).optional(),
    status: z.enum(ORDER_STATUSES).optional(),
    /** Only lines flagged as outliers and not yet confirmed. */
    outliers: z.enum(['1']).optional(),
    /** Ordered on these China days, inclusive. */
    from: daySchema.optional(),
    to: daySchema.optional(),
    affiliateId: z.string().max(40).optional(),
    platform: z.enum(PLATFORM_IDS).optional(),
    attribution: z.enum(ORDER_ATTRIBUTION_FILTERS).optional(),
    /** The CSV's headers and words (`/orders/csv`: exactly the filtered set, up to 100,000 lines). */
    lang: z.enum(['zh', 'en']).default('zh'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, 'from must not be after to');
export type OrderSearchQuery = z.infer<typeof orderSearchQuerySchema>;

/** The filtered set's totals, shown as the orders table's last row. */
export const orderTotalsSchema = z.object({
  lines: z.number().int(),
  paidFen: z.number().int(),
  commissionFen: z.number().int(),
  /** What affiliates get of it: their own shares and referral overrides, at the rates fixed with each attribution. */
  sharesFen: z.number().int(),
});

export const importFormSchema = z.object({ network: networkSchema });

export const adjustmentSchema = z.strictObject({
  /** Positive credits, negative debits (e.g. a payout), in fen. */
  amountFen: z
    .number()
    .int()
    .min(-100_000_000)
    .max(100_000_000)
    .refine((n) => n !== 0, 'amountFen must not be 0'),
  reason: personText(200, { min: 2, lines: true, what: 'reason (say why)' }),
});

export const PROMOTION_METRICS = ['ownSales', 'ownCommission', 'teamSales'] as const;
export type PromotionMetric = (typeof PROMOTION_METRICS)[number];

/** One fact behind a tier change: a metric over the window against the threshold it was measured by. */
export const promotionFactSchema = z.object({
  metric: z.enum(PROMOTION_METRICS),
  valueFen: z.number().int(),
  thresholdFen: z.number().int(),
  met: z.boolean(),
});
export type PromotionFact = z.infer<typeof promotionFactSchema>;

export const tierChangeSchema = z.object({
  at: z.number(),
  direction: z.enum(['promoted', 'demoted']),
  fromTier: z.string().nullable(),
  toTier: z.string(),
  windowDays: z.number().int(),
  facts: z.array(promotionFactSchema),
});
export type TierChange = z.infer<typeof tierChangeSchema>;

export const tierStatusSchema = z.object({
  tier: z.string(),
  locked: z.boolean(),
  windowDays: z.number().int(),
  /** The next tier up the rules can reach, and where the affiliate stands against each of its thresholds. */
  next: z.object({ tier: z.string(), facts: z.array(promotionFactSchema) }).nullable(),
  changes: z.array(tierChangeSchema),
});
export type TierStatus = z.infer<typeof tierStatusSchema>;

/** One affiliate's clicks around a contested click time, as the admin weighs them. */
export const contestCandidateSchema = z.object({
  affiliateId: z.string(),
  codes: z.array(z.string()),
  clicks: z.number().int(),
  visitors: z.number().int(),
  nearestMs: z.number().int(),
  flood: z.boolean(),
});
export type ContestCandidate = z.infer<typeof contestCandidateSchema>;
