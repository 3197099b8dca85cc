import { postForm, type CallOptions } from '../http';
import { NetworkCallError } from '../network-error';
import { signPdd } from './sign';

/** docs/networks.md, Pinduoduo gateway; `PDD_API_URL` points elsewhere (the simulator). */
export const PDD_GATEWAY = 'https://gw-api.pinduoduo.com/api/router';

export interface PddCredentials {
  clientId: string;
  clientSecret: string;
}

function unwrap(body: unknown): Record<string, unknown> {
  const root = (body ?? {}) as Record<string, unknown>;
  const error = root.error_response as { error_code?: number | string; error_msg?: string; sub_code?: string; sub_msg?: string } | undefined;
  if (error) {
    const code = String(error.error_code ?? '');
    const limited = /^5210[0-9]$/.test(code) || /limit/i.test(error.sub_code ?? '');
    throw new NetworkCallError(
      'pdd',
      limited ? 'rate_limited' : 'rejected',
      code,
      error.sub_msg || error.error_msg || 'Pinduoduo refused the call',
      error.sub_code ?? null,
    );
  }
  // The answer sits in one `*_response` object.
  const key = Object.keys(root).find((k) => k.endsWith('_response'));
  if (!key) throw new NetworkCallError('pdd', 'unavailable', 'BAD_RESPONSE', 'Pinduoduo answered without a *_response object');
  return root[key] as Record<string, unknown>;
}

/** Calls a pdd.ddk.* method; objects and arrays in `business` are JSON strings, as they are signed. */
export async function callPdd(
  baseUrl: string,
  credentials: PddCredentials,
  type: string,
  business: Record<string, string>,
  options: CallOptions & { now?: number } = {},
) {
  const params: Record<string, string> = {
    type,
    client_id: credentials.clientId,
    timestamp: String(Math.floor((options.now ?? Date.now()) / 1000)),
    data_type: 'JSON',
    ...business,
  };
  params.sign = signPdd(params, credentials.clientSecret);
  return postForm('pdd', baseUrl, params, unwrap, options);
}
