import { useEffect, useState } from 'preact/hooks';
import { useLoad } from '../../../../shared/ui/use-load';
import { client, ok } from '../../client';
import type { T, ViewProps } from '../../i18n';
import { ContestedOrders } from '../ContestedOrders';
import { OrderFilters, type Filters } from './OrderFilters';
import { OrderItem } from './OrderItem';
import type { OrderRow } from './types';

const PAGE = 100;

function loadPage({ q, status, onlyUnattributed, onlyOutliers }: Filters, offset: number): Promise<{ orders: OrderRow[] }> {
  if (onlyUnattributed) return ok(client.api.admin.orders.unattributed.$get({ query: { limit: '200' } }));
  // One row more than a page says whether there is a next page.
  const query = {
    limit: String(PAGE + 1),
    offset: String(offset),
    ...(q ? { q } : {}),
    ...(status ? { status } : {}),
    ...(onlyOutliers ? { outliers: '1' as const } : {}),
  };
  return ok(client.api.admin.reports.orders.$get({ query }));
}

/** Order lines with how each was attributed; the unattributed queue with a one-click assign. */
export function Orders({ t }: ViewProps) {
  // #/orders?waiting (the overview's 未归因 card) opens on the queue.
  const [filters, setFilters] = useState<Filters>(() => ({ q: '', status: '', onlyUnattributed: location.hash.includes('?waiting'), onlyOutliers: false }));
  const [offset, setOffset] = useState(0);
  const affiliates = useLoad(() => ok(client.api.admin.reports.affiliates.$get()).then((r) => r.affiliates), []).value ?? [];
  // Only the latest filter's answer lands.
  const page = useLoad(() => loadPage(filters, offset), [filters, offset], { clear: true });
  const orders = page.value && (filters.onlyUnattributed ? page.value.orders : page.value.orders.slice(0, PAGE));
  const hasMore = Boolean(page.value && !filters.onlyUnattributed && page.value.orders.length > PAGE);
  useEffect(() => setOffset(0), [filters]);

  return (
    <section>
      <OrderFilters filters={filters} set={(patch) => setFilters({ ...filters, ...patch })} t={t} />
      {filters.onlyUnattributed && <ContestedOrders t={t} onDecided={page.reload} />}
      {!orders ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : orders.length === 0 ? (
        <p class="muted">{t('noData')}</p>
      ) : (
        <ul class="orders" data-testid="orders">
          {orders.map((o) => (
            <OrderItem key={o.id} order={o} affiliates={affiliates} t={t} changed={page.reload} />
          ))}
        </ul>
      )}
      {!filters.onlyUnattributed && (offset > 0 || hasMore) && (
        <Paging offset={offset} shown={orders?.length ?? 0} hasMore={hasMore} setOffset={setOffset} t={t} />
      )}
    </section>
  );
}

function Paging({ offset, shown, hasMore, setOffset, t }: { offset: number; shown: number; hasMore: boolean; setOffset(n: number): void; t: T }) {
  return (
    <div class="row" data-testid="orders-paging">
      <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
        {t('prevPage')}
      </button>
      <span>{t('pageOf', { from: offset + 1, to: offset + shown, total: hasMore ? `${offset + PAGE}+` : offset + shown })}</span>
      <button type="button" disabled={!hasMore} onClick={() => setOffset(offset + PAGE)}>
        {t('nextPage')}
      </button>
    </div>
  );
}
