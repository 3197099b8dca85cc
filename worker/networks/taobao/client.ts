import { chinaTimestamp, postForm, type CallOptions } from '../http';
import { NetworkCallError } from '../network-error';
import { signTop, type TopSignMethod } from './sign';

/** Real gateway (docs/networks.md, TOP gateway); `TAOBAO_API_URL` points elsewhere (the simulator). */
export const TOP_GATEWAY = 'https://eco.taobao.com/router/rest';

export interface TopCredentials {
  appKey: string;
  appSecret: string;
  /** Only for methods that need a user's authorisation (taobao.tbk.sc.*). */
  session?: string | undefined;
  signMethod?: TopSignMethod;
}

// TOP error codes that mean "slow down" or "sign in again" rather than "no".
const RATE_LIMITED = /^(7|isv\.access-limit|accesscontrol\.limited-by-api-access-count|isp\.call-limited)/;
const SESSION = /^(26|27|isv\.session-expired|invalid-sessionkey)/;

function unwrap(method: string, body: unknown): Record<string, unknown> {
  const root = (body ?? {}) as Record<string, unknown>;
  const error = root.error_response as { code?: number | string; msg?: string; sub_code?: string; sub_msg?: string } | undefined;
  if (error) {
    const code = String(error.code ?? '');
    const sub = error.sub_code ?? null;
    const failure =
      RATE_LIMITED.test(sub ?? '') || RATE_LIMITED.test(code) ? 'rate_limited' : SESSION.test(sub ?? '') || SESSION.test(code) ? 'session_expired' : 'rejected';
    throw new NetworkCallError('taobao', failure, code, error.sub_msg || error.msg || 'TOP refused the call', sub);
  }
  // Without `simplify` the answer sits in `<method without "taobao.", dots as underscores>_response`.
  const wrapper = `${method.replace(/^taobao\./, '').replace(/\./g, '_')}_response`;
  return (root[wrapper] as Record<string, unknown> | undefined) ?? root;
}

/**
 * Calls a TOP method: system parameters, business parameters (objects already JSON strings), the
 * signature, a form POST; returns the answer's body with the `*_response` wrapper (if any) removed.
 */
export async function callTop(
  baseUrl: string,
  credentials: TopCredentials,
  method: string,
  business: Record<string, string>,
  options: CallOptions & { simplify?: boolean; now?: number } = {},
) {
  const signMethod = credentials.signMethod ?? 'md5';
  const params: Record<string, string> = {
    method,
    app_key: credentials.appKey,
    timestamp: chinaTimestamp(options.now ?? Date.now()),
    format: 'json',
    v: '2.0',
    sign_method: signMethod,
    ...(options.simplify === false ? {} : { simplify: 'true' }),
    ...(credentials.session ? { session: credentials.session } : {}),
    ...business,
  };
  params.sign = signTop(params, credentials.appSecret, signMethod);
  return postForm('taobao', baseUrl, params, (body) => unwrap(method, body), options);
}
