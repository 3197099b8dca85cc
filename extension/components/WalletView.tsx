import { formatChinaTime } from '@@/shared/china-time';
import { formatFen } from '@@/shared/money';
import type { Balance, Payout, Statement } from '@@/shared/schemas';
import { useLoad } from '@@/shared/ui/use-load';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';
import { errorMessage } from './error-message';
import { PayoutAccountForm, type PayoutAccountActions } from './PayoutAccountForm';
import { PayoutForm } from './PayoutForm';
import { PayoutHistory } from './PayoutHistory';
import { StatementDetails } from './StatementDetails';
import { Tiles } from './Tiles';

export interface WalletActions extends PayoutAccountActions {
  getWallet(): Promise<ApiResult<{ balance: Balance; payouts: Payout[] }>>;
  requestPayout(amountFen: number): Promise<ApiResult<Payout>>;
  getStatement(month: string): Promise<ApiResult<Statement>>;
}

const yuan = (fen: number) => `¥${formatFen(fen)}`;
const thisMonth = (now = Date.now()) => formatChinaTime(now).slice(0, 7);

/**
 * The affiliate's money: what can be withdrawn now and what is on its way (unsettled, on hold, being
 * reviewed, paid), a payout request, its history with the operator's reason or transfer reference, and
 * this month's statement line by line.
 */
export function WalletView({ lang, actions }: { lang: Lang; actions: WalletActions }) {
  const wallet = useLoad(() => actions.getWallet(), []);
  const statement = useLoad(() => actions.getStatement(thisMonth()).then((r) => (r.ok ? r.data : null)), []);
  const reload = () => {
    wallet.reload();
    statement.reload();
  };

  if (!wallet.value) return <p aria-busy="true">{t(lang, 'loading')}</p>;
  if (!wallet.value.ok)
    return (
      <p role="alert" class="dh-error">
        {errorMessage(lang, wallet.value.error)}
      </p>
    );
  const { balance, payouts } = wallet.value.data;
  return (
    <section class="dh-wallet" aria-labelledby="dh-wallet-title">
      <h2 id="dh-wallet-title">{t(lang, 'walletTitle')}</h2>
      <Tiles
        lang={lang}
        tiles={[
          ['walletAvailable', yuan(balance.availableFen), 'wallet-available'],
          ['walletPending', yuan(balance.pendingFen), 'wallet-pending'],
          ['walletHeld', yuan(balance.heldFen), 'wallet-held'],
          ['walletPaid', yuan(balance.paidFen), 'wallet-paid'],
        ]}
      />
      {balance.requestedFen > 0 && (
        <p class="dh-note">
          {t(lang, 'walletRequested')} <strong data-testid="wallet-requested">{yuan(balance.requestedFen)}</strong>
        </p>
      )}
      <p class="dh-note">{t(lang, 'walletHoldNote', { days: balance.holdDays, min: formatFen(balance.minimumPayoutFen) })}</p>
      <PayoutAccountForm lang={lang} actions={actions} />
      <PayoutForm lang={lang} balance={balance} actions={actions} onWallet={wallet.set} onPaid={reload} />
      <PayoutHistory lang={lang} payouts={payouts} />
      {statement.value && <StatementDetails lang={lang} statement={statement.value} holdDays={balance.holdDays} />}
    </section>
  );
}
