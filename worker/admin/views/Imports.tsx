import { useEffect, useState } from 'preact/hooks';
import { api, chinaDate } from '../api';
import type { T } from '../i18n';

interface Batch {
  id: string;
  network: string;
  fileName: string;
  encoding: string;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: Array<{ row: number; code: string; message: string }>;
  createdAt: number;
}

/** Upload with progress (XHR reports upload progress; fetch does not), then every batch's counts and row errors. */
function upload(form: FormData, onProgress: (percent: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/admin/orders/import');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve({ status: xhr.status, body: JSON.parse(xhr.responseText || 'null') });
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(form);
  });
}

export function Imports({ t }: { t: T }) {
  const [batches, setBatches] = useState<Batch[] | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void api<{ batches: Batch[] }>('/api/admin/reports/imports').then((r) => setBatches(r.batches));
  }, [version]);

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setProgress(0);
    setMessage(null);
    const { status, body } = await upload(form, setProgress);
    setProgress(null);
    const result = body as { inserted?: number; updated?: number; unchanged?: number; rejected?: number; error?: { message: string } };
    setMessage(status === 200 ? `${result.inserted} ${t('inserted')} · ${result.updated} ${t('updated')} · ${result.unchanged} ${t('unchanged')} · ${result.rejected} ${t('rejected')}` : (result.error?.message ?? `HTTP ${status}`));
    setVersion(version + 1);
  }

  return (
    <section>
      <form class="filters" onSubmit={submit}>
        <select name="network" aria-label={t('network')} required>
          <option value="taobao">淘宝联盟 / Alimama</option>
          <option value="jd">京东联盟 / JD Union</option>
          <option value="pdd">多多进宝 / Pinduoduo</option>
        </select>
        <input type="file" name="file" aria-label={t('reportFile')} accept=".csv,.txt,.tsv,text/csv" required />
        <button type="submit" disabled={progress !== null}>
          {progress === null ? t('upload') : t('uploading', { percent: progress })}
        </button>
        {progress !== null && <progress max={100} value={progress} />}
      </form>
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
                  {b.network} · {b.encoding} · {chinaDate(b.createdAt)}
                </span>
              </div>
              <div>
                {b.inserted} {t('inserted')} · {b.updated} {t('updated')} · {b.unchanged} {t('unchanged')} · {b.rejected} {t('rejected')}
              </div>
              {b.errors.length > 0 && (
                <details>
                  <summary>
                    {t('rowErrors')} ({b.errors.length})
                  </summary>
                  <ol>
                    {b.errors.map((e) => (
                      <li key={e.row}>
                        #{e.row} {e.code}: {e.message}
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
