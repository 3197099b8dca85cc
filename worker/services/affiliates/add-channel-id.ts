import type { Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { findAffiliate } from '../../db/queries/affiliates';
import { insertChannelId } from '../../db/queries/channel-ids';
import { attributeForChannel } from '../orders/attribute-orders';
import { bookLedger } from '../orders/book-ledger';

/** Names an affiliate as the owner of a network channel id, then attributes the waiting lines that carry it. */
export async function addChannelId(db: Db, affiliateId: string, network: Network, channelId: string, now = Date.now()) {
  if (!(await findAffiliate(db, affiliateId))) throw new AppError('NOT_FOUND', `No affiliate ${affiliateId}.`);
  if (!(await insertChannelId(db, { network, channelId, affiliateId }, now)))
    throw new AppError('CONFLICT', `${network} ${channelId} already belongs to an affiliate.`);
  const attributed = await attributeForChannel(db, network, channelId, now);
  await bookLedger(db, attributed, { now });
  return { affiliateId, network, channelId, attributedOrders: attributed.length };
}
