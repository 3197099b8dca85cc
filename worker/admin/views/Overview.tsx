import { useState } from 'preact/hooks';
import type { BreakdownDimension, BreakdownRow, BreakdownSort, Kpis, Overview as OverviewData } from '../../../shared/schemas';
import { BREAKDOWN_DIMENSIONS, BREAKDOWN_EXPORT_ROWS, BREAKDOWN_SORTS, BREAKDOWN_PAGE_ROWS, breakdownSchema } from '../../../shared/schemas/reports';
import { PLATFORM_IDS, type PlatformId } from '../../../shared/platforms/types';
import { yuan } from '../format';
import { client, ok, okAs } from '../client';
import { Chart } from '../Chart';
import { AttributionShares } from './AttributionShares';
import { useLoad } from '../../../shared/ui/use-load';
import type { T } from '../i18n';

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const isPlatform = (key: string): key is PlatformId => (PLATFORM_IDS as readonly string[]).includes(key);
const daysBefore = (day: string, n: number) => new Date(Date.parse(day) - n * 86_400_000).toISOString().slice(0, 10);

// Beyond this a percentage says nothing: the previous period was next to nothing.
const MAX_CHANGE = 999;

function Delta({ now, before, t }: { now: number; before: number; t: T }) {
  if (before === 0) return <span class="delta">—</span>;
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
const exactCount = (n: number) => n.toLocaleString('zh-CN');

const CARDS: Array<[keyof Kpis, Parameters<T>[0], (v: number) => string, (v: number) => string]> = [
  ['clicks', 'clicks', (v) => (v < 100_000 ? String(v) : compactNumber.format(v)), exactCount],
  ['uniques', 'uniques', (v) => (v < 100_000 ? String(v) : compactNumber.format(v)), exactCount],
  ['orders', 'ordersCount', (v) => (v < 100_000 ? String(v) : compactNumber.format(v)), exactCount],
  ['gmvFen', 'gmv', compactYuan, yuan],
  ['estimatedFen', 'estimated', compactYuan, yuan],
  ['settledFen', 'settled', compactYuan, yuan],
  ['conversion', 'conversion', (v) => `${(v * 100).toFixed(2)}%`, (v) => `${(v * 100).toFixed(4)}%`],
];

export function Overview({ t }: { t: T }) {
  const [to, setTo] = useState(chinaToday());
  const [from, setFrom] = useState(daysBefore(chinaToday(), 29));
  const [platform, setPlatform] = useState<PlatformId | ''>('');
  const [dimension, setDimension] = useState<BreakdownDimension>('affiliate');
  const [sort, setSort] = useState<BreakdownSort>('clicks');
  const range = { from, to, ...(platform ? { platform } : {}) };
  const query = `from=${from}&to=${to}${platform ? `&platform=${platform}` : ''}`;

  const data = useLoad<OverviewData>(() => ok(client.api.admin.reports.overview.$get({ query: range })), [query], { clear: true }).value;
  // The breakdown answers JSON or CSV by a flag, so its JSON is checked against the shared schema.
  const rows = useLoad(
    () => okAs(client.api.admin.reports.breakdown.$get({ query: { ...range, dimension, sort } }), breakdownSchema).then((r) => r.rows as BreakdownRow[]),
    [query, dimension, sort],
    { clear: true },
  ).value;

  return (
    <section>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('from')} <input type="date" value={from} max={to} onChange={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          {t('to')} <input type="date" value={to} min={from} onChange={(e) => setTo(e.currentTarget.value)} />
        </label>
        <select aria-label="platform" value={platform} onChange={(e) => setPlatform(e.currentTarget.value as PlatformId | '')}>
          <option value="">{t('allPlatforms')}</option>
          {PLATFORM_IDS.map((p) => (
            <option key={p} value={p}>
              {t(`platform_${p}`)}
            </option>
          ))}
        </select>
      </form>
      {!data ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <>
          <ul class="kpis">
            {CARDS.map(([key, label, format, exact]) => (
              <li key={key}>
                <span class="kpi-label">{t(label)}</span>
                <strong data-testid={`kpi-${key}`} title={exact(data.current[key])}>
                  {format(data.current[key])}
                </strong>
                <Delta now={data.current[key]} before={data.previous[key]} t={t} />
              </li>
            ))}
          </ul>
          <p class="muted">{t('botsPreviews', { bots: data.current.bots, previews: data.current.previews })}</p>
          {data.outliers > 0 && (
            <p class="notice" role="status" data-testid="outliers-note">
              {t('outliersLeftOut', { n: data.outliers })} <a href="#/orders">{t('orders')}</a>
            </p>
          )}
          {/* Counts and money on axes of their own: ¥ would flatten clicks and orders to the floor. */}
          <div class="charts">
            <Chart
              label={t('chartLabel')}
              testId="overview-chart"
              labels={data.series.map((p) => p.day)}
              series={[
                { name: t('clicks'), data: data.series.map((p) => p.clicks) },
                { name: t('ordersCount'), data: data.series.map((p) => p.orders) },
              ]}
            />
            <Chart
              label={`${t('commission')} (¥)`}
              testId="overview-chart-money"
              labels={data.series.map((p) => p.day)}
              series={[{ name: `${t('commission')} (¥)`, data: data.series.map((p) => p.commissionFen / 100) }]}
              offset={2}
            />
          </div>
        </>
      )}
      <h2>{t('attributionTitle')}</h2>
      <AttributionShares from={from} to={to} t={t} />
      <h2>{t('breakdown')}</h2>
      <div class="tabs" role="tablist">
        {BREAKDOWN_DIMENSIONS.map((d) => (
          <button key={d} type="button" role="tab" aria-selected={dimension === d} onClick={() => setDimension(d)}>
            {t(`dim_${d}`)}
          </button>
        ))}
      </div>
      <p class="row">
        <a class="button primary" href={`/api/admin/reports/breakdown?${query}&dimension=${dimension}&sort=${sort}&format=csv`} download>
          ⬇ {t('exportCsv')}
        </a>
      </p>
      {!rows ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : rows.length === 0 ? (
        <p class="muted">{t('noData')}</p>
      ) : (
        <div class="scroll">
          <table data-testid="breakdown">
            <thead>
              <tr>
                <th>{t(`dim_${dimension}`)}</th>
                {BREAKDOWN_SORTS.map((key) => (
                  <th key={key} aria-sort={sort === key ? 'descending' : 'none'}>
                    <button type="button" onClick={() => setSort(key)}>
                      {t(key === 'clicks' ? 'clicks' : key === 'orders' ? 'ordersCount' : key === 'gmvFen' ? 'gmv' : 'commission')}
                      {sort === key ? ' ▼' : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <td title={r.key}>{dimension === 'platform' && isPlatform(r.key) ? t(`platform_${r.key}`) : r.label || '—'}</td>
                  <td>{r.clicks}</td>
                  <td>{r.orders}</td>
                  <td>{yuan(r.gmvFen)}</td>
                  <td>{yuan(r.commissionFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length >= BREAKDOWN_PAGE_ROWS && <p class="muted">{t('topRows', { n: BREAKDOWN_PAGE_ROWS, max: BREAKDOWN_EXPORT_ROWS })}</p>}
        </div>
      )}
    </section>
  );
}
