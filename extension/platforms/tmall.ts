import type { PageReader } from './types';
import { absoluteImageUrl, firstImage, firstText, jsonLdPriceFen, metaContent, priceTextToFen, stripTitleSuffix } from './dom';

// All Tmall selectors live here (docs/platforms.md, page data).
const TITLE_SELECTORS = ['[class^="ItemTitle--"] h1', '[class*="mainTitle--"]', '.tb-detail-hd h1'] as const;
const PRICE_SELECTORS = ['[class*="Price--priceText"]', '.tm-promo-price .tm-price', '.tm-price'] as const;
const IMAGE_SELECTORS = ['img[class*="mainPic--"]', '[class*="mainPic--"] img', '#J_ImgBooth', '.tb-booth img'] as const;
const SHOP_SELECTORS = ['[class*="shopName--"]', '.slogo-shopname strong', '.shopLink'] as const;
// `-tmall.com天猫`, `-天猫Tmall.com`, `- 天猫Tmall.com`, 天猫超市's long tail.
const TITLE_SUFFIXES = [/\s*-\s*天猫超市.*$/, /\s*-\s*tmall\.com天猫.*$/i, /\s*-\s*天猫\s*Tmall\.com.*$/i, /\s*-\s*天猫国际.*$/];

export const tmallPage: PageReader = {
  read(doc) {
    return {
      title: firstText(doc, TITLE_SELECTORS) ?? stripTitleSuffix(metaContent(doc, 'og:title') ?? doc.title, TITLE_SUFFIXES),
      priceFen: priceTextToFen(firstText(doc, PRICE_SELECTORS)) ?? jsonLdPriceFen(doc),
      imageUrl: firstImage(doc, IMAGE_SELECTORS) ?? absoluteImageUrl(metaContent(doc, 'og:image')),
      shopName: firstText(doc, SHOP_SELECTORS),
    };
  },
};

// Sample pages: https://detail.tmall.com/item.htm?id=612345678901, https://chaoshi.detail.tmall.com/item.htm?id=612345678901
