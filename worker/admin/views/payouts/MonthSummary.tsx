import { useState } from 'preact/hooks';
import { formatChinaTime } from '../../../../shared/china-time';
import { monthSummarySchema, type MonthSummaryRow } from '../../../../shared/schemas/payouts';
import { useLoad } from '../../../../shared/ui/use-load';
import { client, okAs } from '../../client';
import { yuan } from '../../format';
import type { Lang, T } from '../../i18n';

/** What the programme owed at the start and end of a month, per affiliate, for bookkeeping; read again after each step. */
export function MonthSummary({ t, lang, version }: { t: T; lang: Lang; version: number }) {
  const [month, setMonth] = useState(formatChinaTime(Date.now()).slice(0, 7));
  const rows = useLoad(
    () =>
      /^\d{4}-\d{2}$/.test(month)
        ? okAs(client.api.admin.statements[':month'].$get({ param: { month }, query: {} }), monthSummarySchema).then((r) => r.rows as MonthSummaryRow[])
        : null,
    [month, version],
  ).value;
  return (
    <section>
      <div class="row">
        <h2>{t('monthSummary')}</h2>
        <label>
          {t('month')} <input type="month" value={month} onInput={(e) => setMonth(e.currentTarget.value)} />
        </label>
        <a class="button" href={`/api/admin/statements/${month}?format=csv&lang=${lang}`} download>
          {t('exportCsv')}
        </a>
      </div>
      <div class="scroll">
        <table data-testid="month-summary">
          <thead>
            <tr>
              <th>{t('affiliate')}</th>
              <th>{t('openingOwed')}</th>
              <th>{t('earned')}</th>
              <th>{t('adjusted')}</th>
              <th>{t('paidOut')}</th>
              <th>{t('closingOwed')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((r) => (
              <tr key={r.affiliateId}>
                <td>{r.name}</td>
                <td>{yuan(r.openingOwedFen)}</td>
                <td>{yuan(r.earnedFen)}</td>
                <td>{yuan(r.adjustedFen)}</td>
                <td>{yuan(r.paidFen)}</td>
                <td>{yuan(r.closingOwedFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
