import { createMiddleware } from 'hono/factory';

/**
 * `Cache-Control: no-store` on every answer that does not set its own: API answers carry keys, tokens,
 * sessions and people's money, and no browser, proxy or extension cache may keep them.
 */
export const noStore = createMiddleware(async (c, next) => {
  await next();
  if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
});
