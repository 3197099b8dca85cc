import { useEffect, useRef } from 'preact/hooks';
import { BarChart } from 'chartist';
import 'chartist/dist/index.css';
import type { Earnings } from '@@/shared/schemas';

/** Bars of estimated commission per China day (chartist renders SVG, so it needs no canvas). */
export function EarningsChart({ series, label }: { series: Earnings['series']; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const chart = new BarChart(
      host.current,
      // Day of month only ("20"): seven of them fit the popup's width without wrapping.
      { labels: series.map((p) => String(Number(p.day.slice(8)))), series: [series.map((p) => p.estimatedFen / 100)] },
      {
        width: 316,
        height: 120,
        axisX: { showGrid: false, labelInterpolationFnc: (value, index) => (series.length <= 7 || index % 5 === 0 ? value : null) },
        axisY: { onlyInteger: false, offset: 32 },
        // Room above the tallest bar for the top axis label.
        chartPadding: { top: 16, right: 8, bottom: 0, left: 0 },
      },
    );
    return () => chart.detach();
  }, [series]);
  return <div ref={host} class="dh-chart" role="img" aria-label={label} data-testid="earnings-chart" />;
}
