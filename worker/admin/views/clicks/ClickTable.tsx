import type { CodeClicksPage } from '../../../../shared/schemas';
import { appWords, CLICK_KIND_WORDS, DEVICE_WORDS } from '../../../../shared/report-words';
import { chinaDate } from '../../format';
import type { Lang, T } from '../../i18n';

/** Each click: when (China time), what kind, the visitor (a daily hash, never an IP), and on what. */
export function ClickTable({ clicks, lang, t }: { clicks: CodeClicksPage['clicks']; lang: Lang; t: T }) {
  return (
    <div class="scroll">
      <table data-testid="clicks">
        <thead>
          <tr>
            <th class="sticky">{t('clicksTime')}</th>
            <th>{t('clicksKind')}</th>
            <th>{t('clicksVisitor')}</th>
            <th>{t('clicksDevice')}</th>
            <th>{t('clicksApp')}</th>
            <th>{t('clicksCountry')}</th>
            <th>{t('clicksReferrer')}</th>
          </tr>
        </thead>
        <tbody>
          {clicks.map((c) => (
            <tr key={`${c.at}-${c.visitor}`}>
              <td class="sticky">{chinaDate(c.at)}</td>
              <td>{CLICK_KIND_WORDS[c.kind][lang]}</td>
              <td>
                <code>{c.visitor.slice(0, 8)}</code>
              </td>
              <td>
                {[c.device ? (DEVICE_WORDS[c.device]?.[lang] ?? c.device) : null, c.os, c.browser ? appWords(c.browser, lang) : null]
                  .filter(Boolean)
                  .join(' · ') || '—'}
              </td>
              <td>{c.app ? appWords(c.app, lang) : '—'}</td>
              <td>{c.country ?? '—'}</td>
              <td>{c.referrerHost ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
