import type { Kpis } from '../../../../shared/schemas';
import { yuan } from '../../format';
import type { T } from '../../i18n';

// Beyond this a percentage says nothing: the previous period was next to nothing.
const MAX_CHANGE = 999;

function Delta({ now, before, t }: { now: number; before: number; t: T }) {
  if (before === 0) return <span class="delta muted">{t('noComparison')}</span>;
  const change = Math.round(((now - before) / Math.abs(before)) * 100);
  const capped = Math.abs(change) > MAX_CHANGE;
  return (
    <span class={`delta ${change >= 0 ? 'up' : 'down'}`} title={capped ? t('nearZeroBefore') : t('vsPrevious')}>
      {change >= 0 ? '▲' : '▼'} {capped ? `>${MAX_CHANGE}` : Math.abs(change)}%
    </span>
  );
}

// Cards show a compact figure (¥1.53亿, 12.3万) that always fits; the exact one is the hover title.
const compactNumber = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 });
const compactYuan = (fen: number) => (Math.abs(fen) < 1_000_000 ? yuan(fen) : `¥${compactNumber.format(fen / 100)}`);
const compactCount = (v: number) => (v < 100_000 ? String(v) : compactNumber.format(v));
const exactCount = (n: number) => n.toLocaleString('zh-CN');

const CARDS: Array<[keyof Kpis, Parameters<T>[0], (v: number) => string, (v: number) => string]> = [
  ['clicks', 'clicks', compactCount, exactCount],
  ['uniques', 'uniques', compactCount, exactCount],
  ['orders', 'ordersCount', compactCount, exactCount],
  ['gmvFen', 'gmv', compactYuan, yuan],
  ['estimatedFen', 'estimated', compactYuan, yuan],
  ['settledFen', 'settled', compactYuan, yuan],
  ['conversion', 'conversion', (v) => `${(v * 100).toFixed(2)}%`, (v) => `${(v * 100).toFixed(4)}%`],
];

/** The range's figures, each against the period before it. */
export function KpiCards({ current, previous, t }: { current: Kpis; previous: Kpis; t: T }) {
  return (
    <ul class="kpis">
      {CARDS.map(([key, label, format, exact]) => (
        <li key={key}>
          <span class="kpi-label">{t(label)}</span>
          <strong data-testid={`kpi-${key}`} title={exact(current[key])}>
            {format(current[key])}
          </strong>
          <Delta now={current[key]} before={previous[key]} t={t} />
        </li>
      ))}
    </ul>
  );
}
