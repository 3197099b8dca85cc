import { useState } from 'preact/hooks';
import type { PlatformId } from '@@/shared/platforms';
import { stripControlsKeepLines } from '@@/shared/schemas/text';
import { TemplateEditor } from '../../components/TemplateEditor';
import { t, type Lang } from '../../i18n/messages';
import type { Settings } from '../../storage/items';
import type { OptionsActions } from './App';

type Templates = Partial<Record<PlatformId, string>>;

interface Props {
  lang: Lang;
  language: Settings['language'];
  setLanguage(language: Settings['language']): void;
  initialTemplates: Templates;
  initialCopyOnMint: boolean;
  actions: OptionsActions;
}

/** The language and the share-text templates, saved on their own. */
export function PreferencesForm({ lang, language, setLanguage, initialTemplates, initialCopyOnMint, actions }: Props) {
  const [templates, setTemplates] = useState(initialTemplates);
  const [copyOnMint, setCopyOnMint] = useState(initialCopyOnMint);
  const [saved, setSaved] = useState(false);
  async function save(event: Event) {
    event.preventDefault();
    // Templates become text friends read: the one text rule, with invisible and direction characters stripped.
    const cleaned = Object.fromEntries(Object.entries(templates).map(([p, text]) => [p, stripControlsKeepLines(text ?? '')])) as Templates;
    await actions.savePreferences(language, cleaned, copyOnMint);
    setSaved(true);
  }
  return (
    <form onSubmit={save} aria-labelledby="dh-templates-title">
      <h2 id="dh-templates-title">{t(lang, 'templatesSection')}</h2>
      <label for="language">{t(lang, 'language')}</label>
      <select
        id="language"
        name="language"
        value={language}
        onChange={(e) => {
          setLanguage(e.currentTarget.value as Settings['language']);
          setSaved(false);
        }}
      >
        <option value="auto">{t(lang, 'languageAuto')}</option>
        <option value="zh">中文</option>
        <option value="en">English</option>
      </select>
      <label class="dh-check">
        <input
          type="checkbox"
          checked={copyOnMint}
          onChange={(e) => {
            setCopyOnMint(e.currentTarget.checked);
            setSaved(false);
          }}
        />{' '}
        {t(lang, 'copyOnMintOption')}
      </label>
      <TemplateEditor
        lang={lang}
        templates={templates}
        onChange={(next) => {
          setTemplates(next);
          setSaved(false);
        }}
      />
      <button type="submit">{t(lang, 'saveTemplates')}</button>
      {saved && (
        <span role="status" class="dh-ok">
          {' '}
          {t(lang, 'templatesSaved')}
        </span>
      )}
    </form>
  );
}
