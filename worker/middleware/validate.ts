import { zValidator } from '@hono/zod-validator';
import type { ZodType } from 'zod';
import { AppError, issueMessage } from '../errors';

type Target = 'json' | 'param' | 'query';

/** zod validation through Hono's validator; the first issue becomes a VALIDATION_FAILED message. */
export function validate<T extends ZodType, Tgt extends Target>(target: Tgt, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw new AppError('VALIDATION_FAILED', issueMessage(result.error));
  });
}
