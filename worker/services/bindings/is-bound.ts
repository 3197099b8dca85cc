import type { Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { findBinding } from '../../db/queries/bindings';
import { listChannelIdsOf } from '../../db/queries/channel-ids';

/**
 * Whether orders at this network can name the affiliate: Taobao once they own a relation or special id
 * (渠道 / 会员备案), PDD once the network said their uid is bound (kept by GET /api/me/bindings); null for
 * JD, where the share code itself is the subUnionId and nothing needs binding. Read from what is stored —
 * minting never waits on an extra network call for it.
 */
export async function isBoundAt(db: Db, affiliateId: string, network: Network): Promise<boolean | null> {
  if (network === 'jd') return null;
  if (network === 'pdd') return (await findBinding(db, affiliateId, 'pdd')) !== null;
  if (await findBinding(db, affiliateId, 'taobao')) return true;
  return (await listChannelIdsOf(db, affiliateId, 'taobao')).some((id) => id.startsWith('relation:') || id.startsWith('special:'));
}
