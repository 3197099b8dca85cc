import { newId } from '../../../shared/ids';
import type { Db } from '../../env';
import { auditLog } from '../schema';

/** An audit-log insert, to run in the same batch as the change it records. */
export function auditEntry(db: Db, action: string, detail: Record<string, unknown>, now = Date.now(), actor: 'admin' | 'affiliate' = 'admin') {
  return db.insert(auditLog).values({ id: newId('aud', now), at: now, actor, action, detail });
}
