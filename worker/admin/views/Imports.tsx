import type { InferResponseType } from 'hono/client';
import { useEffect, useState } from 'preact/hooks';
import { NETWORK_NAMES, NETWORKS } from '../../../shared/platforms/types';
import type { ImportRowError, Network } from '../../../shared/schemas/orders';
import { chinaDate } from '../format';
import { client, ok } from '../client';
import type { T } from '../i18n';
import { importInParts, type ImportProgress } from './import-in-parts';

// The routes' own answer types (Hono's typed client), not a copy of them.
type Batch = InferResponseType<typeof client.api.admin.reports.imports.$get>['batches'][number];

/** A batch's stored row errors, fetched when the admin opens them. */
function RowErrors({ batch, t }: { batch: Batch; t: T }) {
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
              <li key={e.row}>
                #{e.row} {e.code}: {e.message}
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}

export function Imports({ t }: { t: T }) {
  const [batches, setBatches] = useState<Batch[] | null>(null);
  const [progress, setProgress] = useState<ImportProgress | 'reading' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void ok(client.api.admin.reports.imports.$get()).then((r) => setBatches(r.batches));
  }, [version]);

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const file = form.get('file');
    if (!(file instanceof File)) return;
    setProgress('reading');
    setMessage(null);
    try {
      const totals = await importInParts(file, form.get('network') as Network, setProgress);
      const counted = totals.inserted + totals.updated + totals.unchanged + totals.rejected;
      setMessage(
        counted === 0
          ? t('emptyReport')
          : `${totals.inserted} ${t('inserted')} · ${totals.updated} ${t('updated')} · ${totals.unchanged} ${t('unchanged')} · ${totals.rejected} ${t('rejected')}`,
      );
    } catch (err) {
      setMessage(t('importFailed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setProgress(null);
      setVersion((v) => v + 1);
    }
  }

  const busy = progress !== null;
  return (
    <section>
      <form class="filters" onSubmit={submit}>
        <select name="network" aria-label={t('network')} required>
          {NETWORKS.map((network) => (
            <option key={network} value={network}>
              {NETWORK_NAMES[network].zh} / {NETWORK_NAMES[network].en}
            </option>
          ))}
        </select>
        <input type="file" name="file" aria-label={t('reportFile')} accept=".xls,.xlsx,.csv,.txt,.tsv,text/csv" required />
        <button type="submit" disabled={busy}>
          {t('upload')}
        </button>
      </form>
      {busy && (
        <p role="status" data-testid="import-progress">
          {progress === 'reading' ? (
            t('reading')
          ) : (
            <>
              {progress.retryingPart ? t('retrying', { part: progress.retryingPart }) : t('importing', { done: progress.done, total: progress.total })}{' '}
              <progress max={Math.max(1, progress.total)} value={progress.done} />
            </>
          )}
        </p>
      )}
      {message && (
        <p class="notice" role="status" data-testid="import-result">
          {message}
        </p>
      )}
      <h2>{t('batches')}</h2>
      {!batches ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : batches.length === 0 ? (
        <p class="muted">{t('noData')}</p>
      ) : (
        <ul class="orders" data-testid="batches">
          {batches.map((b) => (
            <li key={b.id}>
              <div class="row">
                <strong>{b.fileName}</strong>
                <span class="muted">
                  {b.network} · {b.format} · {chinaDate(b.createdAt)}
                </span>
              </div>
              <div>
                {b.inserted} {t('inserted')} · {b.updated} {t('updated')} · {b.unchanged} {t('unchanged')} · {b.rejected} {t('rejected')}
                {b.totalRows > b.processedRows && <span class="muted"> · {t('processed', { done: b.processedRows, total: b.totalRows })}</span>}
              </div>
              {b.rejected > 0 && <RowErrors batch={b} t={t} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
