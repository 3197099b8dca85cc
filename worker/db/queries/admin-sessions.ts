import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../env';
import { adminSessions } from '../schema';

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
