import { useState } from 'preact/hooks';
import { z } from 'zod';
import type { PlatformId } from '@@/shared/platforms';
import type { Summary } from '@@/shared/schemas';
import type { ApiResult } from '../../api/result';
import { errorMessage } from '../../components/error-message';
import { TemplateEditor } from '../../components/TemplateEditor';
import { stripControlsKeepLines } from '@@/shared/schemas/text';
import { resolveLang, t } from '../../i18n/messages';
import type { Settings } from '../../storage/items';
import { withScheme } from '../../utils/with-scheme';

type Templates = Partial<Record<PlatformId, string>>;

export interface OptionsActions {
  /** Saves the connection (address, key) — only ever after a test of exactly these passed. */
  saveConnection(settings: Settings): Promise<void>;
  savePreferences(language: Settings['language'], templates: Templates): Promise<void>;
  /** Asks the service who this key belongs to. */
  test(settings: Settings): Promise<ApiResult<Summary>>;
  /** Asks the browser for the service's origin (the manifest names only the shops); answers nothing. */
  requestOrigin(origin: string): void;
}

const workerUrlSchema = z.url({ protocol: /^https?$/ });

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'ok'; name: string } | { kind: 'error'; message: string };

interface Props {
  initial: Settings;
  initialTemplates: Templates;
  browserLanguage: string;
  actions: OptionsActions;
}

/**
 * 连接 first — the service address and key, tested before anything is saved, so a failed test leaves the
 * working settings as they were — then the language and share-text templates, saved on their own.
 */
export function App({ initial, initialTemplates, browserLanguage, actions }: Props) {
  const [form, setForm] = useState(initial);
  const [templates, setTemplates] = useState(initialTemplates);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [prefsSaved, setPrefsSaved] = useState(false);
  const lang = resolveLang(form.language, browserLanguage);
  const update = (patch: Partial<Settings>) => setForm({ ...form, ...patch });
  const refuse = (reason: string) => setStatus({ kind: 'error', message: t(lang, 'notSaved', { reason }) });

  async function connect(event: Event) {
    event.preventDefault();
    // Read from the form itself: a submit right after typing must not test a render's stale copy.
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const workerUrl = withScheme(
      String(data.get('workerUrl') ?? '')
        .trim()
        .replace(/\/+$/, ''),
    );
    const apiKey = String(data.get('apiKey') ?? '').trim();
    if (!workerUrlSchema.safeParse(workerUrl).success) return refuse(t(lang, 'invalidUrl'));
    if (!apiKey) return refuse(t(lang, 'missingKey'));
    setForm((current) => ({ ...current, workerUrl }));
    // Asked inside the click (browsers grant permissions only in a user gesture); the test does not wait on it.
    actions.requestOrigin(new URL(workerUrl).origin);
    const candidate = { ...initial, language: form.language, workerUrl, apiKey };
    setStatus({ kind: 'saving' });
    const result = await actions.test(candidate);
    if (!result.ok) return refuse(errorMessage(lang, result.error));
    await actions.saveConnection(candidate);
    setStatus({ kind: 'ok', name: result.data.affiliate.name });
  }

  async function savePrefs(event: Event) {
    event.preventDefault();
    // Templates become text friends read: the one text rule, with invisible and direction characters stripped.
    const cleaned = Object.fromEntries(Object.entries(templates).map(([p, text]) => [p, stripControlsKeepLines(text ?? '')])) as Templates;
    await actions.savePreferences(form.language, cleaned);
    setPrefsSaved(true);
  }

  return (
    <main class="dh-options" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{t(lang, 'optionsTitle')}</h1>
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
          onInput={(e) => update({ workerUrl: e.currentTarget.value })}
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
          onInput={(e) => update({ apiKey: e.currentTarget.value })}
        />
        <small id="api-key-hint">{t(lang, 'apiKeyHint')}</small>

        <button type="submit" class="dh-primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t(lang, 'saving') : t(lang, 'save')}
        </button>
        {status.kind === 'ok' && (
          <p role="status" class="dh-ok" data-testid="options-status">
            {t(lang, 'savedAs', { name: status.name })}
          </p>
        )}
        {status.kind === 'error' && (
          <p role="alert" class="dh-error" data-testid="options-status">
            {status.message}
          </p>
        )}
      </form>

      <form onSubmit={savePrefs} aria-labelledby="dh-templates-title">
        <h2 id="dh-templates-title">{t(lang, 'templatesSection')}</h2>
        <label for="language">{t(lang, 'language')}</label>
        <select
          id="language"
          name="language"
          value={form.language}
          onChange={(e) => {
            update({ language: e.currentTarget.value as Settings['language'] });
            setPrefsSaved(false);
          }}
        >
          <option value="auto">{t(lang, 'languageAuto')}</option>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
        <TemplateEditor
          lang={lang}
          templates={templates}
          onChange={(next) => {
            setTemplates(next);
            setPrefsSaved(false);
          }}
        />
        <button type="submit">{t(lang, 'saveTemplates')}</button>
        {prefsSaved && (
          <span role="status" class="dh-ok">
            {' '}
            {t(lang, 'templatesSaved')}
          </span>
        )}
      </form>
    </main>
  );
}
