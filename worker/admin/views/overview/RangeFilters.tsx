import { PLATFORM_IDS, type PlatformId } from '../../../../shared/platforms/types';
import type { T } from '../../i18n';

export interface Range {
  from: string;
  to: string;
  platform: PlatformId | '';
}

export function RangeFilters({ range, set, t }: { range: Range; set(patch: Partial<Range>): void; t: T }) {
  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('from')} <input type="date" value={range.from} max={range.to} onChange={(e) => set({ from: e.currentTarget.value })} />
      </label>
      <label>
        {t('to')} <input type="date" value={range.to} min={range.from} onChange={(e) => set({ to: e.currentTarget.value })} />
      </label>
      <select aria-label={t('allPlatforms')} value={range.platform} onChange={(e) => set({ platform: e.currentTarget.value as PlatformId | '' })}>
        <option value="">{t('allPlatforms')}</option>
        {PLATFORM_IDS.map((p) => (
          <option key={p} value={p}>
            {t(`platform_${p}`)}
          </option>
        ))}
      </select>
    </form>
  );
}
