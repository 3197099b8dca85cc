import { timingSafeEqual } from 'hono/utils/buffer';

/** Admin sessions last a working day; rotating ADMIN_TOKEN ends every session at once. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'dh_admin';

async function sign(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(`admin-session|${secret}`), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(message));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A stateless session value: expiry and an HMAC over it keyed by the admin token. */
export async function issueSession(secret: string, now = Date.now()): Promise<string> {
  const expires = now + SESSION_TTL_MS;
  return `${expires}.${await sign(secret, String(expires))}`;
}

export async function isValidSession(secret: string | undefined, value: string | undefined, now = Date.now()): Promise<boolean> {
  if (!secret || !value) return false;
  const [expires, signature] = value.split('.');
  if (!expires || !signature || !/^\d{13}$/.test(expires) || Number(expires) <= now) return false;
  return timingSafeEqual(signature, await sign(secret, expires));
}
