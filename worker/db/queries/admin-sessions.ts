import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../env';
import { adminSessions, signInAttempts } from '../schema';

export async function insertSession(db: Db, id: string, expiresAt: number, now: number): Promise<void> {
  await db.insert(adminSessions).values({ id, expiresAt, createdAt: now });
}

/** True while the session exists, has not expired and was not signed out. */
export async function isSessionLive(db: Db, id: string, now: number): Promise<boolean> {
  const [row] = await db
    .select({ id: adminSessions.id })
    .from(adminSessions)
    .where(and(eq(adminSessions.id, id), isNull(adminSessions.revokedAt), gt(adminSessions.expiresAt, now)));
  return row !== undefined;
}

export async function revokeSession(db: Db, id: string, now: number): Promise<void> {
  await db.update(adminSessions).set({ revokedAt: now }).where(eq(adminSessions.id, id));
}

export async function deleteSessionsExpiredBefore(db: Db, before: number): Promise<void> {
  await db.delete(adminSessions).where(lt(adminSessions.expiresAt, before));
}

/** Reserves a sign-in attempt for the address while it has fewer than `max` since `since`; answers whether it did. */
export async function reserveSignInAttempt(
  db: Db,
  attempt: { id: string; addressHash: string },
  limit: { since: number; max: number },
  now: number,
): Promise<boolean> {
  const result = await db.$client
    .prepare(
      `INSERT INTO sign_in_attempts (id, address_hash, at) SELECT ?1, ?2, ?3
      WHERE (SELECT count(*) FROM sign_in_attempts WHERE address_hash = ?2 AND at >= ?4) < ?5`,
    )
    .bind(attempt.id, attempt.addressHash, now, limit.since, limit.max)
    .run();
  return result.meta.changes > 0;
}

/** A sign-in that succeeded does not count against its address. */
export async function releaseSignInAttempt(db: Db, id: string): Promise<void> {
  await db.delete(signInAttempts).where(eq(signInAttempts.id, id));
}

export async function deleteSignInAttemptsBefore(db: Db, before: number): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, before));
}
