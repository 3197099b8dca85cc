import type { T } from '../../i18n';
import { THRESHOLDS, useTierForm } from './use-tier-form';
import type { Tier } from './types';

/** One editable tier; its save button comes first so it stays in view on narrow screens. */
export function TierRow({ tier, t, onSaved }: { tier: Tier; t: T; onSaved(): void }) {
  const { form, edit, save, error, saved } = useTierForm(tier, onSaved);
  const percent = (key: 'rate' | 'l1' | 'l2', label: string) => (
    <td>
      <input
        type="number"
        min={0}
        max={100}
        step={0.01}
        aria-label={`${tier.name} ${label}`}
        value={form[key]}
        onInput={(e) => edit({ [key]: Number(e.currentTarget.value) })}
      />
    </td>
  );
  return (
    <tr>
      <td class="sticky">
        <input aria-label={`${tier.name} ${t('name')}`} value={form.name} maxLength={40} onInput={(e) => edit({ name: e.currentTarget.value })} />
        <button type="button" onClick={save}>
          {t('save')}
        </button>
        {error && (
          <span role="alert" class="error">
            {' '}
            {error}
          </span>
        )}
        {saved && (
          <span role="status" class="muted">
            {' '}
            {t('saved')}
          </span>
        )}
      </td>
      {percent('rate', t('rate'))}
      {percent('l1', t('overrideL1'))}
      {percent('l2', t('overrideL2'))}
      {THRESHOLDS.map((key) => (
        <td key={key}>
          <input
            inputMode="decimal"
            size={8}
            aria-label={`${tier.name} ${t(key)}`}
            placeholder="—"
            value={form[key]}
            onInput={(e) => edit({ [key]: e.currentTarget.value })}
          />
        </td>
      ))}
    </tr>
  );
}
