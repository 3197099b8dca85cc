import { useState } from 'preact/hooks';
import { PAYOUT_METHODS, type PayoutMethod } from '../../../../shared/schemas/payout-accounts';
import { yuan } from '../../format';
import type { T } from '../../i18n';
import { downloadBatch } from './batch-download';
import { usePayoutBatch } from './use-payout-batch';

/** 批量付款: the approved payouts as the bank's file (CSV or Excel), and the whole batch marked paid with one reference. */
export function PayoutBatchPanel({ t, onPaid }: { t: T; onPaid(): void }) {
  const [method, setMethod] = useState<PayoutMethod>('alipay');
  const [reference, setReference] = useState('');
  const { batch, progress, result, prepare, markPaid } = usePayoutBatch(onPaid);
  return (
    <section class="card" data-testid="payout-batch">
      <h2>{t('batchTitle')}</h2>
      <div class="filters">
        <select aria-label={t('batchMethod')} value={method} onChange={(e) => setMethod(e.currentTarget.value as PayoutMethod)}>
          {PAYOUT_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`method_${m}`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void prepare(method)}>
          {t('batchPrepare')}
        </button>
      </div>
      {batch && (
        <>
          <p data-testid="batch-summary">{t('batchSummary', { n: batch.lines.length, total: yuan(batch.totalFen), batchNo: batch.batchNo })}</p>
          {batch.left.length > 0 && (
            <p class="notice" data-testid="batch-left">
              {t('batchLeft', { n: batch.left.length })}{' '}
              {batch.left.map((l) => `${l.affiliateName}（${t(l.why === 'no-account' ? 'batchNoAccount' : 'batchOtherMethod')}）`).join('、')}
            </p>
          )}
          {batch.more && <p class="muted">{t('batchMore')}</p>}
          {batch.lines.length > 0 && (
            <div class="filters">
              <button type="button" onClick={() => downloadBatch(batch, 'xlsx')}>
                ⬇ Excel
              </button>
              <button type="button" onClick={() => downloadBatch(batch, 'csv')}>
                ⬇ CSV
              </button>
              <input aria-label={t('paidReference')} placeholder={t('paidReference')} value={reference} onInput={(e) => setReference(e.currentTarget.value)} />
              <button type="button" class="primary" disabled={!reference.trim() || progress !== null} onClick={() => void markPaid(reference.trim())}>
                {t('batchMarkPaid')}
              </button>
            </div>
          )}
        </>
      )}
      {progress && (
        <p role="status">
          {t('batchMarking', { done: progress.done, total: progress.total })} <progress max={progress.total} value={progress.done} />
        </p>
      )}
      {result && (
        <p role={'error' in result ? 'alert' : 'status'} class={'error' in result ? 'error' : 'notice'} data-testid="batch-result">
          {'error' in result ? result.error : t('batchPaid', result)}
        </p>
      )}
    </section>
  );
}
