import type { Context } from 'hono';
import type { AppEnv } from './env';
import { AppError } from './errors';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * Origin for short links: the configured PUBLIC_BASE_URL. The request's own Host is trusted only on a
 * loopback address (`npm start`, tests against wrangler dev); anywhere else a link built from a header
 * the caller controls could point friends at someone else's site, so an unset PUBLIC_BASE_URL is an error.
 */
export function publicBaseUrl(c: Context<AppEnv>): string {
  if (c.env.PUBLIC_BASE_URL) return c.env.PUBLIC_BASE_URL;
  const url = new URL(c.req.url);
  if (LOOPBACK.test(url.hostname)) return url.origin;
  throw new AppError('NOT_CONFIGURED', 'PUBLIC_BASE_URL is not set: the operator must set it in wrangler.toml to the domain short links use.');
}
