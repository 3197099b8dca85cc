import { useState } from 'preact/hooks';
import type { PlatformId } from '@@/shared/platforms';
import type { Summary } from '@@/shared/schemas';
import type { ApiResult } from '../../api/result';
import { resolveLang, t } from '../../i18n/messages';
import type { Settings } from '../../storage/items';
import { ConnectionForm } from './ConnectionForm';
import { PreferencesForm } from './PreferencesForm';

type Templates = Partial<Record<PlatformId, string>>;

export interface OptionsActions {
  /** Saves the connection (address, key) — only ever after a test of exactly these passed. */
  saveConnection(settings: Settings): Promise<void>;
  savePreferences(language: Settings['language'], templates: Templates, copyOnMint: boolean): Promise<void>;
  /** Asks the service who this key belongs to. */
  test(settings: Settings): Promise<ApiResult<Summary>>;
  /** Asks the browser for the service's origin (the manifest names only the shops); answers nothing. */
  requestOrigin(origin: string): void;
}

interface Props {
  initial: Settings;
  initialTemplates: Templates;
  /** 生成分享码 also copies the share text. */
  initialCopyOnMint?: boolean;
  browserLanguage: string;
  actions: OptionsActions;
}

/** 连接 first — the service address and key — then the language and share-text templates. */
export function App({ initial, initialTemplates, initialCopyOnMint = true, browserLanguage, actions }: Props) {
  const [language, setLanguage] = useState(initial.language);
  const lang = resolveLang(language, browserLanguage);
  return (
    <main class="dh-options" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{t(lang, 'optionsTitle')}</h1>
      <ConnectionForm lang={lang} initial={initial} language={language} actions={actions} />
      <PreferencesForm
        lang={lang}
        language={language}
        setLanguage={setLanguage}
        initialTemplates={initialTemplates}
        initialCopyOnMint={initialCopyOnMint}
        actions={actions}
      />
    </main>
  );
}
