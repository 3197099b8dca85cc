import { needsYouSchema } from '../../../../shared/schemas';
import { useLoad } from '../../../../shared/ui/use-load';
import { client, okAs } from '../../client';
import { yuan } from '../../format';
import type { Lang, T } from '../../i18n';
import { HealthRow } from './HealthRow';
import { OfflineLinks } from './OfflineLinks';

/**
 * What waits on the operator, first: unattributed and contested lines (one click to the queue), payouts
 * to approve, what is owed to affiliates, and the range's margin. Each figure says on hover what it counts.
 */
export function NeedsYou({ from, to, lang, t }: { from: string; to: string; lang: Lang; t: T }) {
  const data = useLoad(() => okAs(client.api.admin.reports['needs-you'].$get({ query: { from, to } }), needsYouSchema), [from, to]).value;
  if (!data) return null;
  const { unattributed, contested, payoutsWaiting, owed, margin } = data;
  return (
    <>
      <ul class="kpis needs-you" data-testid="needs-you">
        <li class={unattributed.lines > 0 ? 'attention' : ''} title={t('defUnattributed')}>
          <span class="kpi-label">{t('needsUnattributed')}</span>
          <a href="#/orders?waiting" data-testid="needs-unattributed">
            <strong class="count">{unattributed.lines}</strong> · {yuan(unattributed.commissionFen)}
          </a>
          {contested.lines > 0 && (
            <span class="delta" data-testid="needs-contested">
              {t('needsContested', { n: contested.lines, fen: yuan(contested.commissionFen) })}
            </span>
          )}
        </li>
        <li class={payoutsWaiting.count > 0 ? 'attention' : ''} title={t('defPayoutsWaiting')}>
          <span class="kpi-label">{t('needsPayouts')}</span>
          <a href="#/payouts" data-testid="needs-payouts">
            <strong class="count">{payoutsWaiting.count}</strong> · {yuan(payoutsWaiting.amountFen)}
          </a>
        </li>
        <li title={t('defOwed')}>
          <span class="kpi-label">{t('needsOwed')}</span>
          <strong data-testid="needs-owed">{yuan(owed.availableFen + owed.requestedFen + owed.pendingFen)}</strong>
          <span class="delta">
            {t('needsOwedSplit', { available: yuan(owed.availableFen), requested: yuan(owed.requestedFen), pending: yuan(owed.pendingFen) })}
          </span>
        </li>
        <li title={t('defMargin')}>
          <span class="kpi-label">{t('needsMargin')}</span>
          <strong data-testid="needs-margin">{yuan(margin.marginFen)}</strong>
          <span class="delta">
            {t('needsMarginSplit', { commission: yuan(margin.commissionFen), own: yuan(margin.affiliatesFen), overrides: yuan(margin.overridesFen) })}
          </span>
        </li>
      </ul>
      <HealthRow health={data.health} lang={lang} t={t} />
      <OfflineLinks count={data.health.offlineLinks} t={t} />
    </>
  );
}
