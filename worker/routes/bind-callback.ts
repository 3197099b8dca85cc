import { Hono } from 'hono';
import { openDb } from '../db/client';
import type { AppEnv } from '../env';
import { publicBaseUrl } from '../base-url';
import { bindingDonePage, bindingFailedPage } from '../pages/binding-result';
import { BindingRefused, finishTaobaoBinding } from '../services/bindings/taobao-binding';

/** Where Taobao's authorise page sends the person back (`redirect_uri`): a page that says how it went. */
export const bindCallbackRoutes = new Hono<AppEnv>().get('/taobao/callback', async (c) => {
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer'); // the URL carries a one-time code
  try {
    const done = await finishTaobaoBinding(openDb(c.env.DB), c.env, {
      baseUrl: publicBaseUrl(c),
      code: c.req.query('code') ?? null,
      state: c.req.query('state') ?? null,
      error: c.req.query('error') ?? null,
    });
    return c.html(bindingDonePage(done));
  } catch (err) {
    if (err instanceof BindingRefused) return c.html(bindingFailedPage(err.message), 400);
    throw err;
  }
});
