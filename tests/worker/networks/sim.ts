import { ADMIN_TOKEN, call } from '../client';

// Test helpers for the network simulator the worker tests route http://sim.daihuo.test to (tests/vitest.config.ts).
// Its credentials are those in scripts/network-simulator/simulator.ts.

export const SIM_CREDENTIALS = {
  taobao: { appKey: 'sim-taobao-app', appSecret: 'sim-taobao-secret-0123456789', adzoneId: '900000001' },
  jd: { appKey: 'sim-jd-app', appSecret: 'sim-jd-secret-0123456789', siteId: '4000001', positionId: '3000001' },
  pdd: { clientId: 'sim-pdd-client', clientSecret: 'sim-pdd-secret-0123456789', pid: '9000001_100000001' },
} as const;

export async function sim<T = Record<string, any>>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`http://sim.daihuo.test/__sim/${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
  return (await res.json()) as T;
}

export async function connect(network: 'taobao' | 'jd' | 'pdd', credentials: Record<string, string> = SIM_CREDENTIALS[network]) {
  const res = await call(`/api/admin/networks/${network}`, { token: ADMIN_TOKEN, method: 'PUT', json: credentials });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

export async function syncNow(network: string, body?: unknown) {
  const res = await call(`/api/admin/networks/${network}/sync`, { token: ADMIN_TOKEN, method: 'POST', ...(body ? { json: body } : { body: '' }) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
