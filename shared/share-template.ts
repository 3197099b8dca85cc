import type { PlatformId } from './platforms';
import { formatFen } from './money';

/** The placeholders a share template may use. */
export const TEMPLATE_PLACEHOLDERS = ['title', 'price', 'coupon', 'link', 'password'] as const;
export type TemplateValues = Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string | null>;

/**
 * Defaults in the layout people know from the shop apps (docs/networks.md §1.13, §2.8). Taobao and Tmall
 * carry the password because WeChat blocks their links; JD and Pinduoduo links open directly.
 */
export const DEFAULT_TEMPLATES: Record<PlatformId, string> = {
  taobao: '【淘宝】{title} ¥{price} {coupon}\n{link}\n复制本条消息 {password} 打开淘宝APP即可查看',
  tmall: '【天猫】{title} ¥{price} {coupon}\n{link}\n复制本条消息 {password} 打开淘宝APP即可查看',
  jd: '【京东】{title} ¥{price} {coupon}\n{link}\n点击链接直接打开',
  pdd: '【拼多多】{title} ¥{price} {coupon}\n{link}\n点击链接直接打开',
};

/**
 * Taobao and Tmall texts without the network's 淘口令 (no connection yet): no line may claim that a
 * password opens the Taobao app, so these say how to open the link instead.
 */
export const TEMPLATES_WITHOUT_PASSWORD: Partial<Record<PlatformId, string>> = {
  taobao: '【淘宝】{title} ¥{price} {coupon}\n{link}\n微信里打不开时，点右上角「···」选「在浏览器打开」',
  tmall: '【天猫】{title} ¥{price} {coupon}\n{link}\n微信里打不开时，点右上角「···」选「在浏览器打开」',
};

/**
 * The template to use: the affiliate's own (or the default), except that a template built around
 * `{password}` is only used when the network gave a password — otherwise the honest default.
 */
export function templateFor(platform: PlatformId, own: string | undefined, hasPassword: boolean): string {
  const chosen = own?.trim() || DEFAULT_TEMPLATES[platform];
  if (hasPassword || !chosen.includes('{password}')) return chosen;
  return TEMPLATES_WITHOUT_PASSWORD[platform] ?? chosen.replace(/[^\n]*\{password\}[^\n]*/g, '').trim();
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
  priceFen: number | null;
  /** The network's coupon, in fen. */
  couponFen?: number | null;
  shortUrl: string;
  /** The network's share password (淘口令 / 京口令); null when the network did not mint one. */
  password: string | null;
  /** The affiliate's own template for this platform, if any. */
  template?: string;
}

/** A share text: the affiliate's template (or the default) filled for one code. */
export function defaultShareText({ platform, title, priceFen, couponFen = null, shortUrl, password, template }: ShareTextInput): string {
  return renderShareText(templateFor(platform, template, password !== null), {
    title,
    price: priceFen === null ? null : formatFen(priceFen),
    coupon: couponFen ? `券${formatFen(couponFen)}元` : null,
    link: shortUrl,
    password,
  });
}
