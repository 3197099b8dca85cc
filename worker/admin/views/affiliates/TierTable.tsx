import type { T } from '../../i18n';
import { TierRow } from './TierRow';
import { depthOf, type Depth, type TierSettings } from './types';
import { THRESHOLDS } from './use-tier-form';

interface Props {
  settings: TierSettings | null;
  t: T;
  reload(): void;
  setDepth(depth: Depth): void;
}

/** The tiers with their rates and promotion thresholds, and how many levels of referral overrides are paid. */
export function TierTable({ settings, t, reload, setDepth }: Props) {
  if (!settings) return null;
  return (
    <>
      <h2>{t('tiers')}</h2>
      <label class="filters">
        {t('overrideDepth')}
        <select value={settings.overrideDepth} onChange={(e) => setDepth(depthOf(e.currentTarget.value))}>
          {[0, 1, 2].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <span class="muted">{t('overrideDepthHint')}</span>
      </label>
      <p class="muted" data-testid="promotion-hint">
        {t('promotionHint', { days: settings.promotionWindowDays })}
      </p>
      <div class="scroll">
        <table data-testid="tiers">
          <thead>
            <tr>
              <th class="sticky">{t('tier')}</th>
              <th>{t('rate')} %</th>
              <th>{t('overrideL1')} %</th>
              <th>{t('overrideL2')} %</th>
              {THRESHOLDS.map((key) => (
                <th key={key}>{t(key)} ¥</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {settings.tiers.map((tier) => (
              <TierRow key={tier.id} tier={tier} t={t} onSaved={reload} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
