import { ORDER_STATUS_WORDS } from '../../../../shared/report-words';
import { chinaDate, yuan } from '../../format';
import type { Lang, T } from '../../i18n';
import { AssignBox } from './AssignBox';
import type { AffiliateChoice, WaitingRow } from './types';

/** One line of the unattributed queue: product, status, shop, labelled amounts, why it waits, and a one-click assign. */
export function WaitingItem({
  order: o,
  affiliates,
  lang,
  t,
  changed,
}: {
  order: WaitingRow;
  affiliates: AffiliateChoice[];
  lang: Lang;
  t: T;
  changed(): void;
}) {
  return (
    <li data-order={o.orderNo}>
      <div class="row">
        <strong>{o.productTitle ?? o.orderNo}</strong>
        <span class={`status status-${o.status}`}>{ORDER_STATUS_WORDS[o.status][lang]}</span>
      </div>
      <div class="row muted">
        <span>
          {t(`platform_${o.platform}`)} · {o.orderNo} · {chinaDate(o.orderedAt)}
        </span>
        <span>
          {t('paidAmount')} {yuan(o.paidAmountFen)} · {t('commission')} {yuan(o.estimatedCommissionFen)}
        </span>
      </div>
      <AssignBox orderId={o.id} waitReason={o.waitReason} affiliates={affiliates} t={t} onAssigned={changed} />
    </li>
  );
}
