import { describe, expect, it } from 'vitest';
import { couponWords, dealPrice } from '../../shared/deal-price';

const offer = (priceFen: number | null, couponFen: number | null, priceAfterCouponFen: number | null) => ({ priceFen, couponFen, priceAfterCouponFen });

describe('dealPrice: one 到手价 for the panel, share text, poster and landing page', () => {
  it('takes the network’s price after the coupon over the page’s price (the coupon applies to the network’s price)', () => {
    // The Tmall page: ¥69.9 on the page, the network ¥129 with a ¥20 coupon → ¥109.
    expect(dealPrice(6990, offer(12900, 2000, 10900))).toEqual({ finalFen: 10900, listFen: 12900, couponFen: 2000 });
  });

  it('subtracts the coupon itself when the network gave no price after it, never below zero', () => {
    expect(dealPrice(null, offer(3990, 1000, null))).toEqual({ finalFen: 2990, listFen: 3990, couponFen: 1000 });
    expect(dealPrice(null, offer(500, 1000, null))).toEqual({ finalFen: 0, listFen: 500, couponFen: 1000 });
  });

  it('applies a coupon to the page’s price when the network gave a coupon but no price', () => {
    expect(dealPrice(3990, offer(null, 500, null))).toEqual({ finalFen: 3490, listFen: 3990, couponFen: 500 });
  });

  it('without a coupon shows one price, the network’s when known, else the page’s, and nothing struck through', () => {
    expect(dealPrice(6990, offer(12900, null, null))).toEqual({ finalFen: 12900, listFen: null, couponFen: null });
    expect(dealPrice(6990, offer(12900, 0, 12900))).toEqual({ finalFen: 12900, listFen: null, couponFen: null });
    expect(dealPrice(6990, null)).toEqual({ finalFen: 6990, listFen: null, couponFen: null });
    expect(dealPrice(null, null)).toEqual({ finalFen: null, listFen: null, couponFen: null });
  });

  it('says the price is after the coupon only when there is one', () => {
    expect(couponWords(dealPrice(null, offer(12900, 2000, 10900)))).toBe('券后价 · 原价¥129 · 领券减20元');
    expect(couponWords(dealPrice(6990, null))).toBeNull();
  });
});
