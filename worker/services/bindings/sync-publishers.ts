import type { Bindings, Db } from '../../env';
import { AppError } from '../../errors';
import { findAffiliate } from '../../db/queries/affiliates';
import { saveBinding } from '../../db/queries/bindings';
import { findChannelOwner } from '../../db/queries/channel-ids';
import { listPublishers } from '../../networks/taobao/publishers';
import { addChannelId } from '../affiliates/add-channel-id';
import { loadConnection } from '../networks/connections';
import { toAppError } from '../networks/network-errors';

const PAGE = 100;
/** Pages read in one call: 5,000 registrations; the rest on the next call. */
const MAX_PAGES = 50;

/**
 * Imports 渠道 registrations made outside Daihuo (`taobao.tbk.sc.publisher.info.get` under the operator's
 * session): a registration whose note is an affiliate's id names that affiliate; its relation id becomes
 * their channel id (waiting lines carrying it are attributed at once). Others are counted, not guessed.
 */
export async function syncPublishers(db: Db, env: Bindings, now = Date.now()) {
  const connection = await loadConnection(db, env, 'taobao');
  if (!connection) throw new AppError('CONFLICT', 'taobao is not connected: save its credentials first.');
  if (!connection.credentials.session) throw new AppError('CONFLICT', 'The taobao connection needs the operator’s session to read 渠道 registrations.');
  const result = { total: 0, read: 0, imported: 0, alreadyKnown: 0, unmatched: 0, attributedOrders: 0 };
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { publishers, total } = await listPublishers(connection.url, connection.credentials, page, PAGE).catch((err: unknown) => {
      throw toAppError(err);
    });
    result.total = total;
    for (const p of publishers) {
      result.read++;
      const channelId = `relation:${p.relationId}`;
      const owner = await findChannelOwner(db, 'taobao', channelId);
      const affiliate = /^aff_[\w-]{1,60}$/.test(p.note) ? await findAffiliate(db, p.note) : null;
      if (owner) result.alreadyKnown++;
      else if (!affiliate) result.unmatched++;
      else {
        result.attributedOrders += (await addChannelId(db, affiliate.id, 'taobao', channelId, now)).attributedOrders;
        await saveBinding(db, { affiliateId: affiliate.id, network: 'taobao', externalId: p.relationId, accountName: p.accountName || null }, now);
        result.imported++;
      }
    }
    if (publishers.length < PAGE || page * PAGE >= total) break;
  }
  return result;
}
