import { useState } from 'preact/hooks';
import type { PlatformId } from '@@/shared/platforms';
import type { Earnings, EarningsRange, ShareCode, Summary } from '@@/shared/schemas';
import type { ApiResult } from '../../api/result';
import { errorMessage } from '../../components/error-message';
import { EarningsView } from '../../components/EarningsView';
import { PasteBox, type PasteActions } from '../../components/PasteBox';
import { ShareResult } from '../../components/ShareResult';
import { SummaryView } from '../../components/SummaryView';
import { TeamView, type TeamActions } from '../../components/TeamView';
import { BindingsView, type BindingsActions } from '../../components/BindingsView';
import { OfflineLinks, type OfflineLinksActions } from '../../components/OfflineLinks';
import { TierView, type TierActions } from '../../components/TierView';
import { WalletView, type WalletActions } from '../../components/WalletView';
import { t, type Lang } from '../../i18n/messages';
import { useLoad } from '@@/shared/ui/use-load';
import { ConvertBox, type ConvertActions } from '../../components/ConvertBox';
import { PopupTabs, type PopupTab } from '../../components/PopupTabs';
import { shareTextFor } from '../../share/share-text';

export interface PopupActions extends PasteActions, WalletActions, TeamActions, TierActions, BindingsActions, OfflineLinksActions, ConvertActions {
  getSummary(): Promise<ApiResult<Summary>>;
  getEarnings(range: EarningsRange, ordersLimit?: number): Promise<ApiResult<Earnings>>;
  openOptions(): void;
}

interface Props {
  lang: Lang;
  configured: boolean;
  templates: Partial<Record<PlatformId, string>>;
  /** What the context menu made just before the popup opened. */
  justCreated: ShareCode | null;
  /** Text chosen with "转链选中文字": the popup opens on 转链 and converts it. */
  toConvert?: string | null;
  actions: PopupActions;
}

const ORDERS_PAGE = 20;

type State = { kind: 'loading' } | { kind: 'ready'; summary: Summary } | { kind: 'error'; message: string };

export function App({ lang, configured, templates, justCreated, toConvert = null, actions }: Props) {
  const [attempt, setAttempt] = useState(0);
  const [tab, setTab] = useState<PopupTab>(toConvert ? 'convert' : 'earn');
  const [range, setRange] = useState<EarningsRange>('today');
  const [ordersLimit, setOrdersLimit] = useState(ORDERS_PAGE);
  const earnings = useLoad(
    () =>
      configured
        ? (ordersLimit === ORDERS_PAGE ? actions.getEarnings(range) : actions.getEarnings(range, ordersLimit)).then((result) => ({ range, result }))
        : null,
    [configured, range, attempt, ordersLimit],
  ).value;
  const summary = useLoad(() => (configured ? actions.getSummary() : null), [configured, attempt], { clear: true }).value;
  const state: State = !summary
    ? { kind: 'loading' }
    : summary.ok
      ? { kind: 'ready', summary: summary.data }
      : { kind: 'error', message: errorMessage(lang, summary.error) };

  return (
    <main class="dh-popup" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header>
        <h1>{t(lang, 'appName')}</h1>
        <button type="button" class="dh-link" onClick={() => actions.openOptions()}>
          {t(lang, 'openOptions')}
        </button>
      </header>
      {!configured ? (
        <div role="status" class="dh-setup">
          <p>{t(lang, 'notConfigured')}</p>
          <button type="button" class="dh-primary" onClick={() => actions.openOptions()}>
            {t(lang, 'openOptions')}
          </button>
        </div>
      ) : (
        <>
          {justCreated && (
            <section data-testid="just-created">
              <h2>{t(lang, 'justCreated')}</h2>
              <ShareResult
                lang={lang}
                code={justCreated}
                shareText={shareTextFor(justCreated, justCreated, templates)}
                title={justCreated.title}
                priceFen={justCreated.priceFen}
                imageUrl={null}
                actions={actions}
                withPoster={false}
              />
            </section>
          )}
          <PopupTabs lang={lang} tab={tab} onTab={setTab} />
          {tab === 'earn' && (
            <>
              {earnings?.result.ok === false ? (
                <p role="alert" class="dh-error">
                  {errorMessage(lang, earnings.result.error)}
                </p>
              ) : (
                <EarningsView
                  lang={lang}
                  range={range}
                  onRange={(next) => {
                    setRange(next);
                    setOrdersLimit(ORDERS_PAGE);
                  }}
                  onMore={() => setOrdersLimit(ordersLimit + ORDERS_PAGE)}
                  earnings={earnings?.range === range && earnings.result.ok ? earnings.result.data : null}
                />
              )}
              <OfflineLinks lang={lang} actions={actions} />
              {state.kind === 'loading' ? (
                <p aria-busy="true">{t(lang, 'loading')}</p>
              ) : state.kind === 'error' ? (
                <div role="alert" class="dh-error">
                  <p>{state.message}</p>
                  <button type="button" onClick={() => setAttempt(attempt + 1)}>
                    {t(lang, 'retry')}
                  </button>
                </div>
              ) : (
                <SummaryView lang={lang} summary={state.summary} copy={actions.copy} />
              )}
              <TierView lang={lang} actions={actions} />
            </>
          )}
          {tab === 'convert' && (
            <>
              <ConvertBox lang={lang} actions={actions} initialText={toConvert} />
              <PasteBox lang={lang} templates={templates} actions={actions} />
            </>
          )}
          {tab === 'wallet' && <WalletView lang={lang} actions={actions} />}
          {tab === 'team' && (
            <>
              <TeamView lang={lang} actions={actions} />
              <BindingsView lang={lang} actions={actions} />
            </>
          )}
        </>
      )}
    </main>
  );
}
