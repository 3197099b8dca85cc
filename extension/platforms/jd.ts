import type { PageReader } from './types';
import { absoluteImageUrl, firstImage, firstText, inlineScriptMatch, jsonLdPriceFen, metaContent, priceTextToFen, stripTitleSuffix } from './dom';

// All JD selectors live here (docs/platforms.md, page data). Page globals are out of a content script's reach, so
// `pageConfig.product` is read from the inline script's text.
const TITLE_SELECTORS = ['.sku-name', '.itemInfo-wrap .sku-name', '#itemName'] as const;
const PRICE_SELECTORS = ['.p-price .price', '[class^="J-p-"]', '.p-price'] as const;
const IMAGE_SELECTORS = ['#spec-img', '#spec-n1 img', '.main-img img'] as const;
const SHOP_SELECTORS = ['.J-hove-wrap .name a', '.shopName strong a', '.popbox-inner .mt h3 a', '#shop-name'] as const;
const TITLE_SUFFIXES = [/【[^】]*(?:行情|价格|报价)[^】]*】\s*-\s*京东.*$/, /\s*-\s*京东.*$/];
const PAGE_CONFIG_NAME = /product\s*:\s*\{[\s\S]*?\bname\s*:\s*'((?:[^'\\]|\\.)*)'/;
const PAGE_CONFIG_IMAGE = /product\s*:\s*\{[\s\S]*?\bsrc\s*:\s*'([^']+)'/;

export const jdPage: PageReader = {
  read(doc) {
    return {
      title: firstText(doc, TITLE_SELECTORS) ?? inlineScriptMatch(doc, PAGE_CONFIG_NAME) ?? stripTitleSuffix(doc.title, TITLE_SUFFIXES),
      priceFen: priceTextToFen(firstText(doc, PRICE_SELECTORS)) ?? jsonLdPriceFen(doc),
      imageUrl:
        firstImage(doc, IMAGE_SELECTORS) ??
        absoluteImageUrl(metaContent(doc, 'og:image')) ??
        absoluteImageUrl(inlineScriptMatch(doc, PAGE_CONFIG_IMAGE)?.replace(/^(?!\/\/|https?:)/, '//img14.360buyimg.com/n1/')),
      shopName: firstText(doc, SHOP_SELECTORS),
    };
  },
};

// Sample pages: https://item.jd.com/100012043978.html (Apple AirPods Pro), https://npcitem.jd.hk/100012043978.html
