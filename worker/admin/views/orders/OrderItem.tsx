import { client, ok } from '../../client';
import { chinaDate, yuan } from '../../format';
import type { T } from '../../i18n';
import { AssignBox } from './AssignBox';
import type { AffiliateChoice, OrderRow } from './types';

/** One order line: product, status, shop, amounts (labelled), attribution or assignment, and its history. */
export function OrderItem({ order: o, affiliates, t, changed }: { order: OrderRow; affiliates: AffiliateChoice[]; t: T; changed(): void }) {
  const confirm = () => void ok(client.api.admin.orders[':orderId']['confirm-outlier'].$post({ param: { orderId: o.id } })).then(changed);
  return (
    <li data-order={o.orderNo}>
      <div class="row">
        <strong>{o.productTitle ?? o.orderNo}</strong>
        <span class={`status status-${o.status}`}>{t(`orderStatus_${o.status}`)}</span>
      </div>
      {o.outlier === 1 && (
        <div class="row notice" data-testid="outlier">
          <span>{t('outlierFlag')}</span>
          <button type="button" onClick={confirm}>
            {t('confirmOutlier')}
          </button>
        </div>
      )}
      <div class="row muted">
        <span>
          {t(`platform_${o.platform}`)} · {o.orderNo} · {chinaDate(o.orderedAt)}
        </span>
        <span>
          {t('paidAmount')} {yuan(o.paidAmountFen)} · {t('commission')} {yuan(o.estimatedCommissionFen)}
        </span>
      </div>
      {o.method ? (
        <div class="muted">
          {t('attribution')}: {o.affiliateName} · {t(`method_${o.method}`)} · {o.confidence}%
        </div>
      ) : (
        <AssignBox order={o} affiliates={affiliates} t={t} onAssigned={changed} />
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
  );
}
