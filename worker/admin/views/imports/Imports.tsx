import { useState } from 'preact/hooks';
import { NETWORK_NAMES, NETWORKS } from '../../../../shared/platforms/types';
import type { Network } from '../../../../shared/schemas/orders';
import { useLoad } from '../../../../shared/ui/use-load';
import { client, ok } from '../../client';
import type { ViewProps } from '../../i18n';
import { BatchList } from './BatchList';
import { ImportProgressLine } from './ImportProgressLine';
import { importInParts, type ImportProgress } from './import-in-parts';

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
      setMessage(t('importFailed', { message: err instanceof Error ? err.message : String(err) }));
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
