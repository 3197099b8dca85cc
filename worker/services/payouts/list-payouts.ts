import { toCsv } from '../../../shared/csv';
import { formatChinaTime } from '../../../shared/china-time';
import { fenToYuan } from '../../../shared/money';
import type { Payout, PayoutStatus } from '../../../shared/schemas/payouts';
import type { Db } from '../../env';
import { listPayouts } from '../../db/queries/payouts';

export async function listAllPayouts(
  db: Db,
  filter: { status?: PayoutStatus | undefined; affiliateId?: string | undefined },
  limit: number,
  offset: number,
): Promise<{ payouts: Payout[]; total: number }> {
  const { rows, total } = await listPayouts(db, filter, limit, offset);
  return { payouts: rows, total };
}

const chinaTime = (ms: number | null) => (ms === null ? '' : formatChinaTime(ms));

/** Payouts as CSV for the bank run / bookkeeping; times in China time. */
export function payoutsCsv(payouts: readonly Payout[]): string {
  return toCsv(
    ['payout_id', 'affiliate_id', 'affiliate_name', 'amount_yuan', 'status', 'requested_china', 'decided_china', 'paid_china', 'reference', 'reason'],
    payouts.map((p) => [
      p.id,
      p.affiliateId,
      p.affiliateName ?? '',
      fenToYuan(p.amountFen),
      p.status,
      chinaTime(p.requestedAt),
      chinaTime(p.decidedAt),
      chinaTime(p.paidAt),
      p.reference,
      p.reason,
    ]),
  );
}

/** One affiliate's own payouts, newest first. */
export const listOwnPayouts = (db: Db, affiliateId: string, limit: number, offset: number) => listAllPayouts(db, { affiliateId }, limit, offset);
