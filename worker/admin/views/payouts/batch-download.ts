import { toCsv } from '../../../../shared/csv';
import { batchFileRows } from '../../../../shared/payout-batch-file';
import type { PayoutBatch } from '../../../../shared/schemas/payouts';
import { writeXlsx } from '../../../../shared/reports/write-xlsx';

/** Saves the batch as the bank's file — CSV or .xlsx, the same rows and batch number either way. */
export function downloadBatch(batch: PayoutBatch, format: 'csv' | 'xlsx'): void {
  const rows = batchFileRows(batch.method, batch.batchNo, batch.date, batch.lines);
  const blob =
    format === 'csv'
      ? new Blob([toCsv(rows[0]!, rows.slice(1))], { type: 'text/csv;charset=utf-8' })
      : new Blob([writeXlsx(rows, batch.method === 'alipay' ? '支付宝批量付款' : '微信打款')], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `daihuo-${batch.method}-${batch.batchNo}.${format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
