import type { PageReader } from './types';
import { firstText, jsonLdPriceFen, metaContent, priceTextToFen, stripTitleSuffix } from './dom';

// All Taobao selectors live here (networks.md §4.1). Current pages are React-rendered with hashed
// class names, so match on the stable prefix.
const TITLE_SELECTORS = ['[class^="ItemTitle--"] h1', '[class*="mainTitle--"]', '.tb-main-title'] as const;
const PRICE_SELECTORS = ['[class*="Price--priceText"]', '#J_PromoPriceNum', '.tb-rmb-num'] as const;
const TAOBAO_TITLE_SUFFIXES = [/\s*-\s*淘宝网\s*$/];

export const taobaoPage: PageReader = {
  read(doc) {
    const title =
      firstText(doc, TITLE_SELECTORS) ?? stripTitleSuffix(metaContent(doc, 'og:title') ?? doc.title, TAOBAO_TITLE_SUFFIXES);
    const priceFen = priceTextToFen(firstText(doc, PRICE_SELECTORS)) ?? jsonLdPriceFen(doc);
    return { title, priceFen };
  },
};

// Sample page: https://item.taobao.com/item.htm?id=678901234567
