import { useState } from 'preact/hooks';
import type { PlatformId } from '@@/shared/platforms';
import type { CreateCodeRequest, ResolveResponse, ShareCode } from '@@/shared/schemas';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';
import { shareTextFor } from '../share/share-text';
import { errorMessage, unresolvedMessage } from './error-message';
import { ShareResult, type ShareActions } from './ShareResult';

export interface PasteActions extends ShareActions {
  resolve(text: string): Promise<ApiResult<ResolveResponse>>;
  createCode(request: CreateCodeRequest): Promise<ApiResult<ShareCode>>;
}

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; code: ShareCode } | { kind: 'error'; message: string };

/** "Paste anything": a link, short link or password in, the affiliate's own share code out, in one step. */
export function PasteBox({ lang, templates, actions }: { lang: Lang; templates: Partial<Record<PlatformId, string>>; actions: PasteActions }) {
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function convert(event: Event) {
    event.preventDefault();
    if (!text.trim()) return;
    setState({ kind: 'working' });
    const resolved = await actions.resolve(text);
    if (!resolved.ok) return setState({ kind: 'error', message: errorMessage(lang, resolved.error) });
    if (!resolved.data.url) return setState({ kind: 'error', message: unresolvedMessage(lang, resolved.data) });
    const created = await actions.createCode({ url: resolved.data.url });
    setState(created.ok ? { kind: 'done', code: created.data } : { kind: 'error', message: errorMessage(lang, created.error) });
  }

  return (
    <form class="dh-paste" onSubmit={convert}>
      <label for="dh-paste-text">{t(lang, 'pasteTitle')}</label>
      <textarea
        id="dh-paste-text"
        data-testid="paste-text"
        rows={3}
        placeholder={t(lang, 'pastePlaceholder')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        // Ctrl/⌘+Enter converts, as in chat apps.
        onKeyDown={(e) => (e.ctrlKey || e.metaKey) && e.key === 'Enter' && void convert(e)}
      />
      <button type="submit" class="dh-primary" disabled={state.kind === 'working' || !text.trim()}>
        {state.kind === 'working' ? t(lang, 'converting') : t(lang, 'convert')}
      </button>
      {state.kind === 'error' && (
        <p role="alert" class="dh-error">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <ShareResult
          lang={lang}
          code={state.code}
          shareText={shareTextFor(state.code, state.code, templates)}
          title={state.code.title}
          priceFen={state.code.priceFen}
          imageUrl={null}
          actions={actions}
        />
      )}
    </form>
  );
}
