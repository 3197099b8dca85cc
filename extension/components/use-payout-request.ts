import { useState } from 'preact/hooks';
import { formatFen } from '@@/shared/money';
import type { Balance } from '@@/shared/schemas';
import { t, type Lang } from '../i18n/messages';
import { errorMessage } from './error-message';
import type { WalletActions } from './WalletView';

export type Notice = { kind: 'ok' | 'error'; text: string } | null;
type Wallet = Awaited<ReturnType<WalletActions['getWallet']>>;

/**
 * Asks for a payout of `fen`: checked against what the wallet shows first, then by the Worker; when the
 * balance moved in the meantime (another request, a refund) the wallet is shown anew with the reason.
 */
export function usePayoutRequest(lang: Lang, balance: Balance, actions: WalletActions, onWallet: (wallet: Wallet) => void, onPaid: () => void) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const limits = (b: Balance) => ({ min: formatFen(b.minimumPayoutFen), available: formatFen(Math.max(0, b.availableFen)) });

  async function request(fen: number | null) {
    if (fen === null || fen <= 0) return setNotice({ kind: 'error', text: t(lang, 'walletBadAmount') });
    if (fen < balance.minimumPayoutFen) return setNotice({ kind: 'error', text: t(lang, 'walletTooLittle', limits(balance)) });
    if (fen > balance.availableFen) return setNotice({ kind: 'error', text: t(lang, 'walletTooMuch', limits(balance)) });
    setBusy(true);
    const result = await actions.requestPayout(fen);
    setBusy(false);
    if (result.ok) {
      setNotice({ kind: 'ok', text: t(lang, 'walletRequested_ok', { amount: formatFen(fen) }) });
      onPaid();
    } else if (result.error.code === 'INSUFFICIENT_BALANCE' || result.error.code === 'BELOW_MINIMUM') {
      const fresh = await actions.getWallet();
      onWallet(fresh);
      const now = fresh.ok ? fresh.data.balance : balance;
      setNotice({ kind: 'error', text: t(lang, result.error.code === 'BELOW_MINIMUM' ? 'walletTooLittle' : 'walletTooMuch', limits(now)) });
    } else setNotice({ kind: 'error', text: errorMessage(lang, result.error) });
    return result.ok;
  }
  return { busy, notice, request };
}
