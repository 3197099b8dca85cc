import type { PageReader } from './types';
import {
  absoluteImageUrl,
  firstImage,
  firstText,
  inlineScriptMatch,
  jsonLdPriceFen,
  metaContent,
  priceTextToFen,
  splitPriceFen,
  stripTitleSuffix,
} from './dom';

// All JD selectors live here (docs/platforms.md, page data). Page globals are out of a content script's reach, so
// `pageConfig.product` is read from the inline script's text.
const TITLE_SELECTORS = ['.sku-name', '.itemInfo-wrap .sku-name', '#itemName'] as const;
const PRICE_SELECTORS = ['.p-price .price', '[class^="J-p-"]', '.p-price'] as const;
// The mobile item page (item.m.jd.com) splits its price over spans inside these, or keeps it only in the
// inline `_itemInfo` data as `price: {p: "…"}` (the shape of JD's price service), or in a hidden #jdPrice.
const MOBILE_PRICE_SELECTORS = ['#specJdPrice', '#priceSale', '.prod-price', '.price-wrap'] as const;
const INLINE_PRICE = /["']?price["']?\s*:\s*\{(?:[^{}]*?,)?\s*["']?p["']?\s*:\s*["']?(\d+(?:\.\d+)?)/;
const IMAGE_SELECTORS = ['#spec-img', '#spec-n1 img', '.main-img img', '#loopImgDiv img'] as const;
const SHOP_SELECTORS = ['.J-hove-wrap .name a', '.shopName strong a', '.popbox-inner .mt h3 a', '#shop-name'] as const;
const TITLE_SUFFIXES = [/【[^】]*(?:行情|价格|报价)[^】]*】\s*-\s*京东.*$/, /\s*-\s*京东.*$/];
const PAGE_CONFIG_NAME = /product\s*:\s*\{[\s\S]*?\bname\s*:\s*'((?:[^'\\]|\\.)*)'/;
const PAGE_CONFIG_IMAGE = /product\s*:\s*\{[\s\S]*?\bsrc\s*:\s*'([^']+)'/;

export const jdPage: PageReader = {
  read(doc) {
    return {
      title: firstText(doc, TITLE_SELECTORS) ?? inlineScriptMatch(doc, PAGE_CONFIG_NAME) ?? stripTitleSuffix(doc.title, TITLE_SUFFIXES),
      priceFen:
        priceTextToFen(firstText(doc, PRICE_SELECTORS)) ??
        splitPriceFen(doc, MOBILE_PRICE_SELECTORS) ??
        priceTextToFen(doc.querySelector<HTMLInputElement>('input#jdPrice')?.value ?? null) ??
        priceTextToFen(inlineScriptMatch(doc, INLINE_PRICE)) ??
        jsonLdPriceFen(doc),
      imageUrl:
        firstImage(doc, IMAGE_SELECTORS) ??
        absoluteImageUrl(metaContent(doc, 'og:image')) ??
        absoluteImageUrl(inlineScriptMatch(doc, PAGE_CONFIG_IMAGE)?.replace(/^(?!\/\/|https?:)/, '//img14.360buyimg.com/n1/')),
      shopName: firstText(doc, SHOP_SELECTORS),
    };
  },
};

// Sample pages: https://item.jd.com/100012043978.html (Apple AirPods Pro), https://npcitem.jd.hk/100012043978.html
