import { useState } from 'preact/hooks';
import type { PlatformId } from '@@/shared/platforms';
import type { Earnings, EarningsRange, Summary } from '@@/shared/schemas';
import { useLoad } from '@@/shared/ui/use-load';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';
import { EarningsView } from './EarningsView';
import { errorMessage } from './error-message';
import { OfflineLinks, type OfflineLinksActions } from './OfflineLinks';
import { SummaryView } from './SummaryView';
import { TierView, type TierActions } from './TierView';

export interface EarnActions extends OfflineLinksActions, TierActions {
  getSummary(): Promise<ApiResult<Summary>>;
  getEarnings(range: EarningsRange, ordersLimit?: number): Promise<ApiResult<Earnings>>;
  copy(text: string): Promise<boolean>;
}

const ORDERS_PAGE = 20;

/** 收益: the range's earnings and orders (a page more on demand), links gone offline, recent codes, the tier. */
export function EarnTab({ lang, actions, templates }: { lang: Lang; actions: EarnActions; templates: Partial<Record<PlatformId, string>> }) {
  const [range, setRange] = useState<EarningsRange>('today');
  const [ordersLimit, setOrdersLimit] = useState(ORDERS_PAGE);
  const earnings = useLoad(
    () => (ordersLimit === ORDERS_PAGE ? actions.getEarnings(range) : actions.getEarnings(range, ordersLimit)).then((result) => ({ range, result })),
    [range, ordersLimit],
  ).value;
  const summary = useLoad(() => actions.getSummary(), [], { clear: true });
  return (
    <>
      {earnings?.result.ok === false ? (
        <p role="alert" class="dh-error">
          {errorMessage(lang, earnings.result.error)}
        </p>
      ) : (
        <EarningsView
          lang={lang}
          range={range}
          onRange={(next) => {
            setRange(next);
            setOrdersLimit(ORDERS_PAGE);
          }}
          onMore={() => setOrdersLimit(ordersLimit + ORDERS_PAGE)}
          earnings={earnings?.range === range && earnings.result.ok ? earnings.result.data : null}
        />
      )}
      <OfflineLinks lang={lang} actions={actions} />
      {!summary.value ? (
        <p aria-busy="true">{t(lang, 'loading')}</p>
      ) : !summary.value.ok ? (
        <div role="alert" class="dh-error">
          <p>{errorMessage(lang, summary.value.error)}</p>
          <button type="button" onClick={summary.reload}>
            {t(lang, 'retry')}
          </button>
        </div>
      ) : (
        <SummaryView lang={lang} summary={summary.value.data} copy={actions.copy} templates={templates} />
      )}
      <TierView lang={lang} actions={actions} />
    </>
  );
}
