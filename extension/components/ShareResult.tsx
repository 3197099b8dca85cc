import type { ShareCode } from '@@/shared/schemas';
import { t, type Lang } from '../i18n/messages';
import { CopyField } from './CopyField';
import { Poster, type PosterActions } from './Poster';
import { QrCode } from './QrCode';
import { TrackingInfo } from './TrackingInfo';

export interface ShareActions extends PosterActions {
  copy(text: string): Promise<boolean>;
}

interface Props {
  lang: Lang;
  code: ShareCode;
  shareText: string;
  title: string | null;
  priceFen: number | null;
  imageUrl: string | null;
  shopName?: string | null;
  actions: ShareActions;
  /** The poster needs room; the popup's paste box leaves it out. */
  withPoster?: boolean;
  /** The share text was copied as the code was made: say so, so the next tap is a paste. */
  copiedOnMint?: boolean;
}

/** Everything to share one code: short link, share text, QR code and (optionally) a poster. */
export function ShareResult({ lang, code, shareText, title, priceFen, imageUrl, shopName = null, actions, withPoster = true, copiedOnMint = false }: Props) {
  return (
    <div class="dh-result">
      {copiedOnMint && (
        <p class="dh-ok" role="status" data-testid="copied-on-mint">
          {t(lang, 'copiedOnMint')}
        </p>
      )}
      <TrackingInfo lang={lang} code={code} />
      <CopyField lang={lang} label={t(lang, 'shortLink')} value={code.shortUrl} copy={actions.copy} testId="short-url" />
      <CopyField lang={lang} label={t(lang, 'shareText')} value={shareText} copy={actions.copy} testId="share-text" multiline />
      <div class="dh-row dh-share-visuals">
        <QrCode text={code.shortUrl} label={`${t(lang, 'qrCode')} ${code.shortUrl}`} />
        {withPoster && (
          <Poster
            lang={lang}
            code={code.code}
            shortUrl={code.shortUrl}
            title={title}
            priceFen={priceFen}
            imageUrl={imageUrl}
            shopName={shopName}
            offer={code.offer}
            platform={code.product.platform}
            shareText={shareText}
            actions={actions}
          />
        )}
      </div>
    </div>
  );
}
