import { DAY_MS } from '../../shared/china-time';
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

/**
 * One record per network: the adapter, its real gateway, the Worker var that may point elsewhere (names:
 * NETWORK_NAMES); how long its minted links and passwords live (docs/networks.md §8.4: where sources
 * disagree or say nothing, the shorter, conservative figure); the network's own codes that mean "this
 * item is not promoted (any more)" rather than "this call failed"; and what one mint costs in calls.
 */
export const NETWORK_RECORDS = {
  taobao: {
    adapter: taobaoAdapter,
    gateway: TOP_GATEWAY,
    urlVar: 'TAOBAO_API_URL',
    keyOf: (c: ConnectionInput['taobao']) => c.appKey,
    // The 淘口令 is the first to lapse: 30 days by one source, 7 by another [?] — 7.
    linkLifetimeMs: 7 * DAY_MS,
    itemRefusals: ['10001', '10002', 'NO_LINK'],
    callsPerMint: 2,
  },
  jd: {
    adapter: jdAdapter,
    gateway: JD_GATEWAY,
    urlVar: 'JD_API_URL',
    keyOf: (c: ConnectionInput['jd']) => c.appKey,
    // u.jd.com short links: 60 days [2+].
    linkLifetimeMs: 60 * DAY_MS,
    itemRefusals: ['2001004', '2001005', 'NO_LINK'],
    callsPerMint: 2,
  },
  pdd: {
    adapter: pddAdapter,
    gateway: PDD_GATEWAY,
    urlVar: 'PDD_API_URL',
    keyOf: (c: ConnectionInput['pdd']) => c.clientId,
    // Not documented [?]: 30 days.
    linkLifetimeMs: 30 * DAY_MS,
    itemRefusals: ['NOT_IN_PROGRAMME', 'NO_LINK', '60002'],
    callsPerMint: 2,
  },
} as const satisfies {
  [N in Network]: {
    adapter: NetworkAdapter<ConnectionInput[N]>;
    gateway: string;
    urlVar: keyof Bindings;
    keyOf: (c: ConnectionInput[N]) => string;
    linkLifetimeMs: number;
    itemRefusals: readonly string[];
    callsPerMint: number;
  };
};

/** The network refused this item (not in the programme, off the shelf), not the call itself. */
export const isItemRefusal = (network: Network, code: string) => (NETWORK_RECORDS[network].itemRefusals as readonly string[]).includes(code);

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
 * credentials in it (the simulator's origin excepted while a connection is simulated), or carrying control characters or white space — which the URL parser would quietly
 * drop (CR/LF, tab) and a header would not survive — anywhere in what the network sent.
 */
export function normaliseTrackingUrl(network: Network, url: string, simulatorOrigin: string | null = null): string | null {
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return null;
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) return null;
    // The simulator's own links (npm start's demo) are allowed while the connection is simulated, and only then.
    if (simulatorOrigin !== null && parsed.origin === simulatorOrigin) return parsed.href;
    if (parsed.protocol !== 'https:' || !TRACKING_HOSTS[network].includes(parsed.hostname)) return null;
    return parsed.href;
  } catch {
    return null;
  }
}
