import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api-error';
import { client, ok } from './client';
import { useLang } from './i18n';
import { Affiliates } from './views/Affiliates';
import { Imports } from './views/Imports';
import { Networks } from './views/Networks';
import { Orders } from './views/Orders';
import { Overview } from './views/Overview';
import { Payouts } from './views/Payouts';

const VIEWS = { overview: Overview, orders: Orders, affiliates: Affiliates, payouts: Payouts, imports: Imports, networks: Networks } as const;
type View = keyof typeof VIEWS;
const viewFromHash = (): View => {
  const name = location.hash.replace(/^#\/?/, '');
  return name in VIEWS ? (name as View) : 'overview';
};

export function App() {
  const [lang, setLang, t] = useLang();
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [view, setView] = useState<View>(viewFromHash());
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    addEventListener('hashchange', onHash);
    void ok(client.api.admin.reports.imports.$get()).then(
      () => setSignedIn(true),
      (err: unknown) => setSignedIn(!(err instanceof ApiError && err.status === 401)),
    );
    return () => removeEventListener('hashchange', onHash);
  }, []);

  async function signIn(event: Event) {
    event.preventDefault();
    try {
      await ok(client.api.admin.session.$post({ json: { token } }));
      setToken('');
      setError(null);
      setSignedIn(true);
    } catch {
      setError(t('wrongToken'));
    }
  }

  const langToggle = (
    <button type="button" class="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
      {lang === 'zh' ? 'English' : '中文'}
    </button>
  );

  if (signedIn === null) return <p aria-busy="true">…</p>;
  if (!signedIn) {
    return (
      <main class="login">
        <h1>{t('title')}</h1>
        <form onSubmit={signIn}>
          <label for="token">{t('adminToken')}</label>
          <input id="token" type="password" autoComplete="current-password" value={token} onInput={(e) => setToken(e.currentTarget.value)} required />
          <button type="submit">{t('signIn')}</button>
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
        </form>
        {langToggle}
      </main>
    );
  }
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
        <Current t={t} />
      </main>
    </>
  );
}
