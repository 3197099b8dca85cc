import type { PlatformId } from './platforms';
import { formatFen } from './money';

/** The placeholders a share template may use. */
export const TEMPLATE_PLACEHOLDERS = ['title', 'price', 'coupon', 'link', 'password'] as const;
export type TemplateValues = Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string | null>;

/**
 * Defaults in the layout people know from the shop apps (networks.md §1.13, §2.8). Taobao and Tmall
 * carry the password because WeChat blocks their links; JD and Pinduoduo links open directly.
 */
export const DEFAULT_TEMPLATES: Record<PlatformId, string> = {
  taobao: '【淘宝】{title} ¥{price} {coupon}\n{link}\n复制本条消息 {password} 打开淘宝APP即可查看',
  tmall: '【天猫】{title} ¥{price} {coupon}\n{link}\n复制本条消息 {password} 打开淘宝APP即可查看',
  jd: '【京东】{title} ¥{price} {coupon}\n{link}\n点击链接直接打开',
  pdd: '【拼多多】{title} ¥{price} {coupon}\n{link}\n点击链接直接打开',
};

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
  shortUrl: string;
  password: string;
}

/** The default share text of a platform. */
export function defaultShareText({ platform, title, priceFen, shortUrl, password }: ShareTextInput): string {
  return renderShareText(DEFAULT_TEMPLATES[platform], {
    title,
    price: priceFen === null ? null : formatFen(priceFen),
    coupon: null,
    link: shortUrl,
    password,
  });
}
