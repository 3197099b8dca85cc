export type PageLang = 'zh' | 'en';

/**
 * The language of a page a friend or a joiner sees: Chinese, unless the browser puts English first
 * (highest `q`, then order) in Accept-Language. One language a page, never both side by side.
 */
export function pageLang(acceptLanguage: string | undefined): PageLang {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((e) => e.tag !== '' && e.tag !== '*' && e.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'zh';
}

/** The Chinese or English of a line. */
export const say = (lang: PageLang, zh: string, en: string): string => (lang === 'zh' ? zh : en);
