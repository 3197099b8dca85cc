import { chinaTimestamp, postForm, type CallOptions } from '../http';
import { NetworkCallError } from '../network-error';
import { signJd } from './sign';

/** The union router (docs/networks.md, JD gateways); `https://api.jd.com/routerjson` (JOS) works too. */
export const JD_GATEWAY = 'https://router.jd.com/api';

export interface JdCredentials {
  appKey: string;
  appSecret: string;
}

/** JOS (api.jd.com/routerjson) takes `360buy_param_json`; the union router takes `param_json`. */
const isJos = (url: string) => /routerjson/i.test(new URL(url).pathname) || /(^|\.)api\.jd\.com$/i.test(new URL(url).hostname);

/**
 * The inner result, parsed twice: the envelope is `jd_union_open_…_response` (router) or `…_responce`
 * (JOS), holding `result`, `queryResult` or `getResult` as a JSON string; inner `code` 200 is success.
 */
function unwrap(method: string, body: unknown): Record<string, unknown> {
  const root = (body ?? {}) as Record<string, unknown>;
  const error = (root.error_response ?? root.errorResponse) as { code?: string | number; zh_desc?: string; en_desc?: string; msg?: string } | undefined;
  if (error) {
    const code = String(error.code ?? '');
    throw new NetworkCallError(
      'jd',
      /^(19|429|1090)$/.test(code) ? 'rate_limited' : 'rejected',
      code,
      error.zh_desc || error.msg || error.en_desc || 'JD refused the call',
    );
  }
  const base = method.replace(/\./g, '_');
  const envelope = (root[`${base}_response`] ?? root[`${base}_responce`]) as Record<string, unknown> | undefined;
  if (!envelope) throw new NetworkCallError('jd', 'unavailable', 'BAD_RESPONSE', `JD answered without a ${base} envelope`);
  if (envelope.code !== undefined && String(envelope.code) !== '0') {
    throw new NetworkCallError('jd', 'rejected', String(envelope.code), String(envelope.zh_desc ?? envelope.msg ?? 'JD refused the call'));
  }
  const raw = envelope.result ?? envelope.queryResult ?? envelope.getResult;
  const inner = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { code?: number | string; message?: string } & Record<string, unknown>;
  if (!inner || typeof inner !== 'object') throw new NetworkCallError('jd', 'unavailable', 'BAD_RESPONSE', 'JD answered an empty result');
  const code = String(inner.code ?? '');
  if (code !== '200' && code !== '0') {
    throw new NetworkCallError('jd', code === '429' || code === '1090' ? 'rate_limited' : 'rejected', code, inner.message || 'JD refused the call');
  }
  return inner;
}

/**
 * Calls a jd.union.open.* method. Most take one business object wrapped in its request name
 * (`{"orderReq": {…}}`); a few take their fields bare (`{"skuIds": "…"}`): pass `requestName` null.
 */
export async function callJd(
  baseUrl: string,
  credentials: JdCredentials,
  method: string,
  requestName: string | null,
  request: Record<string, unknown>,
  options: CallOptions & { now?: number } = {},
) {
  const json = JSON.stringify(requestName === null ? request : { [requestName]: request });
  const params: Record<string, string> = {
    method,
    app_key: credentials.appKey,
    timestamp: chinaTimestamp(options.now ?? Date.now()),
    format: 'json',
    v: '1.0',
    sign_method: 'md5',
    [isJos(baseUrl) ? '360buy_param_json' : 'param_json']: json,
  };
  params.sign = signJd(params, credentials.appSecret);
  return postForm('jd', baseUrl, params, (body) => unwrap(method, body), options);
}

/** JD's SDKs disagree on casing (`clickURL` / `clickUrl`): read either. */
export function field(object: Record<string, unknown> | undefined, ...names: string[]): string | null {
  for (const name of names) {
    const value = object?.[name];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}
