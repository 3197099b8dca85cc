import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { hc } from 'hono/client';
import { errorEnvelopeSchema } from '../../shared/schemas';
import worker, { type AppType } from '../../worker/index';

export const ADMIN_TOKEN = 'test-admin-token';
export const BASE = 'http://daihuo.test';
/** A friend's ordinary browser, sent unless a test says otherwise (no user agent at all is a bot). */
export const CHROME_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

interface CallOptions {
  token?: string;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  method?: string;
}

/**
 * A request through the Worker's fetch handler inside workerd, against the real (local) D1.
 * Waits for work scheduled with waitUntil too, so a test sees the click the redirect recorded.
 */
export async function call(path: string, { token, json, body, headers = {}, method }: CallOptions = {}) {
  const init: RequestInit = {
    method: method ?? (json !== undefined || body !== undefined ? 'POST' : 'GET'),
    headers: { 'User-Agent': CHROME_UA, ...headers },
    redirect: 'manual',
  };
  if (token) (init.headers as Record<string, string>).Authorization = `Bearer ${token}`;
  if (json !== undefined) {
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (body !== undefined) init.body = body;
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`${BASE}${path}`, init), env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/**
 * The Worker's API typed by its routes (Hono's `hc`), answered in-process like `call`. Successful
 * answers are typed; for refusals (the error envelope) use `callJson`.
 */
export const api = hc<AppType>(BASE, {
  fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
    const ctx = createExecutionContext();
    const res = await worker.fetch(new Request(input, init), env, ctx);
    await waitOnExecutionContext(ctx);
    return res;
  },
});
export const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}`, 'User-Agent': CHROME_UA } });

/** The error envelope of a refused answer, checked against the shared schema (code and message). */
export async function errorOf(res: Response) {
  return errorEnvelopeSchema.parse(await res.json()).error;
}

/** `call`, answering the status and the parsed JSON body. */
export async function callJson(path: string, options: CallOptions = {}) {
  const res = await call(path, options);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** A fresh affiliate made through the admin API; each test builds its own. */
export async function makeAffiliate(name = `Affiliate ${crypto.randomUUID().slice(0, 8)}`) {
  const res = await call('/api/admin/affiliates', { token: ADMIN_TOKEN, json: { name } });
  if (res.status !== 201) throw new Error(`makeAffiliate: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; name: string; apiKey: string };
}

export async function makeCode(apiKey: string, url = `https://item.jd.com/${100000000 + Math.floor(Math.random() * 1e8)}.html`, channel?: string) {
  const res = await call('/api/codes', { token: apiKey, json: { url, ...(channel ? { channel } : {}) } });
  if (res.status !== 201) throw new Error(`makeCode: ${res.status} ${await res.text()}`);
  return (await res.json()) as { code: string; shortUrl: string; password: string; shareText: string };
}

/** Rows in a table, for asserting that a refused request wrote nothing. */
export async function countRows(table: 'affiliates' | 'api_keys' | 'products' | 'share_codes' | 'clicks') {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>();
  return row?.n ?? 0;
}
