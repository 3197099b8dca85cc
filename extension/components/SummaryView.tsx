import type { Summary } from '@@/shared/schemas';
import { t, type Lang } from '../i18n/messages';
import { Tiles } from './Tiles';

interface Props {
  lang: Lang;
  summary: Summary;
  copy: (text: string) => Promise<boolean>;
}

/** Click tiles and the newest codes; an empty state that says what to do first. */
export function SummaryView({ lang, summary, copy }: Props) {
  const tiles = [
    ['clicksToday', summary.clicks.today, 'clicks-today'],
    ['clicks7', summary.clicks.last7Days, 'clicks-7'],
    ['clicks30', summary.clicks.last30Days, 'clicks-30'],
    ['codeCount', summary.codeCount, 'code-count'],
  ] as const;
  return (
    <div class="dh-summary">
      <Tiles lang={lang} tiles={tiles} />
      <h2>{t(lang, 'recentCodes')}</h2>
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
                <button type="button" title={code.shortUrl} onClick={() => void copy(code.shortUrl)}>
                  {code.code}
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
