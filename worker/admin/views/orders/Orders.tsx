import { useEffect, useState } from 'preact/hooks';
import { useLoad } from '../../../../shared/ui/use-load';
import { client, ok } from '../../client';
import type { Lang, T, ViewProps } from '../../i18n';
import { ContestedOrders } from '../ContestedOrders';
import { OrderFilters, type Filters } from './OrderFilters';
import { OrderTable } from './OrderTable';
import type { AffiliateChoice } from './types';
import { WaitingItem } from './WaitingItem';

const PAGE = 100;

/** The list's query: only what is set. */
const queryOf = (f: Filters, lang: Lang) => ({
  ...(f.q ? { q: f.q } : {}),
  ...(f.status ? { status: f.status } : {}),
  ...(f.from ? { from: f.from } : {}),
  ...(f.to ? { to: f.to } : {}),
  ...(f.platform ? { platform: f.platform } : {}),
  ...(f.affiliateId ? { affiliateId: f.affiliateId } : {}),
  ...(f.attribution ? { attribution: f.attribution } : {}),
  ...(f.onlyOutliers ? { outliers: '1' as const } : {}),
  lang,
});

/** Order lines as a table with filters, totals and a CSV of exactly the filtered set; the unattributed queue with a one-click assign. */
export function Orders({ t, lang }: ViewProps) {
  // #/orders?waiting (the overview's 未归因 card) opens on the queue.
  const [filters, setFilters] = useState<Filters>(() => ({
    q: '',
    status: '',
    from: '',
    to: '',
    platform: '',
    affiliateId: '',
    attribution: '',
    onlyOutliers: false,
    queue: location.hash.includes('?waiting'),
  }));
  const [offset, setOffset] = useState(0);
  const affiliates = useLoad(() => ok(client.api.admin.reports.affiliates.$get()).then((r) => r.affiliates), []).value ?? [];
  useEffect(() => setOffset(0), [filters]);
  const query = queryOf(filters, lang);
  return (
    <section>
      <OrderFilters filters={filters} set={(patch) => setFilters({ ...filters, ...patch })} affiliates={affiliates} lang={lang} t={t} />
      {filters.queue ? <Queue affiliates={affiliates} lang={lang} t={t} /> : <Table query={query} offset={offset} setOffset={setOffset} lang={lang} t={t} />}
    </section>
  );
}

function Table({ query, offset, setOffset, lang, t }: { query: ReturnType<typeof queryOf>; offset: number; setOffset(n: number): void; lang: Lang; t: T }) {
  const key = JSON.stringify(query);
  // Only the latest filter's answer lands.
  const page = useLoad(() => ok(client.api.admin.reports.orders.$get({ query: { ...query, limit: String(PAGE), offset: String(offset) } })), [key, offset], {
    clear: true,
  });
  if (!page.value) return <p aria-busy="true">{t('loading')}</p>;
  const { totals } = page.value;
  return (
    <>
      <p class="filters">
        <a class="button primary" href={`/api/admin/reports/orders/csv?${new URLSearchParams(query)}`} download>
          ⬇ {t('exportCsv')}
        </a>
      </p>
      {totals.lines === 0 ? <p class="muted">{t('noData')}</p> : <OrderTable answer={page.value} lang={lang} t={t} changed={page.reload} />}
      {totals.lines > PAGE && (
        <div class="row" data-testid="orders-paging">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('prevPage')}
          </button>
          <span>{t('pageOf', { from: offset + 1, to: Math.min(offset + PAGE, totals.lines), total: totals.lines })}</span>
          <button type="button" disabled={offset + PAGE >= totals.lines} onClick={() => setOffset(offset + PAGE)}>
            {t('nextPage')}
          </button>
        </div>
      )}
    </>
  );
}

function Queue({ affiliates, lang, t }: { affiliates: AffiliateChoice[]; lang: Lang; t: T }) {
  const queue = useLoad(() => ok(client.api.admin.orders.unattributed.$get({ query: { limit: '200' } })), []);
  return (
    <>
      <ContestedOrders t={t} onDecided={queue.reload} />
      {!queue.value ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : queue.value.orders.length === 0 ? (
        <p class="muted">{t('noData')}</p>
      ) : (
        <ul class="orders" data-testid="orders">
          {queue.value.orders.map((o) => (
            <WaitingItem key={o.id} order={o} affiliates={affiliates} lang={lang} t={t} changed={queue.reload} />
          ))}
        </ul>
      )}
    </>
  );
}
