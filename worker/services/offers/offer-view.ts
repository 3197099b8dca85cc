import { shareOfFen } from '../../../shared/commission';
import { dealPrice } from '../../../shared/deal-price';
import type { OfferView } from '../../../shared/schemas';
import type { ProductOffer } from '../../db/stored-shapes';

/**
 * The network's offer as an affiliate reads it: 你可得 is the commission on the one 到手价 (shared/deal-price.ts)
 * times their tier's rate, each share rounded half up to the fen (shared/commission.ts).
 */
export function offerView(offer: ProductOffer, pagePriceFen: number | null, rateBp: number): OfferView {
  const deal = dealPrice(pagePriceFen, offer);
  const commissionFen = offer.commissionRateBp !== null && deal.finalFen !== null ? shareOfFen(deal.finalFen, offer.commissionRateBp) : null;
  return {
    priceFen: offer.priceFen,
    couponFen: offer.couponFen,
    priceAfterCouponFen: offer.priceAfterCouponFen,
    commissionRateBp: offer.commissionRateBp,
    sales: offer.sales,
    affiliateEarnsFen: commissionFen === null ? null : shareOfFen(commissionFen, rateBp),
    affiliateRateBp: rateBp,
  };
}
