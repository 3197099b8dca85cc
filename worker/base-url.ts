import type { Context } from 'hono';
import type { AppEnv } from './env';

/** Origin for short links: the configured public URL, else the origin this request came in on. */
export function publicBaseUrl(c: Context<AppEnv>): string {
  return c.env.PUBLIC_BASE_URL || new URL(c.req.url).origin;
}
