import { PLATFORM_IDS, shopRecords, type PlatformId } from './platforms';
import { couponWords, type DealPrice } from './deal-price';
import { formatFen } from './money';

/** The placeholders a share template may use. */
export const TEMPLATE_PLACEHOLDERS = ['title', 'price', 'coupon', 'link', 'password'] as const;
export type TemplateValues = Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string | null>;

/** Each shop's default share text, from its record (Taobao and Tmall carry the password: WeChat blocks their links). */
export const DEFAULT_TEMPLATES = Object.fromEntries(PLATFORM_IDS.map((p) => [p, shopRecords[p].template])) as Record<PlatformId, string>;

/**
 * The template to use: the affiliate's own (or the default), except that a template built around
 * `{password}` is only used when the network gave a password — otherwise the shop's honest variant
 * (no line may claim that a password opens the shop's app).
 */
export function templateFor(platform: PlatformId, own: string | undefined, hasPassword: boolean): string {
  const chosen = own?.trim() || DEFAULT_TEMPLATES[platform];
  if (hasPassword || !chosen.includes('{password}')) return chosen;
  return shopRecords[platform].templateWithoutPassword ?? chosen.replace(/[^\n]*\{password\}[^\n]*/g, '').trim();
}

/** Our own password (口令): the share code in the ￥…￥ wrapping friends recognise; parsed back by /api/resolve. */
export function formatPassword(code: string): string {
  return `￥${code}￥`;
}

/**
 * Fills `{title} {price} {coupon} {link} {password}`. An empty value takes a currency mark right before
 * it along (no dangling `¥`), and the spaces it leaves are collapsed; unknown `{names}` stay as typed.
 */
export function renderShareText(template: string, values: TemplateValues): string {
  return template
    .replace(/([¥￥]?)\{(\w+)\}/g, (whole, mark: string, name: string) => {
      if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name)) return whole;
      const value = values[name as keyof TemplateValues];
      return value ? `${mark}${value}` : '';
    })
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
    .join('\n');
}

export interface ShareTextInput {
  platform: PlatformId;
  title: string | null;
  /** The one price (shared/deal-price.ts): `{price}` is 到手价, `{coupon}` says it is after the coupon. */
  deal: DealPrice;
  shortUrl: string;
  /** The network's share password (淘口令 / 京口令); null when the network did not mint one. */
  password: string | null;
  /** The affiliate's own template for this platform, if any. */
  template?: string;
}

/** A share text: the affiliate's template (or the default) filled for one code. */
export function defaultShareText({ platform, title, deal, shortUrl, password, template }: ShareTextInput): string {
  return renderShareText(templateFor(platform, template, password !== null), {
    title,
    price: deal.finalFen === null ? null : formatFen(deal.finalFen),
    coupon: couponWords(deal),
    link: shortUrl,
    password,
  });
}
