import { ATTRIBUTION_METHOD_WORDS, ORDER_STATUS_WORDS } from '../../../../shared/report-words';
import { client, ok } from '../../client';
import { chinaDate, yuan } from '../../format';
import type { Lang, T } from '../../i18n';
import type { SearchAnswer, SearchRow } from './types';

interface Props {
  answer: SearchAnswer;
  lang: Lang;
  t: T;
  changed(): void;
}

/** The filtered lines with labelled amounts and, last, the totals of the whole filtered set (not just this page). */
export function OrderTable({ answer, lang, t, changed }: Props) {
  const { orders, totals } = answer;
  const confirm = (orderId: string) => void ok(client.api.admin.orders[':orderId']['confirm-outlier'].$post({ param: { orderId } })).then(changed);
  return (
    <div class="scroll">
      <table data-testid="orders">
        <thead>
          <tr>
            <th class="sticky">{t('product')}</th>
            <th>{t('orderedAt')}</th>
            <th>{t('status')}</th>
            <th class="num">{t('paidAmount')}</th>
            <th class="num">{t('commission')}</th>
            <th class="num">{t('sharesColumn')}</th>
            <th>{t('attribution')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <OrderRowView key={o.id} order={o} lang={lang} t={t} confirm={confirm} />
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="orders-totals">
            <th class="sticky">{t('ordersTotal', { n: totals.lines })}</th>
            <td />
            <td />
            <td class="num">{yuan(totals.paidFen)}</td>
            <td class="num">{yuan(totals.commissionFen)}</td>
            <td class="num">{yuan(totals.sharesFen)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function OrderRowView({ order: o, lang, t, confirm }: { order: SearchRow; lang: Lang; t: T; confirm(orderId: string): void }) {
  return (
    <tr data-order={o.orderNo}>
      <td class="sticky">
        <span class="cell-title">{o.productTitle ?? o.orderNo}</span>
        <details>
          <summary class="muted">
            {t(`platform_${o.platform}`)} · {o.orderNo}
          </summary>
          <ol>
            {o.history.map((h, i) => (
              <li key={i}>
                {chinaDate(h.at)} — {h.reason}
              </li>
            ))}
          </ol>
        </details>
      </td>
      <td>{chinaDate(o.orderedAt)}</td>
      <td>
        <span class={`status status-${o.status}`}>{ORDER_STATUS_WORDS[o.status][lang]}</span>
        {o.outlier === 1 && (
          <button type="button" data-testid="outlier" title={t('outlierFlag')} onClick={() => confirm(o.id)}>
            {t('confirmOutlier')}
          </button>
        )}
      </td>
      <td class="num">{yuan(o.paidAmountFen)}</td>
      <td class="num">{yuan(o.commissionFen)}</td>
      <td class="num">{yuan(o.sharesFen)}</td>
      <td>{o.method ? `${o.affiliateName} · ${ATTRIBUTION_METHOD_WORDS[o.method][lang]}` : <span class="muted">{t('unattributed')}</span>}</td>
    </tr>
  );
}
