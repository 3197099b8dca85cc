import { PLATFORM_IDS, type PlatformId } from '@@/shared/platforms';
import { DEFAULT_TEMPLATES, renderShareText } from '@@/shared/share-template';
import { t, type Lang } from '../i18n/messages';

const SAMPLE = { title: '纯棉短袖T恤', price: '39.9', coupon: '券10元', link: 'https://dh.example/s/Kx7mP3qa', password: '￥Kx7mP3qa￥' };

interface Props {
  lang: Lang;
  templates: Partial<Record<PlatformId, string>>;
  onChange(templates: Partial<Record<PlatformId, string>>): void;
}

/** One editable share-text template per platform, with a live preview and a reset to the default. */
export function TemplateEditor({ lang, templates, onChange }: Props) {
  const set = (platform: PlatformId, value: string | undefined) => {
    const next = { ...templates };
    if (value === undefined || value.trim() === '' || value === DEFAULT_TEMPLATES[platform]) delete next[platform];
    else next[platform] = value;
    onChange(next);
  };
  return (
    <fieldset class="dh-templates">
      <legend>{t(lang, 'templatesTitle')}</legend>
      <p class="dh-hint">{t(lang, 'templatesHint')}</p>
      {PLATFORM_IDS.map((platform) => {
        const value = templates[platform] ?? DEFAULT_TEMPLATES[platform];
        return (
          <div class="dh-template" key={platform}>
            <label for={`template-${platform}`}>{t(lang, `platform_${platform}`)}</label>
            <textarea id={`template-${platform}`} rows={3} value={value} onInput={(e) => set(platform, e.currentTarget.value)} />
            <div class="dh-row">
              <button type="button" disabled={templates[platform] === undefined} onClick={() => set(platform, undefined)}>
                {t(lang, 'resetTemplate')}
              </button>
            </div>
            <pre class="dh-preview" title={t(lang, 'preview')} data-testid={`preview-${platform}`}>
              {renderShareText(value, SAMPLE)}
            </pre>
          </div>
        );
      })}
    </fieldset>
  );
}
