import type { ShareCode } from '@@/shared/schemas';
import { NETWORK_NAMES } from '@@/shared/platforms';
import { t, type Lang } from '../i18n/messages';
import { OfferFacts } from './OfferFacts';

/** Why the link does not earn (or earns only by click time), in the reader's language; the server's note otherwise. */
function trackingNoteIn(lang: Lang, code: ShareCode): string | null {
  if (!code.trackingReason || !code.network) return code.trackingNote;
  const network = NETWORK_NAMES[code.network][lang];
  return t(lang, `tracking_${code.trackingReason}`, { network, detail: code.trackingDetail ?? '' });
}

/**
 * Money before sharing, and whether the link earns at all: the network's commission rate, what the
 * affiliate keeps, the coupon and the price after it — or, plainly, why the link earns nothing yet.
 */
export function TrackingInfo({ lang, code }: { lang: Lang; code: ShareCode }) {
  const offer = code.offer;
  return (
    <div
      class={`dh-tracking ${code.tracking === 'network' ? 'dh-tracked' : 'dh-untracked'}`}
      role="status"
      data-testid="tracking"
      data-tracking={code.tracking}
    >
      <p>
        <strong>{code.tracking === 'network' ? t(lang, 'tracked') : t(lang, 'untracked')}</strong>
        {code.simulated && <span> {t(lang, 'simulated')}</span>}
      </p>
      {code.trackingNote && (
        <p class="dh-note" data-testid="tracking-note">
          {trackingNoteIn(lang, code)}
        </p>
      )}
      {offer && <OfferFacts lang={lang} offer={offer} pagePriceFen={code.priceFen} when="after" />}
    </div>
  );
}
