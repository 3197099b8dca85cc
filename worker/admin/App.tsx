import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api-error';
import { client, ok } from './client';
import { useLang } from './i18n';
import { Login } from './Login';
import { Affiliates } from './views/affiliates/Affiliates';
import { Clicks } from './views/clicks/Clicks';
import { Imports } from './views/imports/Imports';
import { Networks } from './views/networks/Networks';
import { Orders } from './views/orders/Orders';
import { Overview } from './views/overview/Overview';
import { Payouts } from './views/payouts/Payouts';

const VIEWS = { overview: Overview, orders: Orders, affiliates: Affiliates, payouts: Payouts, imports: Imports, networks: Networks, clickLog: Clicks } as const;
type View = keyof typeof VIEWS;
const viewFromHash = (): View => {
  const name = location.hash.replace(/^#\/?/, '').split('?')[0]!;
  return name in VIEWS ? (name as View) : 'overview';
};

export function App() {
  const [lang, setLang, t] = useLang();
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [view, setView] = useState<View>(viewFromHash());

  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    addEventListener('hashchange', onHash);
    void ok(client.api.admin.reports.imports.$get()).then(
      () => setSignedIn(true),
      (err: unknown) => setSignedIn(!(err instanceof ApiError && err.status === 401)),
    );
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const langToggle = (
    <button type="button" class="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
      {lang === 'zh' ? 'English' : '中文'}
    </button>
  );

  if (signedIn === null) return <p aria-busy="true">…</p>;
  if (!signedIn) return <Login t={t} onSignedIn={() => setSignedIn(true)} langToggle={langToggle} />;
  const Current = VIEWS[view];
  return (
    <>
      <header>
        <h1>{t('title')}</h1>
        <nav>
          {(Object.keys(VIEWS) as View[]).map((name) => (
            <a key={name} href={`#/${name}`} aria-current={view === name ? 'page' : undefined}>
              {t(name)}
            </a>
          ))}
        </nav>
        <div>
          {langToggle}
          <button type="button" class="link" onClick={() => void ok(client.api.admin.session.$delete()).then(() => setSignedIn(false))}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <main>
        <Current t={t} lang={lang} />
      </main>
    </>
  );
}
