import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { client, ok } from './client';
import type { T } from './i18n';

/** Sign in with the admin token; the session cookie does the rest. */
export function Login({ t, onSignedIn, langToggle }: { t: T; onSignedIn(): void; langToggle: ComponentChildren }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function signIn(event: Event) {
    event.preventDefault();
    try {
      await ok(client.api.admin.session.$post({ json: { token } }));
      setToken('');
      setError(null);
      onSignedIn();
    } catch {
      setError(t('wrongToken'));
    }
  }
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
