import { useState } from 'preact/hooks';
import { NETWORK_NAMES, NETWORKS } from '../../../../shared/platforms/types';
import type { Network } from '../../../../shared/schemas/orders';
import { useLoad } from '../../../../shared/ui/use-load';
import { client, ok } from '../../client';
import type { Lang, T, ViewProps } from '../../i18n';
import { ApiError } from '../../api-error';
import { BatchList } from './BatchList';
import { ImportProgressLine } from './ImportProgressLine';
import { importInParts, type ImportProgress } from './import-in-parts';

/**
 * Why an import stopped, with the right advice: a file of another network is chosen again with that
 * network (the same file); a refused header names the columns; a damaged file is downloaded again; a
 * broken connection is retried with the same file (rows already imported never count twice).
 */
function importFailure(err: unknown, chosen: Network, lang: Lang, t: T): string {
  if (err instanceof ApiError && err.code === 'WRONG_FILE_KIND') {
    return err.network
      ? t('wrongFileKind', { looksLike: NETWORK_NAMES[err.network][lang], chosen: NETWORK_NAMES[chosen][lang] })
      : t('notAReport', { chosen: NETWORK_NAMES[chosen][lang] });
  }
  if (err instanceof ApiError && err.code === 'DAMAGED_FILE') return err.message;
  return t('importFailed', {
    message: err instanceof ApiError ? t('importStoppedCode', { code: err.status }) : err instanceof Error ? err.message : String(err),
  });
}

/** Upload a network's order report (sent in parts, with progress), and every import so far. */
export function Imports({ t, lang }: ViewProps) {
  const batches = useLoad(() => ok(client.api.admin.reports.imports.$get()).then((r) => r.batches), []);
  const [progress, setProgress] = useState<ImportProgress | 'reading' | null>(null);
  const [message, setMessage] = useState<string | null>(null);

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
      setMessage(importFailure(err, form.get('network') as Network, lang, t));
    } finally {
      setProgress(null);
      batches.reload();
    }
  }

  return (
    <section>
      <form class="filters" onSubmit={submit}>
        <select name="network" aria-label={t('network')} required>
          {NETWORKS.map((network) => (
            <option key={network} value={network}>
              {NETWORK_NAMES[network][lang]}
            </option>
          ))}
        </select>
        <input type="file" name="file" aria-label={t('reportFile')} accept=".xls,.xlsx,.csv,.txt,.tsv,text/csv" required />
        <button type="submit" disabled={progress !== null}>
          {t('upload')}
        </button>
      </form>
      {progress && <ImportProgressLine progress={progress} t={t} />}
      {message && (
        <p class="notice" role="status" data-testid="import-result">
          {message}
        </p>
      )}
      <h2>{t('batches')}</h2>
      <BatchList batches={batches.value} lang={lang} t={t} />
    </section>
  );
}
