import type { Network } from '../../shared/schemas/orders';
import type { ConnectionInput } from '../../shared/schemas/networks';
import type { Bindings } from '../env';
import { jdAdapter } from './jd/adapter';
import { JD_GATEWAY } from './jd/client';
import { pddAdapter } from './pdd/adapter';
import { PDD_GATEWAY } from './pdd/client';
import { taobaoAdapter } from './taobao/adapter';
import { TOP_GATEWAY } from './taobao/client';
import type { NetworkAdapter } from './types';

/** One record per network: the adapter, its real gateway, the Worker var that may point elsewhere (names: NETWORK_NAMES). */
export const NETWORK_RECORDS = {
  taobao: {
    adapter: taobaoAdapter,
    gateway: TOP_GATEWAY,
    urlVar: 'TAOBAO_API_URL',
    keyOf: (c: ConnectionInput['taobao']) => c.appKey,
  },
  jd: { adapter: jdAdapter, gateway: JD_GATEWAY, urlVar: 'JD_API_URL', keyOf: (c: ConnectionInput['jd']) => c.appKey },
  pdd: {
    adapter: pddAdapter,
    gateway: PDD_GATEWAY,
    urlVar: 'PDD_API_URL',
    keyOf: (c: ConnectionInput['pdd']) => c.clientId,
  },
} as const satisfies {
  [N in Network]: {
    adapter: NetworkAdapter<ConnectionInput[N]>;
    gateway: string;
    urlVar: keyof Bindings;
    keyOf: (c: ConnectionInput[N]) => string;
  };
};

/** The gateway a network's calls go to: the Worker var when set (the simulator), else the real one. */
export function gatewayOf(env: Bindings, network: Network): { url: string; simulated: boolean } {
  const record = NETWORK_RECORDS[network];
  const configured = (env[record.urlVar] as string | undefined)?.trim();
  const url = configured || record.gateway;
  return { url, simulated: url !== record.gateway };
}

/**
 * Hosts a network's tracked links live on: the redirect's allow-list grows by exactly these. A minted
 * URL on any other host is refused, so a network answer can never turn a short link into an open redirect.
 */
const TRACKING_HOSTS: Record<Network, readonly string[]> = {
  taobao: ['s.click.taobao.com', 'uland.taobao.com', 'm.tb.cn'],
  jd: ['u.jd.com', 'union-click.jd.com'],
  pdd: ['p.pinduoduo.com', 'mobile.yangkeduo.com'],
};

/**
 * A tracked link the network answered, parsed and written out again (the form stored and redirected to),
 * or null when it is not one we send friends to: not https on one of the network's own hosts, with
 * credentials in it, or carrying control characters or white space — which the URL parser would quietly
 * drop (CR/LF, tab) and a header would not survive — anywhere in what the network sent.
 */
export function normaliseTrackingUrl(network: Network, url: string): string | null {
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password || !TRACKING_HOSTS[network].includes(parsed.hostname)) return null;
    return parsed.href;
  } catch {
    return null;
  }
}
