import type { OfflineCode } from '@@/shared/schemas';
import { useLoad } from '@@/shared/ui/use-load';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';

export interface OfflineLinksActions {
  getOfflineCodes(): Promise<ApiResult<{ codes: OfflineCode[] }>>;
}

/** "N 个链接已失效": codes whose item the network withdrew, the day it happened, with the network's reason. */
export function OfflineLinks({ lang, actions }: { lang: Lang; actions: OfflineLinksActions }) {
  const codes = useLoad(() => actions.getOfflineCodes().then((r) => (r.ok ? r.data.codes : [])), []).value;
  if (!codes || codes.length === 0) return null;
  return (
    <details class="dh-offline" data-testid="offline-links">
      <summary class="dh-error">{t(lang, 'offlineLinks', { n: codes.length })}</summary>
      <ul class="dh-orders">
        {codes.map((c) => (
          <li key={c.code}>
            <span class="dh-code-title">{c.title ?? c.code}</span>
            <span class="dh-why">{t(lang, 'offlineWhy')}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
