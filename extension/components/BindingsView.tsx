import { useState } from 'preact/hooks';
import { useLoad } from '@@/shared/ui/use-load';
import type { Bindings } from '@@/shared/schemas';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';
import { errorMessage } from './error-message';
import { QrCode } from './QrCode';

export interface BindingsActions {
  getBindings(): Promise<ApiResult<Bindings>>;
  bindTaobao(): Promise<ApiResult<{ authorizeUrl: string }>>;
}

/** One network's line: its name, where the affiliate stands, and the way to bind when there is one. */
function Row({ name, status, children }: { name: string; status: string; children?: preact.ComponentChildren }) {
  return (
    <li>
      <span class="dh-code-title">{name}</span>
      <span class="dh-status">{status}</span>
      {children}
    </li>
  );
}

/**
 * 绑定: whether orders at each network can name the affiliate — Taobao 渠道备案 in one tap (Taobao's own
 * authorise page opens in a tab), 多多进宝 备案 as a link and a QR code for the PDD app, JD needing none.
 */
export function BindingsView({ lang, actions }: { lang: Lang; actions: BindingsActions }) {
  const bindings = useLoad(() => actions.getBindings(), []).value;
  const [notice, setNotice] = useState<string | null>(null);
  if (!bindings) return <p aria-busy="true">{t(lang, 'loading')}</p>;
  if (!bindings.ok) return <p class="dh-error">{errorMessage(lang, bindings.error)}</p>;
  const { taobao, pdd, jd } = bindings.data;
  const bind = async () => {
    const started = await actions.bindTaobao();
    setNotice(started.ok ? t(lang, 'bindOpened') : errorMessage(lang, started.error));
  };
  return (
    <section class="dh-bindings" aria-labelledby="dh-bindings-title" data-testid="bindings">
      <h2 id="dh-bindings-title">{t(lang, 'bindingsTitle')}</h2>
      <ul class="dh-orders">
        <Row name={t(lang, 'bindTaobaoName')} status={t(lang, `bind_${taobao.status === 'unbound' && !taobao.canBind ? 'unavailable' : taobao.status}`)}>
          {taobao.status === 'bound' && (
            <span class="dh-note" data-testid="taobao-bound">
              {t(lang, 'bindTaobaoBound', { id: taobao.relationId, name: taobao.accountName ?? '' })}
            </span>
          )}
          {taobao.status === 'unbound' && taobao.canBind && (
            <button type="button" class="dh-primary" data-testid="bind-taobao" onClick={() => void bind()}>
              {t(lang, 'bindTaobaoButton')}
            </button>
          )}
        </Row>
        <Row name={t(lang, 'bindPddName')} status={t(lang, `bind_${pdd.status}`)}>
          {pdd.status === 'unbound' && pdd.bindUrl && (
            <span data-testid="pdd-bind">
              <a href={pdd.bindUrl} target="_blank" rel="noreferrer">
                {t(lang, 'bindPddLink')}
              </a>
              <QrCode text={pdd.bindUrl} size={112} label={t(lang, 'bindPddQr')} />
            </span>
          )}
          {pdd.status === 'unknown' && <span class="dh-note">{pdd.reason}</span>}
        </Row>
        <Row name={t(lang, 'bindJdName')} status={t(lang, `bind_${jd.status}`)} />
      </ul>
      {notice && (
        <p role="status" class="dh-note">
          {notice}
        </p>
      )}
    </section>
  );
}
