import { useState } from 'preact/hooks';
import { PAYOUT_STATUSES, payoutListSchema, type PayoutStatus } from '../../../../shared/schemas/payouts';
import { PAYOUT_STATUS_WORDS } from '../../../../shared/report-words';
import { useLoad } from '../../../../shared/ui/use-load';
import { client, okAs } from '../../client';
import type { ViewProps } from '../../i18n';
import { MonthSummary } from './MonthSummary';
import { PayoutBatchPanel } from './PayoutBatchPanel';
import { PayoutSettings } from './PayoutSettings';
import { PAGE, PayoutTable } from './PayoutTable';

/** 提现: the requests, a page at a time, each step one click; the rules; the month's books. */
export function Payouts({ t, lang }: ViewProps) {
  const [status, setStatus] = useState<PayoutStatus | ''>('requested');
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const list = useLoad(
    () => okAs(client.api.admin.payouts.$get({ query: { ...(status ? { status } : {}), limit: String(PAGE), offset: String(offset) } }), payoutListSchema),
    [status, offset],
  );
  const [version, setVersion] = useState(0);
  const done = (message: string | null) => {
    setError(message);
    list.reload();
    setVersion((v) => v + 1);
  };

  return (
    <div>
      <PayoutSettings t={t} />
      <PayoutBatchPanel t={t} onPaid={() => done(null)} />
      <div class="row">
        <label>
          {t('statusFilter')}{' '}
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value as PayoutStatus | '');
              setOffset(0);
            }}
          >
            <option value="">{t('allStatuses')}</option>
            {PAYOUT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PAYOUT_STATUS_WORDS[s][lang]}
              </option>
            ))}
          </select>
        </label>
        <a class="button" href={`/api/admin/payouts?${status ? `status=${status}&` : ''}format=csv&lang=${lang}`} download>
          {t('exportCsv')}
        </a>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!list.value ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : list.value.payouts.length === 0 ? (
        <p class="empty">{t('noPayouts')}</p>
      ) : (
        <PayoutTable list={list.value} offset={offset} setOffset={setOffset} lang={lang} t={t} onDone={done} />
      )}
      <MonthSummary t={t} lang={lang} version={version} />
    </div>
  );
}
