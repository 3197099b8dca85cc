import type { Overview } from '../../../../shared/schemas';
import { Chart } from '../../Chart';
import type { T } from '../../i18n';

/** Counts and money on axes of their own: ¥ would flatten clicks and orders to the floor. */
export function OverviewCharts({ series, t }: { series: Overview['series']; t: T }) {
  const labels = series.map((p) => p.day);
  return (
    <div class="charts">
      <Chart
        label={t('chartLabel')}
        testId="overview-chart"
        labels={labels}
        series={[
          { name: t('clicks'), data: series.map((p) => p.clicks) },
          { name: t('ordersCount'), data: series.map((p) => p.orders) },
        ]}
      />
      <Chart
        label={`${t('commission')} (¥)`}
        testId="overview-chart-money"
        labels={labels}
        series={[{ name: `${t('commission')} (¥)`, data: series.map((p) => p.commissionFen / 100) }]}
        offset={2}
      />
    </div>
  );
}
