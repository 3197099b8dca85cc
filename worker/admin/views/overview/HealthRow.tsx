import { NETWORK_NAMES } from '../../../../shared/platforms/types';
import type { NeedsYou } from '../../../../shared/schemas';
import type { Lang, T } from '../../i18n';

/** How the programme runs, each number opening its list: links the networks withdrew, calls today, affiliates not yet bound. */
export function HealthRow({ health, lang, t }: { health: NeedsYou['health']; lang: Lang; t: T }) {
  return (
    <ul class="kpis needs-you" data-testid="health">
      <li class={health.offlineLinks > 0 ? 'attention' : ''} title={t('defOfflineLinks')}>
        <span class="kpi-label">{t('healthOffline')}</span>
        <strong class="count" data-testid="health-offline">
          {health.offlineLinks}
        </strong>
        <span class="delta">{t('healthRenewed', { n: health.renewedToday })}</span>
      </li>
      <li title={t('defQuota')}>
        <span class="kpi-label">{t('healthQuota')}</span>
        <a href="#/networks" data-testid="health-quota">
          {health.quota.map((q) => (
            <span key={q.network} class="delta">
              {NETWORK_NAMES[q.network][lang]} {q.used.toLocaleString('zh-CN')} / {q.budget.toLocaleString('zh-CN')}
            </span>
          ))}
        </a>
      </li>
      <li class={health.unboundAffiliates > 0 ? 'attention' : ''} title={t('defUnbound')}>
        <span class="kpi-label">{t('healthUnbound')}</span>
        <a href="#/affiliates?unbound" data-testid="health-unbound">
          <strong class="count">{health.unboundAffiliates}</strong>
        </a>
      </li>
    </ul>
  );
}
