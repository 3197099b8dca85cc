import { useState } from 'preact/hooks';
import type { Overview as OverviewData } from '../../../../shared/schemas';
import { useLoad } from '../../../../shared/ui/use-load';
import { client, ok } from '../../client';
import type { ViewProps } from '../../i18n';
import { AttributionShares } from '../AttributionShares';
import { Breakdown } from './Breakdown';
import { KpiCards } from './KpiCards';
import { NeedsYou } from './NeedsYou';
import { OverviewCharts } from './OverviewCharts';
import { RangeFilters, type Range } from './RangeFilters';

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const daysBefore = (day: string, n: number) => new Date(Date.parse(day) - n * 86_400_000).toISOString().slice(0, 10);

export function Overview({ t, lang }: ViewProps) {
  const [range, setRange] = useState<Range>(() => ({ from: daysBefore(chinaToday(), 29), to: chinaToday(), platform: '' }));
  const { from, to, platform } = range;
  const query = `from=${from}&to=${to}${platform ? `&platform=${platform}` : ''}`;
  const data = useLoad<OverviewData>(() => ok(client.api.admin.reports.overview.$get({ query: { from, to, ...(platform ? { platform } : {}) } })), [query], {
    clear: true,
  }).value;

  return (
    <section>
      <RangeFilters range={range} set={(patch) => setRange({ ...range, ...patch })} t={t} />
      <NeedsYou from={from} to={to} lang={lang} t={t} />
      {!data ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <>
          <KpiCards current={data.current} previous={data.previous} t={t} />
          <p class="muted">{t('botsPreviews', { bots: data.current.bots, previews: data.current.previews })}</p>
          {data.outliers > 0 && (
            <p class="notice" role="status" data-testid="outliers-note">
              {t('outliersLeftOut', { n: data.outliers })} <a href="#/orders">{t('orders')}</a>
            </p>
          )}
          <OverviewCharts series={data.series} t={t} />
        </>
      )}
      <h2>{t('attributionTitle')}</h2>
      <AttributionShares from={from} to={to} t={t} />
      <Breakdown range={range} query={query} lang={lang} t={t} />
    </section>
  );
}
