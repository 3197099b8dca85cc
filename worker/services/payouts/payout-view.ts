import type { Payout } from '../../../shared/schemas/payouts';
import type { PayoutListRow } from '../../db/queries/payouts';

export function toPayout(row: PayoutListRow): Payout {
  return {
    id: row.id,
    affiliateId: row.affiliateId,
    affiliateName: row.affiliateName,
    amountFen: row.amountFen,
    status: row.status,
    reason: row.reason,
    reference: row.reference,
    requestedAt: row.requestedAt,
    decidedAt: row.decidedAt,
    paidAt: row.paidAt,
  };
}
