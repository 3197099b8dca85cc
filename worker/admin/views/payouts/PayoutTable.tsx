import { PAYOUT_STATUS_WORDS } from '../../../../shared/report-words';
import type { Payout } from '../../../../shared/schemas/payouts';
import { chinaDate, yuan } from '../../format';
import type { Lang, T } from '../../i18n';
import { PayoutActions } from './PayoutActions';

export const PAGE = 50;

interface Props {
  list: { payouts: Payout[]; total: number };
  offset: number;
  setOffset(n: number): void;
  lang: Lang;
  t: T;
  onDone(error: string | null): void;
}

/** A page of payout requests, each with its next step. */
export function PayoutTable({ list, offset, setOffset, lang, t, onDone }: Props) {
  return (
    <>
      <div class="scroll">
        <table data-testid="payouts">
          <thead>
            <tr>
              <th>{t('requestedAt')}</th>
              <th class="sticky">{t('affiliate')}</th>
              <th>{t('amount')}</th>
              <th>{t('status')}</th>
              <th>{t('accountColumn')}</th>
              <th>{t('action')}</th>
            </tr>
          </thead>
          <tbody>
            {list.payouts.map((p) => (
              <tr key={p.id} data-payout={p.id}>
                <td>{chinaDate(p.requestedAt)}</td>
                <td class="sticky">{p.affiliateName}</td>
                <td>{yuan(p.amountFen)}</td>
                <td>{PAYOUT_STATUS_WORDS[p.status][lang]}</td>
                <td>{p.accountMethod ? `${t(`method_${p.accountMethod}`)} ${p.accountMasked}` : '—'}</td>
                <td>
                  <PayoutActions payout={p} t={t} onDone={onDone} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="row">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          {t('prevPage')}
        </button>
        <span>{t('pageOf', { from: offset + 1, to: offset + list.payouts.length, total: list.total })}</span>
        <button type="button" disabled={offset + PAGE >= list.total} onClick={() => setOffset(offset + PAGE)}>
          {t('nextPage')}
        </button>
      </div>
    </>
  );
}
