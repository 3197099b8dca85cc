import { z } from 'zod';

export const createAffiliateRequestSchema = z.strictObject({
  name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
});
export type CreateAffiliateRequest = z.infer<typeof createAffiliateRequestSchema>;

export const createAffiliateResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Shown once; only its SHA-256 is stored. */
  apiKey: z.string(),
});
export type CreateAffiliateResponse = z.infer<typeof createAffiliateResponseSchema>;
