import { postForm } from '../http';
import { NetworkCallError } from '../network-error';

/** Taobao's OAuth server (docs/networks.md §8.1); `TAOBAO_OAUTH_URL` points elsewhere (the simulator). */
export const TAOBAO_OAUTH = 'https://oauth.taobao.com';

/**
 * Where a person authorises the operator's app with their own Taobao account: an authorization code
 * comes back to `redirectUri` with `state`. `view` is `wap` on phones, `web` elsewhere.
 */
export function authorizeUrl(oauthBase: string, input: { appKey: string; redirectUri: string; state: string; mobile: boolean }): string {
  const url = new URL(`${oauthBase.replace(/\/+$/, '')}/authorize`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', input.appKey);
  url.searchParams.set('redirect_uri', input.redirectUri);
  url.searchParams.set('state', input.state);
  url.searchParams.set('view', input.mobile ? 'wap' : 'web');
  return url.href;
}

export interface TaobaoUserToken {
  accessToken: string;
  userId: string;
  nick: string;
}

/**
 * Exchanges an authorization code for the person's access token (`POST /token`, grant_type
 * authorization_code). A refusal carries the OAuth server's own `error` and `error_description`.
 */
export async function exchangeCode(oauthBase: string, app: { appKey: string; appSecret: string }, code: string, redirectUri: string): Promise<TaobaoUserToken> {
  return postForm(
    'taobao',
    `${oauthBase.replace(/\/+$/, '')}/token`,
    { grant_type: 'authorization_code', client_id: app.appKey, client_secret: app.appSecret, code, redirect_uri: redirectUri, view: 'web' },
    (body) => {
      const answer = (body ?? {}) as Record<string, unknown>;
      if (typeof answer.error === 'string')
        throw new NetworkCallError('taobao', 'rejected', answer.error, String(answer.error_description ?? answer.error), null);
      const accessToken = typeof answer.access_token === 'string' ? answer.access_token : '';
      if (!accessToken) throw new NetworkCallError('taobao', 'unavailable', 'BAD_RESPONSE', 'the OAuth answer carries no access_token');
      const nick = typeof answer.taobao_user_nick === 'string' ? safeDecode(answer.taobao_user_nick) : '';
      return { accessToken, userId: String(answer.taobao_user_id ?? ''), nick };
    },
    { attempts: 1 },
  );
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
