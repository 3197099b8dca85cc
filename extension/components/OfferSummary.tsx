import { NETWORK_NAMES } from '@@/shared/platforms';
import type { OfferAnswer } from '@@/shared/schemas';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';
import type { DetectedProduct } from '../platforms';
import { OfferFacts } from './OfferFacts';

/**
 * Money before the code, as the networks' own apps show it: 佣金比例, 你可得 (the affiliate's tier share,
 * named), the coupon and the one 到手价 — asked when the panel opens; the Worker keeps the answer a while.
 */
export function OfferSummary({ lang, product, answer }: { lang: Lang; product: DetectedProduct; answer: ApiResult<OfferAnswer> | null }) {
  if (!answer)
    return (
      <p class="dh-note" aria-busy="true">
        {t(lang, 'offerLoading')}
      </p>
    );
  // An answer that did not come (offline, an old Worker) leaves the panel as it was: minting still works.
  if (!answer.ok) return null;
  const { offer, reason, network } = answer.data;
  if (!offer) {
    if (!reason || reason === 'unavailable') return null;
    return (
      <p class="dh-note" data-testid="offer-before" data-reason={reason}>
        {t(lang, reason === 'not-connected' ? 'offerNotConnected' : 'offerNotInProgramme', { network: NETWORK_NAMES[network][lang] })}
      </p>
    );
  }
  return <OfferFacts lang={lang} offer={offer} pagePriceFen={product.priceFen} when="before" />;
}
