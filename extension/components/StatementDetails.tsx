import { formatChinaTime } from '@@/shared/china-time';
import { formatFen } from '@@/shared/money';
import type { Statement } from '@@/shared/schemas';
import { t, type Lang } from '../i18n/messages';

const yuan = (fen: number) => `¥${formatFen(fen)}`;

/** A statement line in the user's words: what happened, from its kind, bucket and sign. */
function lineLabel(lang: Lang, line: Statement['lines'][number]): string {
  if (line.kind === 'adjustment') return `${t(lang, 'line_adjustment')}：${line.reason}`;
  if (line.kind !== 'payout') return t(lang, line.kind === 'estimate' ? 'line_estimate' : line.kind === 'settle' ? 'line_settle' : 'line_reverse');
  if (line.bucket === 'paid') return t(lang, 'line_payout_paid');
  if (line.bucket === 'available') return t(lang, line.amountFen < 0 ? 'line_payout_request' : 'line_payout_returned');
  return t(lang, line.amountFen === 0 ? 'line_payout_approved' : line.amountFen > 0 ? 'line_payout_review' : 'line_payout_out');
}

/** This month's statement, line by line, with what was owed before and after. */
export function StatementDetails({ lang, statement, holdDays }: { lang: Lang; statement: Statement; holdDays: number }) {
  return (
    <details class="dh-statement" data-testid="statement">
      <summary>
        {t(lang, 'statementTitle')} · {t(lang, 'statementClosing')} {yuan(statement.closingOwedFen)}
      </summary>
      <p class="dh-note">
        {t(lang, 'statementOpening')} {yuan(statement.openingOwedFen)}
      </p>
      <p class="dh-note">{t(lang, 'statementHoldNote', { days: holdDays })}</p>
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
  );
}
