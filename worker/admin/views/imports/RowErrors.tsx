import { useState } from 'preact/hooks';
import type { ImportRowError } from '../../../../shared/schemas/orders';
import { client, ok } from '../../client';
import type { Lang, T } from '../../i18n';
import { rowProblemWords } from '../../../../shared/report-words';
import type { Batch } from './types';

/** A batch's stored row errors, fetched when the admin opens them. */
export function RowErrors({ batch, lang, t }: { batch: Batch; lang: Lang; t: T }) {
  const [errors, setErrors] = useState<ImportRowError[] | null>(null);
  const open = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open && !errors) {
      void ok(client.api.admin.orders.imports[':batchId'].errors.$get({ param: { batchId: batch.id }, query: { limit: '1000' } })).then((r) =>
        setErrors(r.errors),
      );
    }
  };
  return (
    <details onToggle={open}>
      <summary>
        {t('rowErrors')} ({batch.rejected})
      </summary>
      {!errors ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <>
          {batch.rejected > errors.length && <p class="muted">{t('moreErrors', { count: batch.rejected })}</p>}
          <ol>
            {errors.map((e) => (
              <li key={e.row}>{t('rowError', { row: e.row, problem: e.problem ? rowProblemWords(e.problem, e.field ?? '', e.value, lang) : e.message })}</li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
