import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode, ErrorEnvelope } from '../shared/schemas';
import type { Network } from '../shared/schemas/orders';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_JSON: 400,
  VALIDATION_FAILED: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNSUPPORTED_URL: 422,
  UNRECOGNISED_TEXT: 422,
  SHORT_LINK_UNRESOLVED: 422,
  WRONG_FILE_KIND: 422,
  DAMAGED_FILE: 422,
  RANGE_TOO_LONG: 422,
  BAD_SIGNATURE: 401,
  CONFLICT: 409,
  INSUFFICIENT_BALANCE: 422,
  BELOW_MINIMUM: 422,
  PAYOUT_ACCOUNT_MISSING: 422,
  RATE_LIMITED: 429,
  NOT_CONFIGURED: 503,
  NETWORK_REJECTED: 422,
  NETWORK_UNAVAILABLE: 502,
  INTERNAL: 500,
};

/** The one error type services throw; `onError` turns it into the JSON envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /**
     * For RATE_LIMITED: when to try again, sent as Retry-After. For WRONG_FILE_KIND: the network the file
     * does look like, sent in the envelope so a client can advise in its reader's words.
     */
    readonly details: { retryAfterSeconds?: number; network?: Network } = {},
  ) {
    super(message);
  }
  get status(): ContentfulStatusCode {
    return STATUS[this.code];
  }
}

// Hono raises HTTPException itself for a few input faults (e.g. the JSON validator on malformed JSON).
function fromHttpException(err: HTTPException): AppError {
  if (err.status === 400) return new AppError('BAD_JSON', 'The request body is not valid JSON.');
  if (err.status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
  if (err.status === 401) return new AppError('UNAUTHORIZED', 'A valid bearer token is required.');
  if (err.status === 404) return new AppError('NOT_FOUND', 'Not found.');
  return new AppError('INTERNAL', 'Something went wrong on our side.');
}

/** The first zod issue as a readable message: `path.to.field: what is wrong`. */
export function issueMessage(error: { issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  return `${where}${issue?.message ?? 'invalid input'}`;
}

export function errorResponse(c: Context, err: AppError): Response {
  const body: ErrorEnvelope = { error: { code: err.code, message: err.message, ...(err.details.network ? { network: err.details.network } : {}) } };
  if (err.details.retryAfterSeconds !== undefined) c.header('Retry-After', String(err.details.retryAfterSeconds));
  return c.json(body, err.status);
}

/** `app.onError`: known errors keep their code; anything else is logged and hidden behind INTERNAL. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof AppError) return errorResponse(c, err);
  if (err instanceof HTTPException) return errorResponse(c, fromHttpException(err));
  console.error('unhandled error', c.req.method, new URL(c.req.url).pathname, err);
  return errorResponse(c, new AppError('INTERNAL', 'Something went wrong on our side.'));
}
