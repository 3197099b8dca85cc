import type { PageReader } from './types';
import { firstText, inlineScriptMatch, jsonLdPriceFen, priceTextToFen, stripTitleSuffix } from './dom';

// All JD selectors live here (networks.md §4.2).
const TITLE_SELECTORS = ['.sku-name', '.itemInfo-wrap .sku-name', '#itemName'] as const;
const PRICE_SELECTORS = ['.p-price .price', '[class^="J-p-"]', '.p-price'] as const;
const TITLE_SUFFIXES = [/【[^】]*(?:行情|价格|报价)[^】]*】\s*-\s*京东.*$/, /\s*-\s*京东.*$/];
// `pageConfig.product.name` in the page's inline script.
const PAGE_CONFIG_NAME = /product\s*:\s*\{[\s\S]*?\bname\s*:\s*'((?:[^'\\]|\\.)*)'/;

export const jdPage: PageReader = {
  read(doc) {
    const title = firstText(doc, TITLE_SELECTORS) ?? inlineScriptMatch(doc, PAGE_CONFIG_NAME) ?? stripTitleSuffix(doc.title, TITLE_SUFFIXES);
    const priceFen = priceTextToFen(firstText(doc, PRICE_SELECTORS)) ?? jsonLdPriceFen(doc);
    return { title, priceFen };
  },
};

// Sample pages: https://item.jd.com/100012043978.html (Apple AirPods Pro), https://npcitem.jd.hk/100012043978.html
