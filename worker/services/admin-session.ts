import { timingSafeEqual } from 'hono/utils/buffer';
import { randomString } from '../../shared/random';
import type { Db } from '../env';
import { hmacSha256Hex, sha256Hex } from '../crypto';
import { AppError } from '../errors';
import {
  deleteSessionsExpiredBefore,
  deleteSignInAttemptsBefore,
  insertSession,
  isSessionLive,
  releaseSignInAttempt,
  reserveSignInAttempt,
  revokeSession,
} from '../db/queries/admin-sessions';

/** Admin sessions last a working day; rotating ADMIN_TOKEN ends every session at once, signing out ends one. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'dh_admin';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

// The key is derived from the admin token with a purpose prefix, so a session MAC is never a valid
// signature for anything else keyed by the same token.
const sign = (secret: string, message: string) => hmacSha256Hex(`admin-session|${secret}`, message);

/** A new session: a stored row (so it can be revoked) and a cookie value `id.expires.mac`. */
export async function issueSession(db: Db, secret: string, now = Date.now()): Promise<string> {
  const id = randomString(ID_ALPHABET, 24);
  const expires = now + SESSION_TTL_MS;
  await insertSession(db, id, expires, now);
  return `${id}.${expires}.${await sign(secret, `${id}.${expires}`)}`;
}

/** The session id of a well-formed, correctly signed, unexpired cookie value (not yet checked against the store). */
async function signedSessionId(secret: string, value: string, now: number): Promise<string | null> {
  const [id, expires, signature] = value.split('.');
  if (!id || !expires || !signature || !/^[a-z0-9]{24}$/.test(id) || !/^\d{13}$/.test(expires) || Number(expires) <= now) return null;
  return (await timingSafeEqual(signature, await sign(secret, `${id}.${expires}`))) ? id : null;
}

export async function isValidSession(db: Db, secret: string | undefined, value: string | undefined, now = Date.now()): Promise<boolean> {
  if (!secret || !value) return false;
  const id = await signedSessionId(secret, value, now);
  return id !== null && (await isSessionLive(db, id, now));
}

/** Signing out: the session stops working everywhere, even if its cookie was copied. */
export async function endSession(db: Db, secret: string | undefined, value: string | undefined, now = Date.now()): Promise<void> {
  if (!secret || !value) return;
  const id = await signedSessionId(secret, value, now);
  if (id) await revokeSession(db, id, now);
}

/** Failed sign-ins one address may make a minute. */
export const SIGN_INS_PER_MINUTE = 10;
const MINUTE_MS = 60_000;

/**
 * Signs in with the admin token: a new session cookie value, or UNAUTHORIZED. From an address that failed
 * SIGN_INS_PER_MINUTE times in the last minute, RATE_LIMITED before the token is even compared — however
 * many attempts arrive at once. A sign-in that succeeds is not counted, so signing in often never locks
 * the admin out. `address` is the client's IP (null where there is none to count, as in local tools).
 */
export async function signIn(
  db: Db,
  secrets: { adminToken: string | undefined; salt: string },
  address: string | null,
  token: string,
  now = Date.now(),
): Promise<string> {
  const attempt = address ? { id: randomString(ID_ALPHABET, 24), addressHash: await sha256Hex(`sign-in|${secrets.salt}|${address}`) } : null;
  if (attempt && !(await reserveSignInAttempt(db, attempt, { since: now - MINUTE_MS, max: SIGN_INS_PER_MINUTE }, now)))
    throw new AppError('RATE_LIMITED', 'Too many failed sign-ins from this address; wait a minute and try again.');
  if (!secrets.adminToken || !(await timingSafeEqual(token, secrets.adminToken))) throw new AppError('UNAUTHORIZED', 'That is not the admin token.');
  if (attempt) await releaseSignInAttempt(db, attempt.id);
  return issueSession(db, secrets.adminToken, now);
}

/** Expired and signed-out sessions older than a day go, and sign-in attempts older than an hour (run by the cron). */
export async function pruneSessions(db: Db, now = Date.now()): Promise<void> {
  await deleteSessionsExpiredBefore(db, now - 24 * 60 * 60 * 1000);
  await deleteSignInAttemptsBefore(db, now - 60 * MINUTE_MS);
}
