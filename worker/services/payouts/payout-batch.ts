import { formatChinaTime } from '../../../shared/china-time';
import { toCsv } from '../../../shared/csv';
import { BATCH_MAX_LINES, batchFileRows } from '../../../shared/payout-batch-file';
import { randomString } from '../../../shared/random';
import type { PayoutMethod } from '../../../shared/schemas/payout-accounts';
import type { PayoutBatch } from '../../../shared/schemas/payouts';
import type { Bindings, Db } from '../../env';
import { auditEntry } from '../../db/queries/audit';
import { findPayoutAccounts } from '../../db/queries/payout-accounts';
import { listApprovedPayouts } from '../../db/queries/payouts';
import { decidePayout } from './decide-payout';
import { AppError } from '../../errors';
import { openPayoutAccount } from './payout-account';

/**
 * The next bank file: approved payouts, oldest first, up to what one 支付宝 file takes, each with the
 * affiliate's account as saved now (whole: this file is how the operator pays). Payouts to the other
 * method, or with no account saved, are listed as left out, by name. Making the file is audited.
 */
export async function payoutBatch(db: Db, env: Bindings, method: PayoutMethod, now = Date.now()): Promise<PayoutBatch> {
  const approved = await listApprovedPayouts(db, BATCH_MAX_LINES + 1);
  const page = approved.slice(0, BATCH_MAX_LINES);
  const accounts = await findPayoutAccounts(db, [...new Set(page.map((p) => p.affiliateId))]);
  const lines: PayoutBatch['lines'] = [];
  const left: PayoutBatch['left'] = [];
  for (const payout of page) {
    const account = accounts.get(payout.affiliateId);
    if (!account || account.method !== method) {
      left.push({ payoutId: payout.id, affiliateName: payout.affiliateName, amountFen: payout.amountFen, why: account ? 'other-method' : 'no-account' });
      continue;
    }
    const { account: to, realName } = await openPayoutAccount(env, account);
    // 商户流水号 takes 22 characters: the payout id without its prefix is exactly that.
    lines.push({
      payoutId: payout.id,
      serial: payout.id.slice(4),
      account: to,
      realName,
      amountFen: payout.amountFen,
      note: `带货佣金 ${payout.id.slice(-6)}`,
    });
  }
  const stamp = formatChinaTime(now).replace(/\D/g, '').slice(0, 14);
  const batch: PayoutBatch = {
    batchNo: `DH${stamp}${randomString('0123456789', 4)}`,
    method,
    date: stamp.slice(0, 8),
    lines,
    totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0),
    left,
    more: approved.length > BATCH_MAX_LINES,
  };
  await db.batch([auditEntry(db, 'payouts.export', { batchNo: batch.batchNo, method, lines: lines.length, totalFen: batch.totalFen }, now)]);
  return batch;
}

export const payoutBatchCsv = (batch: PayoutBatch) => {
  const [header, ...rows] = batchFileRows(batch.method, batch.batchNo, batch.date, batch.lines);
  return toCsv(header!, rows);
};

/**
 * A batch the bank paid: each listed payout still approved is marked paid with the one reference (each
 * step its own transaction, ledger move and audit line, as one by one); those no longer approved are
 * answered as skipped, with their status, and nothing about them changes.
 */
export async function markBatchPaid(db: Db, payoutIds: readonly string[], reference: string, now = Date.now()) {
  const paid: string[] = [];
  const skipped: Array<{ id: string; reason: string }> = [];
  for (const id of new Set(payoutIds)) {
    try {
      await decidePayout(db, id, { action: 'paid', reference }, now, ['approved']);
      paid.push(id);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      skipped.push({ id, reason: err.code });
    }
  }
  return { paid, skipped };
}
