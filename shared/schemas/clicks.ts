import { z } from 'zod';
import { daySchema } from './reports';

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

export const STORED_CLICK_KINDS = ['human', 'bot', 'preview', 'flood'] as const;
export type StoredClickKind = (typeof STORED_CLICK_KINDS)[number];

/**
 * One click as the archive keeps it (one NDJSON line) and as the read-back answers it. `visitor` is the
 * first 16 hex digits of the visitor hash: enough to tell visitors of one code and day apart, no more.
 */
export const archivedClickSchema = clickMessageSchema.omit({ day: true, visitorHash: true, kind: true }).extend({
  kind: z.enum(STORED_CLICK_KINDS),
  visitor: z.string().regex(/^[0-9a-f]{16}$/),
});
export type ArchivedClick = z.infer<typeof archivedClickSchema>;

/** A code's raw clicks of one China day, a page at a time (`after` is the previous page's `next`). */
export const codeClicksQuerySchema = z.object({
  day: daySchema,
  after: z.string().max(1100).optional(),
});

/** The read-back: where the clicks came from (D1 inside the window, the R2 archive beyond it). */
export interface CodeClicksPage {
  code: string;
  day: string;
  source: 'recent' | 'archive';
  clicks: Array<Omit<ArchivedClick, 'id' | 'code'>>;
  /** Pass as `after` for the next page; null on the last. */
  next: string | null;
}
