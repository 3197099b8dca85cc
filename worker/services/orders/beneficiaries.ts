import type { Beneficiary } from '../../../shared/commission';
import type { Db } from '../../env';
import { findAffiliateTiers, getOverrideDepth } from '../../db/queries/program';

/**
 * Who is owed what on a line earned by `affiliateId`: the affiliate at their tier's rate, then up to
 * `overrideDepth` inviters at their own tier's override rate for that level. Never deeper than 2.
 */
export async function beneficiariesFor(db: Db, affiliateId: string): Promise<Beneficiary[]> {
  const depth = await getOverrideDepth(db);
  const chain: string[] = [affiliateId];
  const tiers = await findAffiliateTiers(db, [affiliateId]);
  for (let level = 1; level <= depth; level++) {
    const inviterId = tiers.get(chain[chain.length - 1]!)?.inviterId;
    if (!inviterId || chain.includes(inviterId)) break; // a cycle in the invite data must not pay twice
    chain.push(inviterId);
    for (const [id, t] of await findAffiliateTiers(db, [inviterId])) tiers.set(id, t);
  }
  const own = tiers.get(affiliateId);
  if (!own) throw new Error(`unknown affiliate ${affiliateId}`);
  const result: Beneficiary[] = [{ affiliateId, role: 'own', rateBp: own.tier.rateBp }];
  chain.slice(1).forEach((id, i) => {
    const tier = tiers.get(id)?.tier;
    if (!tier) return;
    const rateBp = i === 0 ? tier.overrideL1Bp : tier.overrideL2Bp;
    if (rateBp > 0) result.push({ affiliateId: id, role: i === 0 ? 'override_1' : 'override_2', rateBp });
  });
  return result;
}
