import { z } from 'zod';
import { PLATFORM_IDS, shopRecords } from '../platforms';
import { networkSchema, ORDER_STATUSES, type Network } from './orders';

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

export const tierUpdateSchema = z
  .strictObject({ name: z.string().trim().min(1).max(40), rateBp: bp, overrideL1Bp: bp, overrideL2Bp: bp })
  .refine((t) => t.rateBp + t.overrideL1Bp + t.overrideL2Bp <= 10_000, 'rate and overrides together cannot exceed 100 % of the commission');

export const programSettingsSchema = z
  .strictObject({
    /** Referral levels paid: 0, 1 or 2 — never deeper (China fines multi-level pay). */
    overrideDepth: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
    /** Days a settled commission is held before it can be withdrawn (refunds after settlement come back within it). */
    payoutHoldDays: z.number().int().min(0).max(180).optional(),
    /** The smallest payout an affiliate may ask for, in fen. */
    minimumPayoutFen: z.number().int().min(0).max(100_000_000).optional(),
    /** Joining through invites: 0 off, 1 open, 2 the admin approves each joiner. */
    joinMode: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined), 'send overrideDepth, payoutHoldDays, minimumPayoutFen and/or joinMode');

export const manualAttributionSchema = z.strictObject({
  affiliateId: z.string().min(1).max(40),
  code: z.string().max(20).nullable().optional(),
  note: z.string().max(200).optional(),
});

/** `?limit=&offset=` of the dashboard's order lists. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The order search: a page, a free-text query and a status. */
export const orderSearchQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(ORDER_STATUSES).optional(),
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
  reason: z.string().trim().min(2, 'say why').max(200),
});
