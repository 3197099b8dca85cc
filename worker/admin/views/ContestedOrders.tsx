import { useLoad } from '../../../shared/ui/use-load';
import type { InferResponseType } from 'hono/client';
import { chinaDate, yuan } from '../format';
import { client, ok } from '../client';
import type { T } from '../i18n';

type Contested = InferResponseType<typeof client.api.admin.orders.contested.$get>['orders'];

/**
 * Lines whose click time did not decide (several affiliates' links clicked around it, or only a flood):
 * booked to no one until an admin looks at each candidate's clicks, visitors and flags and picks one.
 */
export function ContestedOrders({ t, onDecided }: { t: T; onDecided: () => void }) {
  const { value: lines, reload } = useLoad(
    () => ok(client.api.admin.orders.contested.$get({ query: { limit: '100' } })).then((r) => r.orders as Contested),
    [],
  );
  if (!lines || lines.length === 0) return null;
  const decide = async (orderId: string, affiliateId: string, code: string | undefined) => {
    await ok(
      client.api.admin.orders[':orderId'].attribution.$put({
        param: { orderId },
        json: { affiliateId, ...(code ? { code } : {}), note: t('contestDecidedNote') },
      }),
    );
    reload();
    onDecided();
  };
  return (
    <div data-testid="contested">
      <h2>{t('contestedTitle', { n: lines.length })}</h2>
      <ul class="orders">
        {lines.map((line) => (
          <li key={line.id}>
            <div class="row">
              <strong>{line.productTitle ?? line.orderNo}</strong>
              <span>
                {chinaDate(line.orderedAt)} · {t('commission')} {yuan(line.estimatedCommissionFen)}
              </span>
            </div>
            <p class="muted">{line.waitReason}</p>
            <table>
              <tbody>
                {line.candidates.map((c) => (
                  <tr key={c.affiliateId} class={c.flood ? 'disabled' : ''}>
                    <td>{c.affiliateName}</td>
                    <td>{t('contestEvidence', { clicks: c.clicks, visitors: c.visitors, seconds: (c.nearestMs / 1000).toFixed(1) })}</td>
                    <td>{c.flood && <span class="status status-invalid">{t('contestFlood')}</span>}</td>
                    <td>
                      <button type="button" onClick={() => void decide(line.id, c.affiliateId, c.codes[0])}>
                        {t('contestGiveTo')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        ))}
      </ul>
    </div>
  );
}
