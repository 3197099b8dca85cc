import { PAYOUT_STATUS_WORDS } from '../../../shared/report-words';
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

const PAYOUT_HEADERS = {
  zh: ['提现编号', '推客编号', '推客', '金额（元）', '状态', '申请时间', '审核时间', '打款时间', '转账流水号', '拒绝原因'],
  en: ['payout_id', 'affiliate_id', 'affiliate_name', 'amount_yuan', 'status', 'requested_china', 'decided_china', 'paid_china', 'reference', 'reason'],
} as const;

/** Payouts as CSV for bookkeeping, headed and worded in the reader's language (in English the status code); times in China time. */
export function payoutsCsv(payouts: readonly Payout[], lang: 'zh' | 'en'): string {
  return toCsv(
    PAYOUT_HEADERS[lang],
    payouts.map((p) => [
      p.id,
      p.affiliateId,
      p.affiliateName ?? '',
      fenToYuan(p.amountFen),
      lang === 'zh' ? PAYOUT_STATUS_WORDS[p.status].zh : p.status,
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
