import { z } from 'zod';
import { platformSchema } from './codes';

export const resolveRequestSchema = z.strictObject({
  text: z
    .string()
    .max(10_000, 'text must be at most 10000 characters')
    .refine((t) => t.trim() !== '', 'text must not be empty'),
});
export type ResolveRequest = z.infer<typeof resolveRequestSchema>;

export const RESOLVE_SOURCES = ['product-url', 'daihuo-link', 'daihuo-password', 'short-link', 'taobao-password', 'jd-password'] as const;

/** Why a recognised password gave no product — for the user's own-language message. */
export const RESOLVE_REASONS = ['needs-network', 'network-refused', 'not-a-product', 'unsupported'] as const;
export type ResolveReason = (typeof RESOLVE_REASONS)[number];

export const resolveResponseSchema = z.object({
  platform: platformSchema,
  /** Null when the text names the shop but not the product (a bare password without API access). */
  productId: z.string().nullable(),
  url: z.url().nullable(),
  source: z.enum(RESOLVE_SOURCES),
  /** Why productId is null, for the user. */
  note: z.string().optional(),
  reason: z.enum(RESOLVE_REASONS).optional(),
});
export type ResolveResponse = z.infer<typeof resolveResponseSchema>;
