import { useState } from 'preact/hooks';
import type { BreakdownDimension, BreakdownRow, BreakdownSort } from '../../../../shared/schemas';
import { BREAKDOWN_DIMENSIONS, BREAKDOWN_EXPORT_ROWS, BREAKDOWN_PAGE_ROWS, BREAKDOWN_SORTS, breakdownSchema } from '../../../../shared/schemas/reports';
import { PLATFORM_IDS, type PlatformId } from '../../../../shared/platforms/types';
import { appWords, BREAKDOWN_DIMENSION_WORDS, DEVICE_WORDS } from '../../../../shared/report-words';
import { useLoad } from '../../../../shared/ui/use-load';
import { client, okAs } from '../../client';
import { yuan } from '../../format';
import type { Lang, T } from '../../i18n';
import type { Range } from './RangeFilters';

const isPlatform = (key: string): key is PlatformId => (PLATFORM_IDS as readonly string[]).includes(key);
const SORT_LABEL = { clicks: 'clicks', orders: 'ordersCount', gmvFen: 'gmv', commissionFen: 'commission' } as const satisfies Record<
  BreakdownSort,
  Parameters<T>[0]
>;

/** The range split by one dimension, sorted by a column; the CSV has every row. */
export function Breakdown({ range, query, lang, t }: { range: Range; query: string; lang: Lang; t: T }) {
  const [dimension, setDimension] = useState<BreakdownDimension>('affiliate');
  const [sort, setSort] = useState<BreakdownSort>('clicks');
  const { from, to, platform } = range;
  // The breakdown answers JSON or CSV by a flag, so its JSON is checked against the shared schema.
  const rows = useLoad(
    () =>
      okAs(client.api.admin.reports.breakdown.$get({ query: { from, to, ...(platform ? { platform } : {}), dimension, sort } }), breakdownSchema).then(
        (r) => r.rows as BreakdownRow[],
      ),
    [query, dimension, sort],
    { clear: true },
  ).value;
  return (
    <>
      <h2>{t('breakdown')}</h2>
      <div class="tabs" role="tablist">
        {BREAKDOWN_DIMENSIONS.map((d) => (
          <button key={d} type="button" role="tab" aria-selected={dimension === d} onClick={() => setDimension(d)}>
            {BREAKDOWN_DIMENSION_WORDS[d][lang]}
          </button>
        ))}
      </div>
      <p class="row">
        <a class="button primary" href={`/api/admin/reports/breakdown?${query}&dimension=${dimension}&sort=${sort}&format=csv&lang=${lang}`} download>
          ⬇ {t('exportCsv')}
        </a>
      </p>
      {!rows ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : rows.length === 0 ? (
        <p class="muted">{t('noData')}</p>
      ) : (
        <BreakdownTable rows={rows} dimension={dimension} sort={sort} setSort={setSort} lastDay={to} lang={lang} t={t} />
      )}
    </>
  );
}

interface TableProps {
  rows: BreakdownRow[];
  dimension: BreakdownDimension;
  sort: BreakdownSort;
  setSort(sort: BreakdownSort): void;
  /** The range's last day: a share code opens its clicks of that day. */
  lastDay: string;
  lang: Lang;
  t: T;
}

function BreakdownTable({ rows, dimension, sort, setSort, lastDay, lang, t }: TableProps) {
  return (
    <div class="scroll">
      <table data-testid="breakdown">
        <thead>
          <tr>
            <th class="sticky">{BREAKDOWN_DIMENSION_WORDS[dimension][lang]}</th>
            {BREAKDOWN_SORTS.map((key) => (
              <th key={key} aria-sort={sort === key ? 'descending' : 'none'}>
                <button type="button" onClick={() => setSort(key)}>
                  {t(SORT_LABEL[key])}
                  {sort === key ? ' ▼' : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td class="sticky" title={r.key}>
                {dimension === 'code' ? (
                  <a href={`#/clickLog?code=${encodeURIComponent(r.key)}&day=${lastDay}`}>{r.label || r.key}</a>
                ) : dimension === 'platform' && isPlatform(r.key) ? (
                  t(`platform_${r.key}`)
                ) : dimension === 'app' && r.key ? (
                  appWords(r.key, lang)
                ) : dimension === 'device' && r.key in DEVICE_WORDS ? (
                  DEVICE_WORDS[r.key]![lang]
                ) : (
                  r.label || '—'
                )}
              </td>
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
  );
}
