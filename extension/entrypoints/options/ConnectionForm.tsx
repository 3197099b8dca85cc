import { useState } from 'preact/hooks';
import { z } from 'zod';
import { errorMessage } from '../../components/error-message';
import { t, type Lang } from '../../i18n/messages';
import type { Settings } from '../../storage/items';
import { withScheme } from '../../utils/with-scheme';
import type { OptionsActions } from './App';

const workerUrlSchema = z.url({ protocol: /^https?$/ });

/** The address as typed, with a scheme added where it has none and no trailing slash; the key trimmed. */
function readConnection(form: HTMLFormElement) {
  const data = new FormData(form);
  const workerUrl = withScheme(
    String(data.get('workerUrl') ?? '')
      .trim()
      .replace(/\/+$/, ''),
  );
  return { workerUrl, apiKey: String(data.get('apiKey') ?? '').trim() };
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'ok'; name: string } | { kind: 'error'; message: string };

/** The service address and key, tested before anything is saved: a failed test leaves the working settings as they were. */
export function ConnectionForm({
  lang,
  initial,
  language,
  actions,
}: {
  lang: Lang;
  initial: Settings;
  language: Settings['language'];
  actions: OptionsActions;
}) {
  const [form, setForm] = useState({ workerUrl: initial.workerUrl, apiKey: initial.apiKey });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const refuse = (reason: string) => setStatus({ kind: 'error', message: t(lang, 'notSaved', { reason }) });

  async function connect(event: Event) {
    event.preventDefault();
    // Read from the form itself: a submit right after typing must not test a render's stale copy.
    const { workerUrl, apiKey } = readConnection(event.currentTarget as HTMLFormElement);
    if (!workerUrlSchema.safeParse(workerUrl).success) return refuse(t(lang, 'invalidUrl'));
    if (!apiKey) return refuse(t(lang, 'missingKey'));
    setForm((current) => ({ ...current, workerUrl }));
    // Asked inside the click (browsers grant permissions only in a user gesture); the test does not wait on it.
    actions.requestOrigin(new URL(workerUrl).origin);
    const candidate = { ...initial, language, workerUrl, apiKey };
    setStatus({ kind: 'saving' });
    const result = await actions.test(candidate);
    if (!result.ok) return refuse(errorMessage(lang, result.error));
    await actions.saveConnection(candidate);
    setStatus({ kind: 'ok', name: result.data.affiliate.name });
  }

  return (
    <form onSubmit={connect} noValidate aria-labelledby="dh-connect-title">
      <h2 id="dh-connect-title">{t(lang, 'connectTitle')}</h2>
      <label for="worker-url">{t(lang, 'workerUrl')}</label>
      <input
        id="worker-url"
        name="workerUrl"
        type="url"
        autoComplete="url"
        placeholder="https://daihuo.example.com"
        value={form.workerUrl}
        aria-describedby="worker-url-hint"
        onInput={(e) => setForm({ ...form, workerUrl: e.currentTarget.value })}
      />
      <small id="worker-url-hint">{t(lang, 'workerUrlHint')}</small>
      <label for="api-key">{t(lang, 'apiKey')}</label>
      <input
        id="api-key"
        name="apiKey"
        type="password"
        autoComplete="off"
        spellcheck={false}
        value={form.apiKey}
        aria-describedby="api-key-hint"
        onInput={(e) => setForm({ ...form, apiKey: e.currentTarget.value })}
      />
      <small id="api-key-hint">{t(lang, 'apiKeyHint')}</small>
      <button type="submit" class="dh-primary" disabled={status.kind === 'saving'}>
        {status.kind === 'saving' ? t(lang, 'saving') : t(lang, 'save')}
      </button>
      <ConnectionStatus lang={lang} status={status} />
    </form>
  );
}

function ConnectionStatus({ lang, status }: { lang: Lang; status: Status }) {
  if (status.kind !== 'ok' && status.kind !== 'error') return null;
  const ok = status.kind === 'ok';
  return (
    <p role={ok ? 'status' : 'alert'} class={ok ? 'dh-ok' : 'dh-error'} data-testid="options-status">
      {status.kind === 'ok' ? t(lang, 'savedAs', { name: status.name }) : status.message}
    </p>
  );
}
