import { useLoad } from '@@/shared/ui/use-load';
import { formatChinaTime } from '@@/shared/china-time';
import { formatFen } from '@@/shared/money';
import type { PromotionFact, TierStatus } from '@@/shared/schemas';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';

export interface TierActions {
  getTier(): Promise<ApiResult<TierStatus>>;
}

const factText = (lang: Lang, f: PromotionFact, windowDays: number) =>
  t(lang, 'tierFact', { metric: t(lang, `metric_${f.metric}`), days: windowDays, value: formatFen(f.valueFen), threshold: formatFen(f.thresholdFen) });

/** 等级: the affiliate's tier, how far the next one is (own sales first), and why the rules last moved them. */
export function TierView({ lang, actions }: { lang: Lang; actions: TierActions }) {
  const status = useLoad(() => actions.getTier().then((r) => (r.ok ? r.data : null)), []).value;
  if (!status) return null;
  const last = status.changes[0];
  return (
    <section class="dh-tier" data-testid="tier">
      <p>
        {t(lang, 'tierNow')} <strong data-testid="tier-name">{status.tier}</strong>
        {status.locked && <span class="dh-why">{t(lang, 'tierLocked')}</span>}
      </p>
      {status.next && !status.locked && (
        <div class="dh-note">
          {t(lang, 'tierNext', { tier: status.next.tier })}
          <ul>
            {status.next.facts.map((f) => (
              <li key={f.metric} class={f.met ? 'dh-ok' : ''}>
                {f.met ? '✓ ' : ''}
                {factText(lang, f, status.windowDays)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {last && (
        <p class="dh-why" data-testid="tier-change">
          {t(lang, last.direction === 'promoted' ? 'tierPromoted' : 'tierDemoted', { tier: last.toTier, at: formatChinaTime(last.at).slice(0, 10) })}{' '}
          {last.facts.map((f) => factText(lang, f, last.windowDays)).join('；')}
        </p>
      )}
    </section>
  );
}
