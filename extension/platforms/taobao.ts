import type { PageReader } from './types';
import { absoluteImageUrl, firstImage, firstText, inlineScriptMatch, jsonLdPriceFen, metaContent, priceTextToFen, stripTitleSuffix } from './dom';

// All Taobao selectors live here (docs/platforms.md, page data). Current pages are React-rendered with hashed
// class names, so match on the stable prefix; older pages keep `g_config` in an inline script.
const TITLE_SELECTORS = ['[class^="ItemTitle--"] h1', '[class*="mainTitle--"]', '.tb-main-title'] as const;
const PRICE_SELECTORS = ['[class*="Price--priceText"]', '#J_PromoPriceNum', '.tb-rmb-num'] as const;
const IMAGE_SELECTORS = ['img[class*="mainPic--"]', '[class*="mainPic--"] img', '#J_ImgBooth', '.tb-booth img'] as const;
const SHOP_SELECTORS = ['[class*="shopName--"]', '.tb-shop-name a', '.shop-name-link'] as const;
const TITLE_SUFFIXES = [/\s*-\s*淘宝网\s*$/];
const G_CONFIG_SHOP = /g_config\s*=\s*\{[\s\S]*?\bshopName\s*:\s*['"]([^'"]+)['"]/;

export const taobaoPage: PageReader = {
  read(doc) {
    return {
      title: firstText(doc, TITLE_SELECTORS) ?? stripTitleSuffix(metaContent(doc, 'og:title') ?? doc.title, TITLE_SUFFIXES),
      priceFen: priceTextToFen(firstText(doc, PRICE_SELECTORS)) ?? jsonLdPriceFen(doc),
      imageUrl: firstImage(doc, IMAGE_SELECTORS) ?? absoluteImageUrl(metaContent(doc, 'og:image')),
      shopName: firstText(doc, SHOP_SELECTORS) ?? inlineScriptMatch(doc, G_CONFIG_SHOP),
    };
  },
};

// Sample page: https://item.taobao.com/item.htm?id=678901234567
