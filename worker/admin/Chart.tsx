import { useEffect, useRef } from 'preact/hooks';
import { Interpolation, LineChart } from 'chartist';
import 'chartist/dist/index.css';

interface Props {
  labels: string[];
  series: Array<{ name: string; data: number[] }>;
  label: string;
  testId: string;
  /** Colour index of the first series, so series keep their colours across charts. */
  offset?: number;
}

/** A daily chart of straight segments with each day's value on hover (chartist, SVG). */
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
        // Straight segments between days: a smoothed curve swings through values that never happened.
        lineSmooth: Interpolation.none(),
        chartPadding: { right: 24 },
        axisX: { labelInterpolationFnc: (value, index) => (index % every === 0 ? String(value).slice(5) : null) },
      },
    );
    // Each day's exact figure on hover (and for screen readers): a <title> on its point.
    chart.on('draw', (data) => {
      if (data.type !== 'point') return;
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.textContent = `${labels[data.index] ?? ''} ${series[data.seriesIndex]?.name ?? ''}: ${series[data.seriesIndex]?.data[data.index] ?? ''}`;
      data.element.getNode().appendChild(title);
    });
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
