import { useState } from 'preact/hooks';
import type { Payout } from '../../../../shared/schemas/payouts';
import { ApiError } from '../../api-error';
import { client, ok } from '../../client';
import type { T } from '../../i18n';

/** One request's actions: approve, reject with a reason, mark paid with the transfer reference. */
export function PayoutActions({ payout, t, onDone }: { payout: Payout; t: T; onDone(error: string | null): void }) {
  const [text, setText] = useState('');
  const open = payout.status === 'requested' || payout.status === 'approved';
  if (!open) return <span>{payout.reference ?? payout.reason ?? ''}</span>;
  async function step(action: 'approve' | 'reject' | 'paid') {
    const param = { id: payout.id };
    try {
      const route = client.api.admin.payouts[':id'];
      await ok(
        action === 'reject'
          ? route.reject.$post({ param, json: { reason: text } })
          : action === 'paid'
            ? route.paid.$post({ param, json: { reference: text } })
            : route.approve.$post({ param }),
      );
      setText('');
      onDone(null);
    } catch (err) {
      onDone(err instanceof ApiError ? err.message : String(err));
    }
  }
  return (
    <span class="actions">
      <input
        aria-label={`${t('rejectReason')} / ${t('paidReference')}`}
        placeholder={t('paidReference')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {payout.status === 'requested' && (
        <button type="button" onClick={() => void step('approve')}>
          {t('approve')}
        </button>
      )}
      <button type="button" onClick={() => void step('paid')} disabled={!text.trim()}>
        {t('markPaid')}
      </button>
      <button type="button" onClick={() => void step('reject')} disabled={text.trim().length < 2} title={t('rejectReason')}>
        {t('reject')}
      </button>
    </span>
  );
}
