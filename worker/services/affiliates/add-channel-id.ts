import type { Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { channelIds } from '../../db/schema';
import { attributeOrders } from '../orders/attribute-orders';
import { syncLedger } from '../orders/sync-ledger';
import { auditEntry } from '../audit';

/** Names an affiliate as the owner of a network channel id, then attributes the lines that carry it. */
export async function addChannelId(db: Db, affiliateId: string, network: Network, channelId: string, now = Date.now()) {
  const inserted = await db.insert(channelIds).values({ network, channelId, affiliateId, createdAt: now }).onConflictDoNothing().returning();
  if (inserted.length === 0) throw new AppError('CONFLICT', `${network} ${channelId} already belongs to an affiliate.`);
  await db.batch([auditEntry(db, 'channel.add', { affiliateId, network, channelId }, now)]);
  const attributed = await attributeOrders(db, null, now);
  await syncLedger(db, attributed, now);
  return { affiliateId, network, channelId, attributedOrders: attributed.length };
}
