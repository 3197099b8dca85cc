import type { Beneficiary } from '../../../shared/commission';
import type { Db } from '../../env';
import { findAffiliateTiers, getOverrideDepth, type AffiliateTier } from '../../db/queries/program';

/**
 * Who is owed what on a line earned by each of `affiliateIds`: the affiliate at their tier's rate, then
 * up to the programme's override depth of inviters at their own tier's override rate for that level.
 * Never deeper than 2; a cycle in the invite data never pays anyone twice. Reads each level of the
 * invite chain for all affiliates at once.
 */
export async function beneficiariesOf(db: Db, affiliateIds: readonly string[]): Promise<Map<string, Beneficiary[]>> {
  const ids = [...new Set(affiliateIds)];
  const [depth, known] = await Promise.all([getOverrideDepth(db), findAffiliateTiers(db, ids)]);
  const load = async (wanted: Array<string | null | undefined>) => {
    const missing = [...new Set(wanted.filter((id): id is string => !!id && !known.has(id)))];
    for (const [id, t] of await findAffiliateTiers(db, missing)) known.set(id, t);
  };
  const chainOf = (id: string) => {
    const chain = [id];
    for (let level = 1; level <= depth; level++) {
      const inviterId: string | null | undefined = known.get(chain[chain.length - 1]!)?.inviterId;
      if (!inviterId || chain.includes(inviterId)) break;
      chain.push(inviterId);
    }
    return chain;
  };
  for (let level = 1; level <= depth; level++) await load(ids.flatMap(chainOf));
  const out = new Map<string, Beneficiary[]>();
  for (const id of ids) {
    const own: AffiliateTier | undefined = known.get(id);
    if (!own) throw new Error(`unknown affiliate ${id}`);
    const result: Beneficiary[] = [{ affiliateId: id, role: 'own', rateBp: own.tier.rateBp }];
    chainOf(id)
      .slice(1)
      .forEach((inviter, i) => {
        const tier = known.get(inviter)?.tier;
        const rateBp = !tier ? 0 : i === 0 ? tier.overrideL1Bp : tier.overrideL2Bp;
        if (rateBp > 0) result.push({ affiliateId: inviter, role: i === 0 ? 'override_1' : 'override_2', rateBp });
      });
    out.set(id, result);
  }
  return out;
}
