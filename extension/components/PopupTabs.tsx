import { t, type Lang } from '../i18n/messages';

export const POPUP_TABS = ['earn', 'convert', 'wallet', 'team'] as const;
export type PopupTab = (typeof POPUP_TABS)[number];
const LABEL = { earn: 'tabEarn', convert: 'tabConvert', wallet: 'tabWallet', team: 'tabTeam' } as const;

/**
 * The popup in four tabs (赚钱 / 转链 / 钱包 / 团队), so each fits Chrome's 600 px popup without a long
 * scroll; arrow keys move between them as in any tab list.
 */
export function PopupTabs({ lang, tab, onTab }: { lang: Lang; tab: PopupTab; onTab(tab: PopupTab): void }) {
  const move = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    onTab(POPUP_TABS[(POPUP_TABS.indexOf(tab) + step + POPUP_TABS.length) % POPUP_TABS.length]!);
  };
  return (
    <div class="dh-tabs" role="tablist" aria-label={t(lang, 'appName')} onKeyDown={move}>
      {POPUP_TABS.map((id) => (
        <button key={id} type="button" role="tab" aria-selected={tab === id} tabIndex={tab === id ? 0 : -1} data-testid={`tab-${id}`} onClick={() => onTab(id)}>
          {t(lang, LABEL[id])}
        </button>
      ))}
    </div>
  );
}
