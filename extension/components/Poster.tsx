import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../i18n/messages';
import { dealPrice } from '@@/shared/deal-price';
import type { PlatformId } from '@@/shared/platforms';
import type { ShareCode } from '@@/shared/schemas';
import { renderPoster, type PosterLayout } from '../share/poster';
import { qrMatrix } from '../share/qr';

export interface PosterActions {
  fetchImage(url: string): Promise<string | null>;
  /** With `text`, the share text rides along in the same clipboard item. */
  copyImage(blob: Blob, text?: string): Promise<boolean>;
}

interface Props {
  lang: Lang;
  code: string;
  shortUrl: string;
  title: string | null;
  priceFen: number | null;
  imageUrl: string | null;
  shopName?: string | null;
  /** The network's money facts (coupon, price after coupon, sales), when it gave them. */
  offer?: ShareCode['offer'];
  /** The shop it sells on, for the badge on the photo. */
  platform?: PlatformId | null;
  /** The share text, copied with the poster in one tap (复制文案+图片). */
  shareText?: string | null;
  actions: PosterActions;
}

type Ready = { kind: 'ready'; blob: Blob; url: string; layout: PosterLayout };
type State = { kind: 'idle' } | { kind: 'rendering' } | Ready | { kind: 'error'; message: string };

const posterWords = (lang: Lang) => ({
  scan: t(lang, 'posterScan'),
  afterCoupon: t(lang, 'afterCoupon'),
  coupon: t(lang, 'posterCoupon'),
  listPrice: t(lang, 'posterListPrice'),
  sales: t(lang, 'posterSales'),
  noImage: t(lang, 'posterNoImage'),
});

/** Buttons that draw the share poster (chat or 朋友圈 square) in the browser, then offer download and copy. */
export function Poster({ lang, code, shortUrl, title, priceFen, imageUrl, shopName = null, offer = null, platform = null, shareText = null, actions }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => () => void (state.kind === 'ready' && URL.revokeObjectURL(state.url)), [state]);

  async function draw(layout: PosterLayout) {
    setState({ kind: 'rendering' });
    try {
      const imageDataUrl = imageUrl ? await actions.fetchImage(imageUrl) : null;
      const blob = await renderPoster({
        layout,
        title,
        deal: dealPrice(priceFen, offer),
        shopBadge: platform ? t(lang, `platform_${platform}`) : null,
        shopName,
        sales: offer?.sales ?? null,
        imageDataUrl,
        qr: qrMatrix(shortUrl),
        words: posterWords(lang),
      });
      setState({ kind: 'ready', blob, url: URL.createObjectURL(blob), layout });
    } catch (err) {
      setState({ kind: 'error', message: t(lang, 'errorGeneric', { message: err instanceof Error ? err.message : String(err) }) });
    }
  }

  async function copy(blob: Blob, text?: string) {
    if (!(await actions.copyImage(blob, text))) setState({ kind: 'error', message: t(lang, 'copyImageFailed') });
  }

  if (state.kind === 'ready') return <PosterReady lang={lang} code={code} state={state} copy={copy} draw={draw} shareText={shareText} />;
  return (
    <div class="dh-poster">
      <button type="button" data-testid="make-poster" disabled={state.kind === 'rendering'} onClick={() => void draw('tall')}>
        {state.kind === 'rendering' ? t(lang, 'posterRendering') : t(lang, 'poster')}
      </button>
      <button type="button" data-testid="make-poster-square" disabled={state.kind === 'rendering'} onClick={() => void draw('square')}>
        {t(lang, 'posterSquare')}
      </button>
      {state.kind === 'error' && (
        <p role="alert" class="dh-error">
          {state.message}
        </p>
      )}
    </div>
  );
}

interface ReadyProps {
  lang: Lang;
  code: string;
  state: Ready;
  copy(blob: Blob, text?: string): Promise<void>;
  draw(layout: PosterLayout): Promise<void>;
  shareText: string | null;
}

/** The drawn poster: download, copy, or draw the other layout. */
function PosterReady({ lang, code, state, copy, draw, shareText }: ReadyProps) {
  return (
    <div class="dh-poster">
      <img src={state.url} alt={t(lang, 'posterAlt')} data-testid="poster-image" />
      <div class="dh-row">
        <a class="dh-button" href={state.url} download={`daihuo-${code}-${state.layout}.png`}>
          {t(lang, 'download')}
        </a>
        {shareText && (
          <button type="button" class="dh-primary" data-testid="copy-text-and-image" onClick={() => void copy(state.blob, shareText)}>
            {t(lang, 'copyTextAndImage')}
          </button>
        )}
        <button type="button" onClick={() => void copy(state.blob)}>
          {t(lang, 'copyImage')}
        </button>
        <button type="button" data-testid="poster-other-layout" onClick={() => void draw(state.layout === 'tall' ? 'square' : 'tall')}>
          {t(lang, state.layout === 'tall' ? 'posterSquare' : 'posterTall')}
        </button>
      </div>
    </div>
  );
}
