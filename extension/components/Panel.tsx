import { useRef, useState } from 'preact/hooks';
import type { CreateCodeRequest, ShareCode } from '@@/shared/schemas';
import { formatFen } from '@@/shared/money';
import type { ApiResult } from '../api/result';
import type { DetectedProduct } from '../platforms';
import { DEFAULT_PLACEMENT, type PanelPlacement } from '../storage/placement';
import { t, type Lang } from '../i18n/messages';
import { shareTextFor } from '../share/share-text';
import type { PlatformId } from '@@/shared/platforms';
import { errorMessage } from './error-message';
import { ShareResult, type ShareActions } from './ShareResult';

export interface PanelActions extends ShareActions {
  createCode(request: CreateCodeRequest): Promise<ApiResult<ShareCode>>;
  openOptions(): void;
  /** Opens a link in a new tab (自购: the affiliate's own tracked link). */
  openTab(url: string): void;
}

interface Props {
  product: DetectedProduct;
  lang: Lang;
  configured: boolean;
  templates: Partial<Record<PlatformId, string>>;
  actions: PanelActions;
  onClose?: () => void;
  /** Where the panel sits and whether it is minimised; `onPlacement` remembers a change (per site). */
  placement?: PanelPlacement;
  onPlacement?: (placement: PanelPlacement) => void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'creating' }
  | { kind: 'done'; code: ShareCode }
  | { kind: 'self-opened'; code: ShareCode }
  | { kind: 'error'; message: string };

// The channel tag of a code the affiliate buys through themselves (自购省钱): its sales show apart.
export const SELF_CHANNEL = 'self';

/**
 * The in-page card: what we recognised, one button to mint (and one to buy through one's own link), then
 * the link and share text to copy. It can be minimised to a small tab and dragged by its header.
 */
export function Panel({ product, lang, configured, templates, actions, onClose, placement = DEFAULT_PLACEMENT, onPlacement }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [place, setPlace] = useState(placement);
  const drag = useRef<{ x: number; y: number; right: number; bottom: number } | null>(null);
  const move = (next: PanelPlacement) => {
    setPlace(next);
    onPlacement?.(next);
  };

  const request = (channel?: string): CreateCodeRequest => ({
    url: product.pageUrl,
    ...(channel ? { channel } : {}),
    ...(product.title ? { title: product.title.slice(0, 200) } : {}),
    ...(product.priceFen !== null ? { priceFen: product.priceFen } : {}),
    ...(product.imageUrl ? { imageUrl: product.imageUrl } : {}),
    ...(product.shopName ? { shopName: product.shopName.slice(0, 100) } : {}),
  });

  async function create() {
    setState({ kind: 'creating' });
    const result = await actions.createCode(request());
    setState(result.ok ? { kind: 'done', code: result.data } : { kind: 'error', message: errorMessage(lang, result.error) });
  }

  async function buyForSelf() {
    setState({ kind: 'creating' });
    const result = await actions.createCode(request(SELF_CHANNEL));
    if (!result.ok) return setState({ kind: 'error', message: errorMessage(lang, result.error) });
    actions.openTab(result.data.shortUrl);
    setState({ kind: 'self-opened', code: result.data });
  }

  // Dragging by the header moves the panel; it stays fully on screen.
  const onPointerDown = (event: PointerEvent) => {
    if ((event.target as HTMLElement).closest('button')) return;
    drag.current = { x: event.clientX, y: event.clientY, right: place.right, bottom: place.bottom };
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    const start = drag.current;
    if (!start) return;
    const clamp = (v: number, max: number) => Math.min(Math.max(0, v), Math.max(0, max));
    setPlace({
      ...place,
      right: clamp(start.right - (event.clientX - start.x), window.innerWidth - 120),
      bottom: clamp(start.bottom - (event.clientY - start.y), window.innerHeight - 60),
    });
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    onPlacement?.(place);
  };
  const style = { right: `${place.right}px`, bottom: `${place.bottom}px` };
  const langAttr = lang === 'zh' ? 'zh-CN' : 'en';

  if (place.minimised)
    return (
      <button type="button" class="dh-tab" style={style} lang={langAttr} data-testid="panel-tab" onClick={() => move({ ...place, minimised: false })}>
        {t(lang, 'appName')} · {t(lang, 'createCode')}
      </button>
    );

  return (
    <section class="dh-panel" style={style} lang={langAttr} aria-label={t(lang, 'appName')}>
      <header onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} title={t(lang, 'dragHint')}>
        <strong>{t(lang, 'appName')}</strong>
        <span>
          <button type="button" class="dh-close" aria-label={t(lang, 'minimise')} data-testid="minimise" onClick={() => move({ ...place, minimised: true })}>
            –
          </button>
          {onClose && (
            <button type="button" class="dh-close" aria-label={t(lang, 'close')} onClick={onClose}>
              ×
            </button>
          )}
        </span>
      </header>
      {product.title && (
        <p class="dh-title" data-testid="product-title">
          {product.title}
        </p>
      )}
      {product.priceFen !== null && (
        <p class="dh-price" data-testid="product-price">
          {t(lang, 'price')} ¥{formatFen(product.priceFen)}
        </p>
      )}
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
        />
      ) : (
        <>
          <div class="dh-row dh-actions">
            <button type="button" class="dh-primary" data-testid="create-code" disabled={state.kind === 'creating'} onClick={create}>
              {state.kind === 'creating' ? t(lang, 'creating') : t(lang, 'createCode')}
            </button>
            <button type="button" data-testid="buy-self" disabled={state.kind === 'creating'} onClick={buyForSelf} title={t(lang, 'buySelfHint')}>
              {t(lang, 'buySelf')}
            </button>
          </div>
          {state.kind === 'error' && (
            <p class="dh-error" role="alert">
              {state.message}
            </p>
          )}
        </>
      )}
    </section>
  );
}
