import { useState } from 'preact/hooks';
import { z } from 'zod';
import type { PlatformId } from '@@/shared/platforms';
import type { Summary } from '@@/shared/schemas';
import type { ApiResult } from '../../api/result';
import { errorMessage } from '../../components/error-message';
import { TemplateEditor } from '../../components/TemplateEditor';
import { resolveLang, t } from '../../i18n/messages';
import type { Settings } from '../../storage/items';

type Templates = Partial<Record<PlatformId, string>>;

export interface OptionsActions {
  save(settings: Settings, templates: Templates): Promise<void>;
  /** Asks the Worker who this key belongs to. */
  test(settings: Settings): Promise<ApiResult<Summary>>;
}

const workerUrlSchema = z.url({ protocol: /^https?$/ });

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'ok'; name: string } | { kind: 'error'; message: string };

interface Props {
  initial: Settings;
  initialTemplates: Templates;
  browserLanguage: string;
  actions: OptionsActions;
}

export function App({ initial, initialTemplates, browserLanguage, actions }: Props) {
  const [form, setForm] = useState(initial);
  const [templates, setTemplates] = useState(initialTemplates);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const lang = resolveLang(form.language, browserLanguage);
  const update = (patch: Partial<Settings>) => setForm({ ...form, ...patch });

  async function submit(event: Event) {
    event.preventDefault();
    const workerUrl = form.workerUrl.trim().replace(/\/+$/, '');
    const apiKey = form.apiKey.trim();
    if (!workerUrlSchema.safeParse(workerUrl).success) return setStatus({ kind: 'error', message: t(lang, 'invalidUrl') });
    if (!apiKey) return setStatus({ kind: 'error', message: t(lang, 'missingKey') });
    const next = { ...form, workerUrl, apiKey };
    setStatus({ kind: 'saving' });
    await actions.save(next, templates);
    const result = await actions.test(next);
    setStatus(result.ok ? { kind: 'ok', name: result.data.affiliate.name } : { kind: 'error', message: errorMessage(lang, result.error) });
  }

  return (
    <main class="dh-options" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{t(lang, 'optionsTitle')}</h1>
      <form onSubmit={submit} noValidate>
        <label for="worker-url">{t(lang, 'workerUrl')}</label>
        <input
          id="worker-url"
          name="workerUrl"
          type="url"
          autoComplete="url"
          placeholder="http://127.0.0.1:8787"
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

        <label for="language">{t(lang, 'language')}</label>
        <select id="language" name="language" value={form.language} onChange={(e) => update({ language: e.currentTarget.value as Settings['language'] })}>
          <option value="auto">{t(lang, 'languageAuto')}</option>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>

        <TemplateEditor lang={lang} templates={templates} onChange={setTemplates} />

        <button type="submit" class="dh-primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t(lang, 'saving') : t(lang, 'save')}
        </button>
      </form>
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
    </main>
  );
}
