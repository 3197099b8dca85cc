import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { AppError } from '../errors';

type Limiter = 'BAD_KEY_LIMITER' | 'JOIN_LIMITER';

/**
 * Counts one attempt of the caller's IP against a rate-limiting binding and refuses with 429 past the
 * limit. Cloudflare sets CF-Connecting-IP on every request it serves; a request without it (local tools,
 * tests) has no IP to count.
 */
export async function throttle(c: Context<AppEnv>, limiter: Limiter): Promise<void> {
  const ip = c.req.header('CF-Connecting-IP');
  const binding = c.env[limiter];
  if (!ip || !binding) return;
  const { success } = await binding.limit({ key: ip });
  if (!success) throw new AppError('RATE_LIMITED', 'Too many attempts from this address; wait a minute and try again.');
}
