import { z } from 'zod';
import { personText } from './text';

export const createAffiliateRequestSchema = z.strictObject({
  name: personText(100, { what: 'name' }),
});
export type CreateAffiliateRequest = z.infer<typeof createAffiliateRequestSchema>;

export const createAffiliateResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Shown once; only its SHA-256 is stored. */
  apiKey: z.string(),
});
export type CreateAffiliateResponse = z.infer<typeof createAffiliateResponseSchema>;
