import { useState } from 'preact/hooks';
import { client, ok } from '../../client';
import type { T } from '../../i18n';
import type { AffiliateChoice } from './types';

/** An unattributed line: why it waits, and a one-click assignment to an affiliate. */
interface Props {
  orderId: string;
  waitReason: string | null;
  affiliates: AffiliateChoice[];
  t: T;
  onAssigned(): void;
}

export function AssignBox({ orderId, waitReason, affiliates, t, onAssigned }: Props) {
  const [chosen, setChosen] = useState('');
  async function assign() {
    if (!chosen) return;
    await ok(client.api.admin.orders[':orderId'].attribution.$put({ param: { orderId }, json: { affiliateId: chosen } }));
    onAssigned();
  }
  return (
    <div class="row assign">
      <span class="status status-invalid">{t('unattributed')}</span>
      {waitReason && (
        <span class="muted" data-testid="wait-reason">
          {waitReason}
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
