import { useState } from 'preact/hooks';
import type { CreateCodeRequest, ShareCode } from '@@/shared/schemas';
import { formatFen } from '@@/shared/money';
import type { ApiResult } from '../api/result';
import type { DetectedProduct } from '../platforms';
import { t, type Lang } from '../i18n/messages';
import { CopyField } from './CopyField';
import { errorMessage } from './error-message';

export interface PanelActions {
  createCode(request: CreateCodeRequest): Promise<ApiResult<ShareCode>>;
  openOptions(): void;
  copy(text: string): Promise<boolean>;
}

interface Props {
  product: DetectedProduct;
  lang: Lang;
  configured: boolean;
  actions: PanelActions;
  onClose?: () => void;
}

type State = { kind: 'idle' } | { kind: 'creating' } | { kind: 'done'; code: ShareCode } | { kind: 'error'; message: string };

/** The in-page card: what we recognised, one button to mint, then the link and share text to copy. */
export function Panel({ product, lang, configured, actions, onClose }: Props) {
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
      {product.title && <p class="dh-title" data-testid="product-title">{product.title}</p>}
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
        <div class="dh-result">
          <CopyField lang={lang} label={t(lang, 'shortLink')} value={state.code.shortUrl} copy={actions.copy} testId="short-url" />
          <CopyField lang={lang} label={t(lang, 'shareText')} value={state.code.shareText} copy={actions.copy} testId="share-text" multiline />
        </div>
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
