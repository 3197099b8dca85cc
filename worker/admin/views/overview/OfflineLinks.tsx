import { useState } from 'preact/hooks';
import { client, ok } from '../../client';
import { chinaDate } from '../../format';
import type { T } from '../../i18n';

type Offline = Awaited<ReturnType<typeof load>>['codes'][number];
const load = () => ok(client.api.admin.reports['offline-links'].$get());

/** The links the networks withdrew, newest first — which code, whose, and the network's reason — when the operator opens them. */
export function OfflineLinks({ count, t }: { count: number; t: T }) {
  const [codes, setCodes] = useState<Offline[] | null>(null);
  if (count === 0) return null;
  const open = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open && !codes) void load().then((r) => setCodes(r.codes));
  };
  return (
    <details data-testid="offline-links" onToggle={open}>
      <summary>{t('offlineLinksOpen', { n: count })}</summary>
      {!codes ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <ol>
          {codes.map((c) => (
            <li key={c.code}>
              <a href={`#/clickLog?code=${encodeURIComponent(c.code)}`}>{c.code}</a> · {c.title ?? c.url} · {c.affiliateName}
              {c.at !== null && <span class="muted"> · {chinaDate(c.at)}</span>}
              {c.reason && <p class="muted">{c.reason}</p>}
            </li>
          ))}
        </ol>
      )}
      {codes && codes.length < count && <p class="muted">{t('offlineLinksMore', { shown: codes.length, n: count })}</p>}
    </details>
  );
}
