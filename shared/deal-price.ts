import { formatFen } from './money';

/** The network's money facts about a product, as far as it gave them. */
export interface OfferPrices {
  priceFen: number | null;
  couponFen: number | null;
  priceAfterCouponFen: number | null;
}

/** One price for a product everywhere it is shown: the panel, share text, poster and the friend's landing page. */
export interface DealPrice {
  /** 到手价: what the buyer pays after the coupon (null when nobody knows a price). */
  finalFen: number | null;
  /** The price before the coupon (原价), shown struck through; null when there is no coupon. */
  listFen: number | null;
  /** The coupon, when the network gave one. */
  couponFen: number | null;
}

/**
 * The network's figures first: its coupon applies to its price, and its commission is counted on them,
 * so a price from the page (which may show a member or limited-time price the link does not give) is used
 * only when the network gave none. With a coupon, 到手价 is the network's price after the coupon (or its
 * price less the coupon); without one, the network's price, else the page's. docs/design.md (Prices).
 */
export function dealPrice(pagePriceFen: number | null, offer: OfferPrices | null): DealPrice {
  const couponFen = offer?.couponFen && offer.couponFen > 0 ? offer.couponFen : null;
  const listFen = offer?.priceFen ?? pagePriceFen;
  if (couponFen !== null && listFen !== null) {
    const finalFen = offer?.priceAfterCouponFen ?? Math.max(0, listFen - couponFen);
    return { finalFen, listFen, couponFen };
  }
  return { finalFen: offer?.priceAfterCouponFen ?? listFen, listFen: null, couponFen: null };
}

/** The words after the price in a share text: that it is after the coupon, the price before and the coupon. */
export function couponWords(deal: DealPrice): string | null {
  if (deal.couponFen === null || deal.listFen === null) return null;
  return `券后价 · 原价¥${formatFen(deal.listFen)} · 领券减${formatFen(deal.couponFen)}元`;
}
