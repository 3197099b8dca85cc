import { timingSafeEqual } from 'hono/utils/buffer';
import { hmacSha256Hex } from '../crypto';

/** Admin sessions last a working day; rotating ADMIN_TOKEN ends every session at once. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'dh_admin';

// The key is derived from the admin token with a purpose prefix, so a session MAC is never a valid
// signature for anything else keyed by the same token.
const sign = (secret: string, message: string) => hmacSha256Hex(`admin-session|${secret}`, message);

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
