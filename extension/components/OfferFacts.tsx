import { dealPrice } from '@@/shared/deal-price';
import { formatFen } from '@@/shared/money';
import type { OfferView } from '@@/shared/schemas';
import { t, type Lang } from '../i18n/messages';

/**
 * What a product pays, the same before and after the code: 佣金比例, 你可得 with the tier's share named, the
 * coupon and the one 到手价 (shared/deal-price.ts). `when` tells the two places apart for tests.
 */
export function OfferFacts({ lang, offer, pagePriceFen, when }: { lang: Lang; offer: OfferView; pagePriceFen: number | null; when: 'before' | 'after' }) {
  const deal = dealPrice(pagePriceFen, offer);
  const id = (name: string) => (when === 'before' ? `${name}-before` : name);
  return (
    <dl class="dh-offer" data-testid={id('offer')}>
      {offer.commissionRateBp !== null && (
        <>
          <dt>{t(lang, 'commissionRate')}</dt>
          <dd>{formatFen(offer.commissionRateBp)}%</dd>
        </>
      )}
      {offer.affiliateEarnsFen !== null && (
        <>
          <dt>{t(lang, 'youEarn')}</dt>
          <dd data-testid={id('you-earn')}>
            <strong>¥{formatFen(offer.affiliateEarnsFen)}</strong>
            {offer.affiliateRateBp !== null && <span class="dh-why">{t(lang, 'youEarnShare', { percent: formatFen(offer.affiliateRateBp) })}</span>}
          </dd>
        </>
      )}
      {deal.couponFen !== null && (
        <>
          <dt>{t(lang, 'coupon')}</dt>
          <dd>¥{formatFen(deal.couponFen)}</dd>
        </>
      )}
      {deal.finalFen !== null && (
        <>
          <dt>{t(lang, deal.couponFen !== null ? 'afterCoupon' : 'finalPrice')}</dt>
          <dd data-testid={id('final-price')}>¥{formatFen(deal.finalFen)}</dd>
        </>
      )}
    </dl>
  );
}
