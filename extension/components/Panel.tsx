import { useState } from 'preact/hooks';
import type { CreateCodeRequest, ShareCode } from '@@/shared/schemas';
import { formatFen } from '@@/shared/money';
import type { ApiResult } from '../api/result';
import type { DetectedProduct } from '../platforms';
import { t, type Lang } from '../i18n/messages';
import { shareTextFor } from '../share/share-text';
import type { PlatformId } from '@@/shared/platforms';
import { errorMessage } from './error-message';
import { ShareResult, type ShareActions } from './ShareResult';

export interface PanelActions extends ShareActions {
  createCode(request: CreateCodeRequest): Promise<ApiResult<ShareCode>>;
  openOptions(): void;
}

interface Props {
  product: DetectedProduct;
  lang: Lang;
  configured: boolean;
  templates: Partial<Record<PlatformId, string>>;
  actions: PanelActions;
  onClose?: () => void;
}

type State = { kind: 'idle' } | { kind: 'creating' } | { kind: 'done'; code: ShareCode } | { kind: 'error'; message: string };

/** The in-page card: what we recognised, one button to mint, then the link and share text to copy. */
export function Panel({ product, lang, configured, templates, actions, onClose }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function create() {
    setState({ kind: 'creating' });
    const result = await actions.createCode({
      url: product.pageUrl,
      ...(product.title ? { title: product.title.slice(0, 200) } : {}),
      ...(product.priceFen !== null ? { priceFen: product.priceFen } : {}),
      ...(product.imageUrl ? { imageUrl: product.imageUrl } : {}),
      ...(product.shopName ? { shopName: product.shopName.slice(0, 100) } : {}),
    });
    setState(result.ok ? { kind: 'done', code: result.data } : { kind: 'error', message: errorMessage(lang, result.error) });
  }

  return (
    <section class="dh-panel" lang={lang === 'zh' ? 'zh-CN' : 'en'} aria-label={t(lang, 'appName')}>
      <header>
        <strong>{t(lang, 'appName')}</strong>
        {onClose && (
          <button type="button" class="dh-close" aria-label={t(lang, 'close')} onClick={onClose}>
            ×
          </button>
        )}
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
      ) : state.kind === 'done' ? (
        <ShareResult
          lang={lang}
          code={state.code}
          shareText={shareTextFor(state.code, product, templates)}
          title={product.title}
          priceFen={product.priceFen}
          imageUrl={product.imageUrl}
          actions={actions}
        />
      ) : (
        <>
          <button type="button" class="dh-primary" data-testid="create-code" disabled={state.kind === 'creating'} onClick={create}>
            {state.kind === 'creating' ? t(lang, 'creating') : t(lang, 'createCode')}
          </button>
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
