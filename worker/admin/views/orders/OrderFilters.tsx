import type { PlatformId } from '../../../../shared/platforms';
import { ORDER_STATUS_WORDS } from '../../../../shared/report-words';
import { ORDER_ATTRIBUTION_FILTERS } from '../../../../shared/schemas/admin';
import { ORDER_STATUSES, type OrderStatus } from '../../../../shared/schemas/orders';
import type { Lang, T } from '../../i18n';
import { DayRangeInputs, ShopSelect } from '../overview/RangeFilters';
import type { AffiliateChoice } from './types';

export interface Filters {
  q: string;
  status: OrderStatus | '';
  from: string;
  to: string;
  platform: PlatformId | '';
  affiliateId: string;
  attribution: (typeof ORDER_ATTRIBUTION_FILTERS)[number] | '';
  onlyOutliers: boolean;
  /** The unattributed queue (cards with a one-click assign) instead of the table. */
  queue: boolean;
}

interface Props {
  filters: Filters;
  set(patch: Partial<Filters>): void;
  affiliates: AffiliateChoice[];
  lang: Lang;
  t: T;
}

export function OrderFilters({ filters, set, affiliates, lang, t }: Props) {
  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()}>
      <input type="search" aria-label={t('search')} placeholder={t('search')} value={filters.q} onInput={(e) => set({ q: e.currentTarget.value })} />
      <DayRangeInputs from={filters.from} to={filters.to} set={set} t={t} />
      <ShopSelect value={filters.platform} set={(platform) => set({ platform })} t={t} />
      <select aria-label={t('anyStatus')} value={filters.status} onChange={(e) => set({ status: e.currentTarget.value as OrderStatus | '' })}>
        <option value="">{t('anyStatus')}</option>
        {ORDER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {ORDER_STATUS_WORDS[s][lang]}
          </option>
        ))}
      </select>
      <select aria-label={t('anyAffiliate')} value={filters.affiliateId} onChange={(e) => set({ affiliateId: e.currentTarget.value })}>
        <option value="">{t('anyAffiliate')}</option>
        {affiliates.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('anyAttribution')}
        value={filters.attribution}
        onChange={(e) => set({ attribution: e.currentTarget.value as Filters['attribution'] })}
      >
        <option value="">{t('anyAttribution')}</option>
        {ORDER_ATTRIBUTION_FILTERS.map((a) => (
          <option key={a} value={a}>
            {t(`attribution_${a}`)}
          </option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={filters.queue} onChange={(e) => set({ queue: e.currentTarget.checked })} /> {t('unattributedOnly')}
      </label>
      <label>
        <input type="checkbox" checked={filters.onlyOutliers} onChange={(e) => set({ onlyOutliers: e.currentTarget.checked })} /> {t('outliersOnly')}
      </label>
    </form>
  );
}
