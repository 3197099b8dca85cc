import { useEffect, useRef } from 'preact/hooks';
import { LineChart } from 'chartist';
import 'chartist/dist/index.css';

interface Props {
  labels: string[];
  series: Array<{ name: string; data: number[] }>;
  label: string;
  testId: string;
  /** Colour index of the first series, so series keep their colours across charts. */
  offset?: number;
}

/** A daily line chart (chartist, SVG). */
export function Chart({ labels, series, label, testId, offset = 0 }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const every = Math.ceil(labels.length / 10);
    const chart = new LineChart(
      host.current,
      { labels, series },
      {
        height: 180,
        fullWidth: true,
        showArea: true,
        chartPadding: { right: 24 },
        axisX: { labelInterpolationFnc: (value, index) => (index % every === 0 ? String(value).slice(5) : null) },
      },
    );
    return () => chart.detach();
  }, [labels, series]);
  return (
    <figure class={`chart chart-offset-${offset}`}>
      <div ref={host} role="img" aria-label={label} data-testid={testId} />
      <figcaption>
        {series.map((s, i) => (
          <span key={s.name} class={`legend legend-${i + offset}`}>
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
