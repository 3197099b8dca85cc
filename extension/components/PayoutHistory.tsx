import { formatChinaTime } from '@@/shared/china-time';
import { formatFen } from '@@/shared/money';
import type { Payout } from '@@/shared/schemas';
import { t, type Lang } from '../i18n/messages';

const yuan = (fen: number) => `¥${formatFen(fen)}`;

/** The affiliate's payout requests, with the operator's reason or transfer reference. */
export function PayoutHistory({ lang, payouts }: { lang: Lang; payouts: Payout[] }) {
  return (
    <>
      <h3>{t(lang, 'walletPayouts')}</h3>
      {payouts.length === 0 ? (
        <p class="dh-empty">{t(lang, 'walletNoPayouts')}</p>
      ) : (
        <ul class="dh-orders" data-testid="payouts">
          {payouts.map((p) => (
            <li key={p.id}>
              <span class="dh-code-meta">
                <span>{formatChinaTime(p.requestedAt).slice(0, 16)}</span>
                <span class={`dh-status dh-payout-${p.status}`}>{t(lang, `payout_${p.status}`)}</span>
                <strong>{yuan(p.amountFen)}</strong>
              </span>
              {(p.reason || p.reference) && <span class="dh-why">{p.reason ?? p.reference}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
