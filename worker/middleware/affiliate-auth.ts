import { createMiddleware } from 'hono/factory';
import { openDb } from '../db/client';
import type { AppEnv } from '../env';
import { AppError } from '../errors';
import { sha256Hex } from '../crypto';
import { findAffiliateByKeyHash } from '../db/queries/api-keys';
import { bearerTokenOrThrow } from './bearer-token';
import { throttle } from './throttle';

/** Affiliate routes: the bearer key is looked up by its SHA-256; the affiliate goes on the context. */
export const affiliateAuth = createMiddleware<AppEnv>(async (c, next) => {
  const key = bearerTokenOrThrow(c);
  const affiliate = await findAffiliateByKeyHash(openDb(c.env.DB), await sha256Hex(key));
  if (!affiliate) {
    await throttle(c, 'BAD_KEY_LIMITER');
    throw new AppError('UNAUTHORIZED', 'The API key is not valid. Check it on the options page.');
  }
  if (affiliate.waiting) throw new AppError('FORBIDDEN', 'You joined through an invite; the operator has not approved you yet. Try again later.');
  c.set('affiliate', { id: affiliate.id, name: affiliate.name });
  await next();
});
