import type { PlatformId } from '@@/shared/platforms';
import type { RecentCode, Summary } from '@@/shared/schemas';
import { defaultShareText } from '@@/shared/share-template';
import { t, type Lang } from '../i18n/messages';
import { CopyIcon } from './CopyIcon';

interface Props {
  lang: Lang;
  summary: Summary;
  copy: (text: string) => Promise<boolean>;
  /** The affiliate's share-text templates, so a recent code copies as the text its panel made. */
  templates?: Partial<Record<PlatformId, string>>;
}

/** A recent code's whole share text, as its panel made it: the affiliate's template and the one 到手价. */
function recentShareText(code: RecentCode, templates: Partial<Record<PlatformId, string>>): string {
  const { platform } = code.product;
  return defaultShareText({
    platform,
    title: code.title,
    deal: code.deal,
    shortUrl: code.shortUrl,
    password: code.networkPassword,
    template: templates[platform],
  });
}

/**
 * The newest codes, each with its clicks and a copy button (the whole share text); an empty state that
 * says the first three steps. (Clicks over time are the earnings view's: one count, in one place.)
 */
export function SummaryView({ lang, summary, copy, templates = {} }: Props) {
  return (
    <div class="dh-summary">
      <h2>
        {t(lang, 'recentCodes')} (<span data-testid="code-count">{summary.codeCount}</span>)
      </h2>
      {summary.recentCodes.length === 0 ? (
        <p class="dh-empty" data-testid="no-codes">
          {t(lang, 'noCodes')}
        </p>
      ) : (
        <ul class="dh-codes" data-testid="recent-codes">
          {summary.recentCodes.map((code) => (
            <li key={code.code}>
              <a href={code.product.url} target="_blank" rel="noreferrer" class="dh-code-title">
                {code.title ?? `${code.product.platform} ${code.product.productId}`}
              </a>
              <span class="dh-code-meta">
                <button
                  type="button"
                  class="dh-chip"
                  data-testid={`copy-${code.code}`}
                  title={t(lang, 'copyShareText')}
                  onClick={() => void copy(recentShareText(code, templates))}
                >
                  <CopyIcon /> {code.code}
                </button>
                {code.channel && <span class="dh-channel">#{code.channel}</span>}
                <span data-testid={`clicks-${code.code}`}>{code.clicks === 1 ? t(lang, 'clicksOne') : t(lang, 'clicksN', { n: code.clicks })}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
