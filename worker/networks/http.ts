import { formatChinaTime } from '../../shared/china-time';
import type { Network } from '../../shared/schemas/orders';
import { NetworkCallError } from './network-error';

export interface CallOptions {
  /** Per attempt. */
  timeoutMs?: number;
  /** Attempts in all when the network says it is rate limited or busy (exponential backoff between). */
  attempts?: number;
  /** Base backoff; doubles each retry. */
  backoffMs?: number;
}

const DEFAULTS = { timeoutMs: 10_000, attempts: 3, backoffMs: 400 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * POSTs form fields to a gateway and returns the parsed JSON body, retrying with backoff while the
 * answer is a rate limit (429, or whatever `parse` classifies as `rate_limited`) or the gateway is
 * unreachable. Nothing here logs: the fields carry the app key and signature.
 */
export async function postForm<T>(
  network: Network,
  url: string,
  fields: Record<string, string>,
  parse: (body: unknown, status: number) => T,
  options: CallOptions = {},
): Promise<T> {
  const { timeoutMs, attempts, backoffMs } = { ...DEFAULTS, ...options };
  let last: NetworkCallError | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(backoffMs * 2 ** (attempt - 2));
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8', Accept: 'application/json' },
        body: new URLSearchParams(fields).toString(),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      last = new NetworkCallError(network, 'unavailable', 'NETWORK', `the ${network} gateway did not answer (${err instanceof Error ? err.name : 'error'})`);
      continue;
    }
    if (res.status === 429 || res.status >= 500) {
      last = new NetworkCallError(
        network,
        res.status === 429 ? 'rate_limited' : 'unavailable',
        `HTTP_${res.status}`,
        `the ${network} gateway answered HTTP ${res.status}`,
      );
      continue;
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new NetworkCallError(network, 'unavailable', 'BAD_RESPONSE', `the ${network} gateway answered something that is not JSON (HTTP ${res.status})`);
    }
    try {
      return parse(body, res.status);
    } catch (err) {
      if (err instanceof NetworkCallError && err.failure === 'rate_limited') {
        last = err;
        continue;
      }
      throw err;
    }
  }
  throw last ?? new NetworkCallError(network, 'unavailable', 'NETWORK', `the ${network} gateway did not answer`);
}

/** A list the networks may send bare, or wrapped once in an object named after the list or its element. */
export function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const inner = Object.values(value).find(Array.isArray);
    if (inner) return inner;
  }
  return [];
}

/** `yyyy-MM-dd HH:mm:ss` in China time (TOP and JD timestamps and order windows). */
export const chinaTimestamp = formatChinaTime;
