import { useState } from 'preact/hooks';
import { formatFen, parseYuanToFen } from '@@/shared/money';
import type { Balance } from '@@/shared/schemas';
import { t, type Lang } from '../i18n/messages';
import { usePayoutRequest } from './use-payout-request';
import type { WalletActions } from './WalletView';

interface Props {
  lang: Lang;
  balance: Balance;
  actions: WalletActions;
  onWallet: Parameters<typeof usePayoutRequest>[3];
  onPaid(): void;
}

/** A payout request: an amount, or 全部提现 for everything that can be withdrawn now. */
export function PayoutForm({ lang, balance, actions, onWallet, onPaid }: Props) {
  const [amount, setAmount] = useState('');
  const { busy, notice, request } = usePayoutRequest(lang, balance, actions, onWallet, onPaid);
  const canWithdraw = balance.availableFen >= balance.minimumPayoutFen && balance.availableFen > 0;
  async function submit(event: Event) {
    event.preventDefault();
    // Read from the form itself: a click right after typing must not send a render's stale copy.
    const typed = String(new FormData(event.currentTarget as HTMLFormElement).get('amount') ?? '');
    if (await request(parseYuanToFen(typed))) setAmount('');
  }
  return (
    <>
      <form class="dh-row dh-payout-form" onSubmit={submit}>
        <label>
          {t(lang, 'walletAmount')}
          <input
            data-testid="payout-amount"
            name="amount"
            inputMode="decimal"
            value={amount}
            placeholder={formatFen(Math.max(0, balance.availableFen))}
            onInput={(e) => setAmount(e.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          class="dh-link"
          data-testid="payout-all"
          disabled={busy || !canWithdraw}
          onClick={() => setAmount(formatFen(balance.availableFen))}
        >
          {t(lang, 'walletAll')}
        </button>
        <button type="submit" class="dh-primary" disabled={busy || !canWithdraw}>
          {t(lang, 'walletRequest')}
        </button>
      </form>
      {notice && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} class={notice.kind === 'error' ? 'dh-error' : 'dh-ok'} data-testid="payout-notice">
          {notice.text}
        </p>
      )}
    </>
  );
}
