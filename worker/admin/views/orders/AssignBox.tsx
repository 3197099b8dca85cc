import { useState } from 'preact/hooks';
import { client, ok } from '../../client';
import type { T } from '../../i18n';
import type { AffiliateChoice, OrderRow } from './types';

/** An unattributed line: why it waits, and a one-click assignment to an affiliate. */
export function AssignBox({ order, affiliates, t, onAssigned }: { order: OrderRow; affiliates: AffiliateChoice[]; t: T; onAssigned(): void }) {
  const [chosen, setChosen] = useState('');
  async function assign() {
    if (!chosen) return;
    await ok(client.api.admin.orders[':orderId'].attribution.$put({ param: { orderId: order.id }, json: { affiliateId: chosen } }));
    onAssigned();
  }
  return (
    <div class="row assign">
      <span class="status status-invalid">{t('unattributed')}</span>
      {order.waitReason && (
        <span class="muted" data-testid="wait-reason">
          {order.waitReason}
        </span>
      )}
      <select aria-label={t('assignTo')} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
        <option value="">{t('assignTo')}…</option>
        {affiliates.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <button type="button" disabled={!chosen} onClick={() => void assign()}>
        {t('assign')}
      </button>
    </div>
  );
}
