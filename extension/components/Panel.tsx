import type { CreateCodeRequest, OfferAnswer, ShareCode } from '@@/shared/schemas';
import { dealPrice, type DealPrice } from '@@/shared/deal-price';
import { formatFen } from '@@/shared/money';
import { useLoad } from '@@/shared/ui/use-load';
import type { PlatformId } from '@@/shared/platforms';
import type { ApiResult } from '../api/result';
import type { DetectedProduct } from '../platforms';
import { DEFAULT_PLACEMENT, type PanelPlacement } from '../storage/placement';
import { t, type Lang } from '../i18n/messages';
import { shareTextFor } from '../share/share-text';
import { MintButtons } from './MintButtons';
import { OfferSummary } from './OfferSummary';
import { ShareResult, type ShareActions } from './ShareResult';
import { useMint } from './use-mint';
import { usePanelPlace } from './use-panel-place';

export interface PanelActions extends ShareActions {
  createCode(request: CreateCodeRequest): Promise<ApiResult<ShareCode>>;
  /** What the product pays before a code exists (asked when the panel opens). */
  getOffer(url: string, priceFen: number | null): Promise<ApiResult<OfferAnswer>>;
  openOptions(): void;
  /** Opens a link in a new tab (自购: the affiliate's own tracked link). */
  openTab(url: string): void;
}

interface Props {
  product: DetectedProduct;
  lang: Lang;
  configured: boolean;
  templates: Partial<Record<PlatformId, string>>;
  /** 生成分享码 also copies the share text (the options' switch; on by default). */
  copyOnMint?: boolean;
  actions: PanelActions;
  onClose?: () => void;
  /** Where the panel sits and whether it is minimised; `onPlacement` remembers a change (per site). */
  placement?: PanelPlacement;
  onPlacement?: (placement: PanelPlacement) => void;
}

/**
 * The in-page card: what we recognised, one button to mint (and one to buy through one's own link), then
 * the link and share text to copy. It can be minimised to a small tab and dragged by its header.
 */
export function Panel({ product, lang, configured, templates, copyOnMint = true, actions, onClose, placement = DEFAULT_PLACEMENT, onPlacement }: Props) {
  const { place, style, minimise, restore, dragHandlers } = usePanelPlace(placement, onPlacement);
  const { state, create, buyForSelf } = useMint(product, lang, actions, copyOnMint ? (code) => shareTextFor(code, product, templates) : null);
  const offer = useLoad(() => (configured ? actions.getOffer(product.pageUrl, product.priceFen) : null), [configured, product.pageUrl]).value;
  // One price on the panel: 到手价 once the network has answered (on open, or with the minted code), else the page's.
  const known = state.kind === 'done' ? state.code.offer : offer?.ok ? offer.data.offer : null;
  const deal = dealPrice(product.priceFen, known ?? null);
  const langAttr = lang === 'zh' ? 'zh-CN' : 'en';

  if (place.minimised)
    return (
      <button type="button" class="dh-tab" style={style} lang={langAttr} data-testid="panel-tab" onClick={restore}>
        {t(lang, 'appName')} · {t(lang, 'createCode')}
      </button>
    );

  return (
    <section class="dh-panel" style={style} lang={langAttr} aria-label={t(lang, 'appName')}>
      <PanelHeader lang={lang} dragHandlers={dragHandlers} minimise={minimise} onClose={onClose} />
      <ProductLine lang={lang} title={product.title} deal={deal} known={known !== null} />
      {!configured ? (
        <div class="dh-setup" role="status">
          <p>{t(lang, 'notConfigured')}</p>
          <button type="button" onClick={() => actions.openOptions()}>
            {t(lang, 'openOptions')}
          </button>
        </div>
      ) : state.kind === 'self-opened' ? (
        <p class="dh-ok" role="status" data-testid="self-opened">
          {t(lang, 'selfOpened')}
        </p>
      ) : state.kind === 'done' ? (
        <ShareResult
          lang={lang}
          code={state.code}
          shareText={shareTextFor(state.code, product, templates)}
          title={product.title}
          priceFen={product.priceFen}
          imageUrl={product.imageUrl}
          shopName={product.shopName}
          actions={actions}
          copiedOnMint={state.copied}
        />
      ) : (
        <>
          <OfferSummary lang={lang} product={product} answer={offer} />
          <MintButtons lang={lang} state={state} create={create} buyForSelf={buyForSelf} />
        </>
      )}
    </section>
  );
}

interface HeaderProps {
  lang: Lang;
  dragHandlers: ReturnType<typeof usePanelPlace>['dragHandlers'];
  minimise(): void;
  onClose: (() => void) | undefined;
}

/** The panel's handle: drag it to move the panel; minimise and close. */
function PanelHeader({ lang, dragHandlers, minimise, onClose }: HeaderProps) {
  return (
    <header {...dragHandlers} title={t(lang, 'dragHint')}>
      <strong>{t(lang, 'appName')}</strong>
      <span>
        <button type="button" class="dh-close" aria-label={t(lang, 'minimise')} data-testid="minimise" onClick={minimise}>
          –
        </button>
        {onClose && (
          <button type="button" class="dh-close" aria-label={t(lang, 'close')} onClick={onClose}>
            ×
          </button>
        )}
      </span>
    </header>
  );
}

/** The product's title and its one price: 到手价 once the network has answered, 原价 struck through beside it. */
function ProductLine({ lang, title, deal, known }: { lang: Lang; title: string | null; deal: DealPrice; known: boolean }) {
  return (
    <>
      {title && (
        <p class="dh-title" data-testid="product-title">
          {title}
        </p>
      )}
      {deal.finalFen !== null && (
        <p class="dh-price" data-testid="product-price">
          {t(lang, known ? 'finalPrice' : 'price')} ¥{formatFen(deal.finalFen)}
          {deal.listFen !== null && <s class="dh-why"> ¥{formatFen(deal.listFen)}</s>}
        </p>
      )}
    </>
  );
}
