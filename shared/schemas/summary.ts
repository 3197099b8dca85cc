import { z } from 'zod';
import { productRefSchema } from './codes';

export const recentCodeSchema = z.object({
  code: z.string(),
  shortUrl: z.url(),
  channel: z.string(),
  title: z.string().nullable(),
  product: productRefSchema,
  clicks: z.number().int().nonnegative(),
  createdAt: z.number().int(),
  /** What the share text needs, so a recent code copies as the whole text (the affiliate's template, the one 到手价). */
  networkPassword: z.string().nullable().default(null),
  deal: z
    .object({ finalFen: z.number().int().nullable(), listFen: z.number().int().nullable(), couponFen: z.number().int().nullable() })
    .default({ finalFen: null, listFen: null, couponFen: null }),
});
export type RecentCode = z.infer<typeof recentCodeSchema>;

export const summarySchema = z.object({
  affiliate: z.object({ id: z.string(), name: z.string() }),
  clicks: z.object({
    /** Since 00:00 today, Asia/Shanghai. */
    today: z.number().int().nonnegative(),
    /** Today and the 6 days before it, Asia/Shanghai days. */
    last7Days: z.number().int().nonnegative(),
    last30Days: z.number().int().nonnegative(),
  }),
  codeCount: z.number().int().nonnegative(),
  recentCodes: z.array(recentCodeSchema),
});
export type Summary = z.infer<typeof summarySchema>;
