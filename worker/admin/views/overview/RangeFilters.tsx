import { PLATFORM_IDS, type PlatformId } from '../../../../shared/platforms/types';
import type { T } from '../../i18n';

export interface Range {
  from: string;
  to: string;
  platform: PlatformId | '';
}

/** From and to (China dates, inclusive), each bounded by the other; empty means open. */
export function DayRangeInputs({ from, to, set, t }: { from: string; to: string; set(patch: { from?: string; to?: string }): void; t: T }) {
  return (
    <>
      <label>
        {t('from')} <input type="date" value={from} max={to || undefined} onChange={(e) => set({ from: e.currentTarget.value })} />
      </label>
      <label>
        {t('to')} <input type="date" value={to} min={from || undefined} onChange={(e) => set({ to: e.currentTarget.value })} />
      </label>
    </>
  );
}

/** Every shop, or one (names in the chosen language). */
export function ShopSelect({ value, set, t }: { value: PlatformId | ''; set(platform: PlatformId | ''): void; t: T }) {
  return (
    <select aria-label={t('allPlatforms')} value={value} onChange={(e) => set(e.currentTarget.value as PlatformId | '')}>
      <option value="">{t('allPlatforms')}</option>
      {PLATFORM_IDS.map((p) => (
        <option key={p} value={p}>
          {t(`platform_${p}`)}
        </option>
      ))}
    </select>
  );
}

export function RangeFilters({ range, set, t }: { range: Range; set(patch: Partial<Range>): void; t: T }) {
  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()}>
      <DayRangeInputs from={range.from} to={range.to} set={set} t={t} />
      <ShopSelect value={range.platform} set={(platform) => set({ platform })} t={t} />
    </form>
  );
}
