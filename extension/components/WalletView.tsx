import { useState } from 'preact/hooks';
import { formatChinaTime } from '@@/shared/china-time';
import { formatFen, parseYuanToFen } from '@@/shared/money';
import type { Balance, Payout, Statement } from '@@/shared/schemas';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';
import { errorMessage } from './error-message';
import { useLoad } from '@@/shared/ui/use-load';
import { Tiles } from './Tiles';

export interface WalletActions {
  getWallet(): Promise<ApiResult<{ balance: Balance; payouts: Payout[] }>>;
  requestPayout(amountFen: number): Promise<ApiResult<Payout>>;
  getStatement(month: string): Promise<ApiResult<Statement>>;
}

const yuan = (fen: number) => `¥${formatFen(fen)}`;
const thisMonth = (now = Date.now()) => formatChinaTime(now).slice(0, 7);

/** A statement line in the user's words: what happened, from its kind, bucket and sign. */
function lineLabel(lang: Lang, line: Statement['lines'][number]): string {
  if (line.kind === 'adjustment') return `${t(lang, 'line_adjustment')}：${line.reason}`;
  if (line.kind !== 'payout') return t(lang, line.kind === 'estimate' ? 'line_estimate' : line.kind === 'settle' ? 'line_settle' : 'line_reverse');
  if (line.bucket === 'paid') return t(lang, 'line_payout_paid');
  if (line.bucket === 'available') return t(lang, line.amountFen < 0 ? 'line_payout_request' : 'line_payout_returned');
  return t(lang, line.amountFen === 0 ? 'line_payout_approved' : line.amountFen > 0 ? 'line_payout_review' : 'line_payout_out');
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The affiliate's money: what can be withdrawn now and what is on its way (unsettled, on hold, being
 * reviewed, paid), a payout request, its history with the operator's reason or transfer reference, and
 * this month's statement line by line.
 */
export function WalletView({ lang, actions }: { lang: Lang; actions: WalletActions }) {
  const [amount, setAmount] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [version, setVersion] = useState(0);
  const { value: wallet, set: setWallet } = useLoad(() => actions.getWallet(), [version]);
  const statement = useLoad(() => actions.getStatement(thisMonth()).then((r) => (r.ok ? r.data : null)), [version]).value;

  if (!wallet) return <p aria-busy="true">{t(lang, 'loading')}</p>;
  if (!wallet.ok)
    return (
      <p role="alert" class="dh-error">
        {errorMessage(lang, wallet.error)}
      </p>
    );
  const { balance, payouts } = wallet.data;

  async function submit(event: Event) {
    event.preventDefault();
    // Read from the form itself: a click right after typing must not send a render's stale copy.
    const fen = parseYuanToFen(String(new FormData(event.currentTarget as HTMLFormElement).get('amount') ?? ''));
    if (fen === null || fen <= 0) return setNotice({ kind: 'error', text: t(lang, 'walletBadAmount') });
    if (fen < balance.minimumPayoutFen) return setNotice({ kind: 'error', text: t(lang, 'walletTooLittle', { min: formatFen(balance.minimumPayoutFen) }) });
    if (fen > balance.availableFen)
      return setNotice({ kind: 'error', text: t(lang, 'walletTooMuch', { available: formatFen(Math.max(0, balance.availableFen)) }) });
    setBusy(true);
    const result = await actions.requestPayout(fen);
    setBusy(false);
    if (result.ok) {
      setAmount('');
      setNotice({ kind: 'ok', text: t(lang, 'walletRequested_ok', { amount: formatFen(fen) }) });
      setVersion(version + 1);
    } else if (result.error.code === 'INSUFFICIENT_BALANCE' || result.error.code === 'BELOW_MINIMUM') {
      // The balance moved since it was shown (another request, a refund): show it anew, and why.
      const fresh = await actions.getWallet();
      setWallet(fresh);
      const now = fresh.ok ? fresh.data.balance : balance;
      setNotice({
        kind: 'error',
        text: t(lang, result.error.code === 'BELOW_MINIMUM' ? 'walletTooLittle' : 'walletTooMuch', {
          min: formatFen(now.minimumPayoutFen),
          available: formatFen(Math.max(0, now.availableFen)),
        }),
      });
    } else setNotice({ kind: 'error', text: errorMessage(lang, result.error) });
  }

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
        <button type="submit" class="dh-primary" disabled={busy || balance.availableFen < balance.minimumPayoutFen}>
          {t(lang, 'walletRequest')}
        </button>
      </form>
      {notice && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} class={notice.kind === 'error' ? 'dh-error' : 'dh-ok'} data-testid="payout-notice">
          {notice.text}
        </p>
      )}
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
      {statement && (
        <details class="dh-statement" data-testid="statement">
          <summary>
            {t(lang, 'statementTitle')} · {t(lang, 'statementClosing')} {yuan(statement.closingOwedFen)}
          </summary>
          <p class="dh-note">
            {t(lang, 'statementOpening')} {yuan(statement.openingOwedFen)}
          </p>
          <p class="dh-note">{t(lang, 'statementHoldNote', { days: balance.holdDays })}</p>
          {statement.lines.length === 0 ? (
            <p class="dh-empty">{t(lang, 'statementEmpty')}</p>
          ) : (
            <table>
              <tbody>
                {statement.lines.map((line, i) => (
                  <tr key={`${line.at}-${i}`}>
                    <td>{formatChinaTime(line.at).slice(5, 16)}</td>
                    <td>
                      {lineLabel(lang, line)}
                      {line.orderNo && <span class="dh-why"> {line.orderNo}</span>}
                    </td>
                    <td class="dh-num">{yuan(line.amountFen)}</td>
                    <td class="dh-num">{yuan(line.owedFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      )}
    </section>
  );
}
