import type { Db } from '../../env';
import { findAffiliateNames } from '../../db/queries/affiliates';
import { listContestedOrders } from '../../db/queries/orders';

/**
 * Lines whose click time more than one affiliate's clicks (or only a flood) stood around: booked to no one
 * until the admin decides (PUT /api/admin/orders/:id/attribution), each with the candidates' evidence.
 */
export async function listContested(db: Db, limit: number, offset: number) {
  const rows = await listContestedOrders(db, limit, offset);
  const lines = rows.map(({ contest, ...line }) => ({ ...line, candidates: contest ?? [] }));
  const names = await findAffiliateNames(
    db,
    lines.flatMap((l) => l.candidates.map((c) => c.affiliateId)),
  );
  return lines.map((l) => ({ ...l, candidates: l.candidates.map((c) => ({ ...c, affiliateName: names.get(c.affiliateId) ?? c.affiliateId })) }));
}
