import { NETWORK_NAMES } from '../../../../shared/platforms/types';
import { chinaDate } from '../../format';
import type { Lang, T } from '../../i18n';
import { RowErrors } from './RowErrors';
import type { Batch } from './types';

/** Every import so far, newest first, with what became of its rows. */
export function BatchList({ batches, lang, t }: { batches: Batch[] | null; lang: Lang; t: T }) {
  if (!batches) return <p aria-busy="true">{t('loading')}</p>;
  if (batches.length === 0) return <p class="muted">{t('noData')}</p>;
  return (
    <ul class="orders" data-testid="batches">
      {batches.map((b) => (
        <li key={b.id}>
          <div class="row">
            <strong>{b.fileName}</strong>
            <span class="muted">
              {NETWORK_NAMES[b.network][lang]} · {b.format} · {chinaDate(b.createdAt)}
            </span>
          </div>
          <div>
            {b.inserted} {t('inserted')} · {b.updated} {t('updated')} · {b.unchanged} {t('unchanged')} · {b.rejected} {t('rejected')}
            {b.totalRows > b.processedRows && <span class="muted"> · {t('processed', { done: b.processedRows, total: b.totalRows })}</span>}
          </div>
          {b.rejected > 0 && <RowErrors batch={b} lang={lang} t={t} />}
        </li>
      ))}
    </ul>
  );
}
