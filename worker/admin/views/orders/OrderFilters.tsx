import { ORDER_STATUSES, type OrderStatus } from '../../../../shared/schemas/orders';
import type { T } from '../../i18n';

export interface Filters {
  q: string;
  status: OrderStatus | '';
  onlyUnattributed: boolean;
  onlyOutliers: boolean;
}

export function OrderFilters({ filters, set, t }: { filters: Filters; set(patch: Partial<Filters>): void; t: T }) {
  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()}>
      <input type="search" aria-label={t('search')} placeholder={t('search')} value={filters.q} onInput={(e) => set({ q: e.currentTarget.value })} />
      <select aria-label={t('anyStatus')} value={filters.status} onChange={(e) => set({ status: e.currentTarget.value as OrderStatus | '' })}>
        <option value="">{t('anyStatus')}</option>
        {ORDER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`orderStatus_${s}`)}
          </option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={filters.onlyUnattributed} onChange={(e) => set({ onlyUnattributed: e.currentTarget.checked })} />{' '}
        {t('unattributedOnly')}
      </label>
      <label>
        <input type="checkbox" checked={filters.onlyOutliers} onChange={(e) => set({ onlyOutliers: e.currentTarget.checked })} /> {t('outliersOnly')}
      </label>
    </form>
  );
}
