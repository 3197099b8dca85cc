import { z } from 'zod';

/** One click as the redirect hands it to the queue; the consumer parses every message with this. */
export const clickMessageSchema = z.object({
  id: z.string().regex(/^clk_[0-9a-z]{22}$/),
  code: z.string().min(1).max(20),
  at: z.number().int(),
  day: z.number().int(),
  visitorHash: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(['human', 'bot', 'preview']),
  device: z.string().max(20).nullable(),
  os: z.string().max(40).nullable(),
  browser: z.string().max(40).nullable(),
  app: z.string().max(20).nullable(),
  country: z.string().max(4).nullable(),
  referrerHost: z.string().max(255).nullable(),
});
export type ClickMessage = z.infer<typeof clickMessageSchema>;
