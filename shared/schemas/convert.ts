import { z } from 'zod';
import { platformSchema } from './codes';

/** POST /api/convert: a whole message (线报) in, the affiliate's own out. */
export const convertRequestSchema = z.strictObject({
  text: z
    .string()
    .max(10_000, 'text must be at most 10000 characters')
    .refine((t) => t.trim() !== '', 'text must not be empty'),
  /** For a 淘口令 in the message: our short link (default) or the network's 淘口令 in the same style. */
  prefer: z.enum(['link', 'password']).default('link'),
});

export const CONVERT_STATUSES = ['converted', 'not-a-product', 'needs-network', 'refused', 'unsupported'] as const;

export const convertItemSchema = z.object({
  /** The span of the message, as it was. */
  source: z.string(),
  platform: platformSchema.optional(),
  productId: z.string().nullable().optional(),
  status: z.enum(CONVERT_STATUSES),
  code: z.string().optional(),
  /** What the span became in the message. */
  replacement: z.string().optional(),
  /** Why it did not convert (the network's or our words). */
  reason: z.string().nullable().optional(),
});
export type ConvertItem = z.infer<typeof convertItemSchema>;

export const convertResponseSchema = z.object({ text: z.string(), items: z.array(convertItemSchema) });
export type ConvertResponse = z.infer<typeof convertResponseSchema>;
