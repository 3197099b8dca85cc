import type { PageReader } from './types';
import { absoluteImageUrl, firstText, inlineScriptMatch, metaContent, stripTitleSuffix } from './dom';

// All Pinduoduo selectors live here (docs/platforms.md, page data). The mobile page puts everything in
// `window.rawData` (prices already in fen); read its fields from the inline script's text.
const RAW = (field: string, value = '"((?:[^"\\\\]|\\\\.)*)"') => new RegExp(`rawData\\s*=[\\s\\S]*?"${field}"\\s*:\\s*${value}`);
const GOODS_NAME = RAW('goodsName');
const MIN_GROUP_PRICE = RAW('minGroupPrice', '(\\d+)');
const THUMB = RAW('hdThumbUrl');
const MALL_NAME = RAW('mallName');
const TITLE_SELECTORS = ['.goods-name', '[class*="goodsName"]'] as const;

const unescapeJson = (s: string | null) => (s === null ? null : (JSON.parse(`"${s}"`) as string));

export const pddPage: PageReader = {
  read(doc) {
    const price = inlineScriptMatch(doc, MIN_GROUP_PRICE);
    return {
      title: unescapeJson(inlineScriptMatch(doc, GOODS_NAME)) ?? firstText(doc, TITLE_SELECTORS) ?? stripTitleSuffix(doc.title, [/\s*-\s*拼多多.*$/]),
      priceFen: price === null ? null : Number(price),
      imageUrl: absoluteImageUrl(unescapeJson(inlineScriptMatch(doc, THUMB))) ?? absoluteImageUrl(metaContent(doc, 'og:image')),
      shopName: unescapeJson(inlineScriptMatch(doc, MALL_NAME)),
    };
  },
};

// Sample page: https://mobile.yangkeduo.com/goods.html?goods_id=123456789012
