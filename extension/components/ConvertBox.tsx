import { useEffect, useState } from 'preact/hooks';
import type { ConvertResponse } from '@@/shared/schemas';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';
import { errorMessage } from './error-message';

export interface ConvertActions {
  convert(text: string, prefer: 'link' | 'password'): Promise<ApiResult<ConvertResponse>>;
  copy(text: string): Promise<boolean>;
}

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; result: ConvertResponse; copied: boolean } | { kind: 'error'; message: string };

/**
 * 文案转链: a whole 线报 pasted in, the same message out with every link and 口令 the affiliate's own, a list
 * of what each became (or why not), and the result copied in one click.
 */
export function ConvertBox({ lang, actions, initialText = null }: { lang: Lang; actions: ConvertActions; initialText?: string | null }) {
  const [text, setText] = useState(initialText ?? '');
  const [prefer, setPrefer] = useState<'link' | 'password'>('link');
  const [state, setState] = useState<State>({ kind: 'idle' });
  async function convert(message: string) {
    if (!message.trim()) return;
    setState({ kind: 'working' });
    const answer = await actions.convert(message, prefer);
    if (!answer.ok) return setState({ kind: 'error', message: errorMessage(lang, answer.error) });
    setState({ kind: 'done', result: answer.data, copied: await actions.copy(answer.data.text) });
  }
  // Text brought by "转链选中文字" is converted once, as the popup opens: the click already asked for it.
  useEffect(() => void (initialText && convert(initialText)), []);
  const run = (event: Event) => {
    event.preventDefault();
    void convert(text);
  };
  return (
    <form class="dh-paste" onSubmit={run} data-testid="convert">
      <label for="dh-convert-text">{t(lang, 'convertTitle')}</label>
      <textarea
        id="dh-convert-text"
        data-testid="convert-text"
        rows={5}
        placeholder={t(lang, 'convertPlaceholder')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <label class="dh-note">
        <input type="checkbox" checked={prefer === 'password'} onChange={(e) => setPrefer(e.currentTarget.checked ? 'password' : 'link')} />{' '}
        {t(lang, 'convertPreferPassword')}
      </label>
      <button type="submit" class="dh-primary" disabled={state.kind === 'working'}>
        {state.kind === 'working' ? t(lang, 'creating') : t(lang, 'convertButton')}
      </button>
      {state.kind === 'error' && (
        <p role="alert" class="dh-error">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && <ConvertResult lang={lang} result={state.result} copied={state.copied} copy={actions.copy} />}
    </form>
  );
}

function ConvertResult({ lang, result, copied, copy }: { lang: Lang; result: ConvertResponse; copied: boolean; copy(text: string): Promise<boolean> }) {
  const converted = result.items.filter((i) => i.status === 'converted').length;
  return (
    <div class="dh-paste" data-testid="convert-result">
      <p role="status" class="dh-note">
        {t(lang, 'convertDone', { converted, total: result.items.length })} {copied ? t(lang, 'convertCopied') : ''}
      </p>
      <textarea readOnly rows={6} value={result.text} data-testid="converted-text" />
      <button type="button" onClick={() => void copy(result.text)}>
        {t(lang, 'convertCopy')}
      </button>
      <ul class="dh-orders">
        {result.items.map((item, i) => (
          <li key={`${i}-${item.source}`}>
            <span class="dh-code-title">{item.source.length > 40 ? `${item.source.slice(0, 40)}…` : item.source}</span>
            <span class="dh-status">{t(lang, `convert_${item.status}`)}</span>
            {item.status === 'converted' ? <span class="dh-why">→ {item.replacement}</span> : item.reason && <span class="dh-why">{item.reason}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
