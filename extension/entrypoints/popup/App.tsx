import { useState } from 'preact/hooks';
import type { PlatformId } from '@@/shared/platforms';
import type { ShareCode } from '@@/shared/schemas';
import { BindingsView, type BindingsActions } from '../../components/BindingsView';
import { ConvertBox, type ConvertActions } from '../../components/ConvertBox';
import { EarnTab, type EarnActions } from '../../components/EarnTab';
import { PasteBox, type PasteActions } from '../../components/PasteBox';
import { PopupTabs, type PopupTab } from '../../components/PopupTabs';
import { ShareResult } from '../../components/ShareResult';
import { TeamView, type TeamActions } from '../../components/TeamView';
import { WalletView, type WalletActions } from '../../components/WalletView';
import { t, type Lang } from '../../i18n/messages';
import { shareTextFor } from '../../share/share-text';

export interface PopupActions extends PasteActions, WalletActions, TeamActions, BindingsActions, ConvertActions, EarnActions {
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

export function App({ lang, configured, templates, justCreated, toConvert = null, actions }: Props) {
  const [tab, setTab] = useState<PopupTab>(toConvert ? 'convert' : 'earn');
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
          {tab === 'earn' && <EarnTab lang={lang} actions={actions} templates={templates} />}
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
