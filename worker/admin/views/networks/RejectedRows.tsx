import { useState } from 'preact/hooks';
import type { NetworkStatus } from '../../../../shared/schemas/networks';
import { chinaDate } from '../../format';
import { client, ok } from '../../client';
import type { Lang, T } from '../../i18n';
import type { RowProblem } from '../../../../shared/schemas/orders';
import { rowProblemWords } from '../../../../shared/report-words';

type Row = { raw: string; reason: string; problem: RowProblem | null; field: string | null; value: string | null; at: number };

/** The rows a network's pulls answered that could not be order lines: counted, and listed as sent when opened. */
export function RejectedRows({ network, count, lang, t }: { network: NetworkStatus['network']; count: number; lang: Lang; t: T }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  if (count === 0) return null;
  const load = () => {
    if (rows) return;
    void ok(client.api.admin.networks[':network'].rejected.$get({ param: { network }, query: { limit: '50', offset: '0' } })).then((r) => setRows(r.rows));
  };
  return (
    <details data-testid={`rejected-${network}`} onToggle={load}>
      <summary class="error">{t('rejectedRows', { n: count })}</summary>
      {rows === null ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <ol>
          {rows.map((r) => (
            <li key={`${r.at}-${r.raw.slice(0, 40)}`}>
              {chinaDate(r.at)} · {r.problem ? rowProblemWords(r.problem, r.field ?? '', r.value, lang) : r.reason}
              <pre>{r.raw}</pre>
            </li>
          ))}
        </ol>
      )}
      {rows !== null && rows.length < count && <p class="muted">{t('rejectedMore', { n: count - rows.length })}</p>}
    </details>
  );
}
