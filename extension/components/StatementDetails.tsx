import { formatChinaTime } from '@@/shared/china-time';
import { formatFen } from '@@/shared/money';
import type { Statement } from '@@/shared/schemas';
import { statementLineWords } from '@@/shared/report-words';
import { t, type Lang } from '../i18n/messages';

const yuan = (fen: number) => `¥${formatFen(fen)}`;

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
                  {statementLineWords(line, lang)}
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
