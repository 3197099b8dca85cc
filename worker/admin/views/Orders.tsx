import type { InferResponseType } from 'hono/client';
import { useEffect, useState } from 'preact/hooks';
import { ORDER_STATUSES, type OrderStatus } from '../../../shared/schemas/orders';
import { chinaDate, yuan } from '../format';
import { client, ok } from '../client';
import { ContestedOrders } from './ContestedOrders';
import { useLoad } from '../../../shared/ui/use-load';
import type { T } from '../i18n';

// The routes' own answer types (Hono's typed client): the search and the unattributed queue.
type SearchRow = InferResponseType<typeof client.api.admin.reports.orders.$get>['orders'][number];
type WaitingRow = InferResponseType<typeof client.api.admin.orders.unattributed.$get>['orders'][number];
type OrderRow = Pick<SearchRow, 'id' | 'network' | 'orderNo' | 'productTitle' | 'status' | 'paidAmountFen' | 'estimatedCommissionFen' | 'orderedAt'> &
  Partial<Omit<SearchRow, keyof WaitingRow>> & { waitReason?: string | null };

const PAGE = 100;

/** Order lines with how each was attributed; the unattributed queue with a one-click assign. */
export function Orders({ t }: { t: T }) {
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const [onlyUnattributed, setOnlyUnattributed] = useState(false);
  const [onlyOutliers, setOnlyOutliers] = useState(false);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [version, setVersion] = useState(0);
  const [offset, setOffset] = useState(0);

  const affiliates = useLoad(() => ok(client.api.admin.reports.affiliates.$get()).then((r) => r.affiliates), []).value ?? [];
  // One row more than a page says whether there is a next page; only the latest filter's answer lands.
  const page = useLoad<{ orders: OrderRow[] }>(
    () =>
      onlyUnattributed
        ? ok(client.api.admin.orders.unattributed.$get({ query: { limit: '200' } }))
        : ok(
            client.api.admin.reports.orders.$get({
              query: {
                limit: String(PAGE + 1),
                offset: String(offset),
                ...(q ? { q } : {}),
                ...(status ? { status } : {}),
                ...(onlyOutliers ? { outliers: '1' as const } : {}),
              },
            }),
          ),
    [q, status, onlyUnattributed, onlyOutliers, version, offset],
    { clear: true },
  ).value;
  const orders = page && (onlyUnattributed ? page.orders : page.orders.slice(0, PAGE));
  const hasMore = Boolean(page && !onlyUnattributed && page.orders.length > PAGE);
  useEffect(() => setOffset(0), [q, status, onlyUnattributed, onlyOutliers]);

  async function assign(orderId: string) {
    const affiliateId = chosen[orderId];
    if (!affiliateId) return;
    await ok(client.api.admin.orders[':orderId'].attribution.$put({ param: { orderId }, json: { affiliateId } }));
    setVersion(version + 1);
  }

  return (
    <section>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <input type="search" aria-label={t('search')} placeholder={t('search')} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        <select aria-label={t('anyStatus')} value={status} onChange={(e) => setStatus(e.currentTarget.value as OrderStatus | '')}>
          <option value="">{t('anyStatus')}</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={onlyUnattributed} onChange={(e) => setOnlyUnattributed(e.currentTarget.checked)} /> {t('unattributedOnly')}
        </label>
        <label>
          <input type="checkbox" checked={onlyOutliers} onChange={(e) => setOnlyOutliers(e.currentTarget.checked)} /> {t('outliersOnly')}
        </label>
      </form>
      {onlyUnattributed && <ContestedOrders t={t} onDecided={() => setVersion(version + 1)} />}
      {!orders ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : orders.length === 0 ? (
        <p class="muted">{t('noData')}</p>
      ) : (
        <ul class="orders" data-testid="orders">
          {orders.map((o) => (
            <li key={o.id} data-order={o.orderNo}>
              <div class="row">
                <strong>{o.productTitle ?? o.orderNo}</strong>
                <span class={`status status-${o.status}`}>{o.status}</span>
              </div>
              {o.outlier === 1 && (
                <div class="row notice" data-testid="outlier">
                  <span>{t('outlierFlag')}</span>
                  <button
                    type="button"
                    onClick={() =>
                      void ok(client.api.admin.orders[':orderId']['confirm-outlier'].$post({ param: { orderId: o.id } })).then(() => setVersion(version + 1))
                    }
                  >
                    {t('confirmOutlier')}
                  </button>
                </div>
              )}
              <div class="row muted">
                <span>
                  {o.network} · {o.orderNo} · {chinaDate(o.orderedAt)}
                </span>
                <span>
                  {yuan(o.paidAmountFen)} → {yuan(o.estimatedCommissionFen)}
                </span>
              </div>
              {o.method ? (
                <div class="muted">
                  {t('attribution')}: {o.affiliateName} · {o.method} · {o.confidence}%
                </div>
              ) : (
                <div class="row assign">
                  <span class="status status-invalid">{t('unattributed')}</span>
                  {o.waitReason && (
                    <span class="muted" data-testid="wait-reason">
                      {o.waitReason}
                    </span>
                  )}
                  <select aria-label={t('assignTo')} value={chosen[o.id] ?? ''} onChange={(e) => setChosen({ ...chosen, [o.id]: e.currentTarget.value })}>
                    <option value="">{t('assignTo')}…</option>
                    {affiliates.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                  </select>
                  <button type="button" disabled={!chosen[o.id]} onClick={() => void assign(o.id)}>
                    {t('assign')}
                  </button>
                </div>
              )}
              {o.history && o.history.length > 0 && (
                <details>
                  <summary>{t('history')}</summary>
                  <ol>
                    {o.history.map((h, i) => (
                      <li key={i}>
                        {chinaDate(h.at)} — {h.reason}
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      {!onlyUnattributed && (offset > 0 || hasMore) && (
        <div class="row" data-testid="orders-paging">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('prevPage')}
          </button>
          <span>
            {t('pageOf', { from: offset + 1, to: offset + (orders?.length ?? 0), total: hasMore ? `${offset + PAGE}+` : offset + (orders?.length ?? 0) })}
          </span>
          <button type="button" disabled={!hasMore} onClick={() => setOffset(offset + PAGE)}>
            {t('nextPage')}
          </button>
        </div>
      )}
    </section>
  );
}
