import { t, type Lang } from '../i18n/messages';
import type { MintState } from './use-mint';

/** 生成分享码 and 自购省钱, and why the last try failed. */
export function MintButtons({ lang, state, create, buyForSelf }: { lang: Lang; state: MintState; create(): void; buyForSelf(): void }) {
  const creating = state.kind === 'creating';
  return (
    <>
      <div class="dh-row dh-actions">
        <button type="button" class="dh-primary" data-testid="create-code" disabled={creating} onClick={create}>
          {creating ? t(lang, 'creating') : t(lang, 'createCode')}
        </button>
        <button type="button" data-testid="buy-self" disabled={creating} onClick={buyForSelf} title={t(lang, 'buySelfHint')}>
          {t(lang, 'buySelf')}
        </button>
      </div>
      {state.kind === 'error' && (
        <p class="dh-error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}
