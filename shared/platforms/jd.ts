import type { PlatformUrlRule } from './types';
import { numericQueryParam } from './host';

// networks.md §4.2: the sku is the path `/{sku}.html` on these hosts, or a `skuId`/`sku` query parameter.
const SKU_PATH_HOSTS: Record<string, RegExp> = {
  'item.jd.com': /^\/(\d{4,15})\.html$/,
  'i-item.jd.com': /^\/(\d{4,15})\.html$/,
  'item.jd.hk': /^\/(\d{4,15})\.html$/,
  'npcitem.jd.hk': /^\/(\d{4,15})\.html$/,
  'item.yiyaojd.com': /^\/(\d{4,15})\.html$/,
  'item.m.jd.com': /^\/product\/(\d{4,15})\.html$/,
  'm.jd.com': /^\/product\/(\d{4,15})\.html$/,
  'in.m.jd.com': /^\/product\/(\d{4,15})\.html$/,
};
const SKU_PARAMS = ['skuId', 'sku'] as const;

export const jd = {
  id: 'jd',
  matches: ['*://item.jd.com/*', '*://i-item.jd.com/*', '*://item.m.jd.com/*', '*://item.jd.hk/*', '*://npcitem.jd.hk/*', '*://item.yiyaojd.com/*'],
  domains: ['jd.com', 'jd.hk', '3.cn', 'yiyaojd.com'],
  shortLinkHosts: ['u.jd.com', '3.cn', '3.jd.hk', 'union-click.jd.com'],
  productIdFrom(url) {
    const host = url.hostname;
    const pathRule = SKU_PATH_HOSTS[host];
    const fromPath = pathRule?.exec(url.pathname)?.[1];
    if (fromPath) return fromPath;
    const isJdHost = /(^|\.)(jd\.com|jd\.hk|yiyaojd\.com)$/.test(host);
    return isJdHost && pathRule ? numericQueryParam(url, SKU_PARAMS, 4) : null;
  },
  canonicalUrl: (sku) => `https://item.jd.com/${sku}.html`,
} satisfies PlatformUrlRule;

// Sample URLs:
// https://item.jd.com/100012043978.html
// https://item.m.jd.com/product/100012043978.html?utm_source=iosapp
// https://npcitem.jd.hk/100012043978.html
