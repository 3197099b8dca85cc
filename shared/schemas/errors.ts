import { z } from 'zod';
import { NETWORKS } from '../platforms/types';

/**
 * The closed list of error codes the Worker answers with. Clients narrow on `code`, never on message text.
 * HTTP statuses live beside the Worker's error class (worker/errors.ts).
 */
export const ERROR_CODES = [
  'BAD_JSON',
  'VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNSUPPORTED_URL',
  'UNRECOGNISED_TEXT',
  'SHORT_LINK_UNRESOLVED',
  'WRONG_FILE_KIND',
  'DAMAGED_FILE',
  'RANGE_TOO_LONG',
  'BAD_SIGNATURE',
  'CONFLICT',
  'INSUFFICIENT_BALANCE',
  'BELOW_MINIMUM',
  'PAYOUT_ACCOUNT_MISSING',
  'RATE_LIMITED',
  'NOT_CONFIGURED',
  'NETWORK_REJECTED',
  'NETWORK_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    /** WRONG_FILE_KIND: the network the file does look like. */
    network: z.enum(NETWORKS).optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
