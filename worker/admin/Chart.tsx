import { useEffect, useRef } from 'preact/hooks';
import { LineChart } from 'chartist';
import 'chartist/dist/index.css';

interface Props {
  labels: string[];
  series: Array<{ name: string; data: number[] }>;
  label: string;
}

/** A daily line chart (chartist, SVG). */
export function Chart({ labels, series, label }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const every = Math.ceil(labels.length / 10);
    const chart = new LineChart(
      host.current,
      { labels, series },
      {
        height: 220,
        fullWidth: true,
        showArea: true,
        chartPadding: { right: 24 },
        axisX: { labelInterpolationFnc: (value, index) => (index % every === 0 ? String(value).slice(5) : null) },
      },
    );
    return () => chart.detach();
  }, [labels, series]);
  return (
    <figure class="chart">
      <div ref={host} role="img" aria-label={label} data-testid="overview-chart" />
      <figcaption>
        {series.map((s, i) => (
          <span key={s.name} class={`legend legend-${i}`}>
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
