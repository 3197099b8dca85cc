import { z } from 'zod';
import { ORDER_STATUSES } from './orders';

export const EARNINGS_RANGES = ['today', '7d', '30d'] as const;
export type EarningsRange = (typeof EARNINGS_RANGES)[number];
export const earningsQuerySchema = z.object({
  range: z.enum(EARNINGS_RANGES).default('30d'),
  /** How many of the range's orders to list (the popup's "more" asks for more). */
  ordersLimit: z.coerce.number().int().min(1).max(200).default(20),
});

const fen = z.number().int();

export const earningsSchema = z.object({
  range: z.enum(EARNINGS_RANGES),
  /** Start of the range: 00:00 Asia/Shanghai, epoch ms. */
  from: z.number().int(),
  clicks: z.number().int().nonnegative(),
  orders: z.number().int().nonnegative(),
  /** Commission on the range's orders still waiting for the network to settle. */
  estimatedFen: fen,
  /** Commission on the range's orders the network has settled. */
  settledFen: fen,
  /** Commission taken back on the range's orders (refunds, voids, reassignments), as a positive number. */
  reversedFen: fen,
  /** All settled earnings to date (including referral overrides and adjustments). */
  balanceFen: fen,
  series: z.array(z.object({ day: z.string(), clicks: z.number().int(), estimatedFen: fen })),
  /** True when the range has more orders than listed. */
  moreOrders: z.boolean().default(false),
  recentOrders: z.array(
    z.object({
      orderNo: z.string(),
      productTitle: z.string().nullable(),
      status: z.enum(ORDER_STATUSES),
      platform: z.string(),
      /** The code's channel tag: `self` marks the affiliate's own purchase (自购). */
      channel: z.string(),
      code: z.string().nullable(),
      earnedFen: fen,
      orderedAt: z.number().int(),
      history: z.array(z.object({ at: z.number().int(), reason: z.string() })),
    }),
  ),
});
export type Earnings = z.infer<typeof earningsSchema>;
