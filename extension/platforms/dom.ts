import { parseYuanToFen } from '@@/shared/money';

export function metaContent(doc: Document, property: string): string | null {
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  return el?.getAttribute('content')?.trim() || null;
}

/** Trimmed text of the first selector that matches something non-empty. */
export function firstText(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const text = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}

/**
 * Price of the first selector that holds one, read with all whitespace removed: mobile pages split a
 * price over elements (`<span>1499</span> <span>.90</span>`), and reading it spaced would drop the fen.
 */
export function splitPriceFen(doc: Document, selectors: readonly string[]): number | null {
  for (const selector of selectors) {
    const fen = priceTextToFen(doc.querySelector(selector)?.textContent?.replace(/\s+/g, '') ?? null);
    if (fen !== null) return fen;
  }
  return null;
}

/** `title` without the first matching shop suffix (e.g. `-淘宝网`). */
export function stripTitleSuffix(title: string | null, suffixes: readonly RegExp[]): string | null {
  if (!title) return null;
  for (const suffix of suffixes) {
    if (suffix.test(title)) return title.replace(suffix, '').trim() || null;
  }
  return title.trim() || null;
}

/** A price like `¥ 1,499.00` or `1499` in fen; the first number in the text counts. */
export function priceTextToFen(text: string | null): number | null {
  const number = text?.match(/\d[\d,]*(?:\.\d+)?/)?.[0];
  return number ? parseYuanToFen(number) : null;
}

/** `offers.price` of the first JSON-LD Product block, in fen. */
export function jsonLdPriceFen(doc: Document): number | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as { offers?: { price?: unknown } | { price?: unknown }[] };
      const offer = Array.isArray(data.offers) ? data.offers[0] : data.offers;
      if (offer?.price !== undefined) return priceTextToFen(String(offer.price));
    } catch {
      // A broken JSON-LD block is the page's problem; try the next one.
    }
  }
  return null;
}

/** The first capture of `pattern` in any inline script (page globals are out of a content script's reach). */
export function inlineScriptMatch(doc: Document, pattern: RegExp): string | null {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const match = pattern.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

/** An image address as an absolute https URL (shops use protocol-relative `//img…` paths), or null. */
export function absoluteImageUrl(src: string | null | undefined): string | null {
  if (!src) return null;
  try {
    const url = new URL(src.trim(), 'https://example.invalid');
    if (url.hostname === 'example.invalid' || !/^https?:$/.test(url.protocol)) return null;
    url.protocol = 'https:';
    return url.href;
  } catch {
    return null;
  }
}

/** The first of `selectors` that names an image, reading lazy-load attributes before `src`. */
export function firstImage(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const src = el?.getAttribute('data-origin') ?? el?.getAttribute('data-src') ?? el?.getAttribute('src');
    const url = absoluteImageUrl(src);
    if (url) return url;
  }
  return null;
}
