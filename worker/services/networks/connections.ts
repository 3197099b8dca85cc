import { CONNECTION_SCHEMAS, type ConnectionInput, type NetworkStatus } from '../../../shared/schemas/networks';
import { NETWORKS, type Network } from '../../../shared/schemas/orders';
import type { Bindings, Db } from '../../env';
import { countRejectedRows, deleteConnection, findConnection, listConnections, saveConnection, type ConnectionRow } from '../../db/queries/network-connections';
import { gatewayOf, NETWORK_RECORDS } from '../../networks';
import type { NetworkAdapter } from '../../networks/types';
import { maskKey, openCredentials, sealCredentials } from './credentials-box';
import { toAppError } from './network-errors';
import { networkUsageToday } from '../links/network-quota';

export interface LiveConnection<N extends Network = Network> {
  network: N;
  url: string;
  simulated: boolean;
  credentials: ConnectionInput[N];
  adapter: NetworkAdapter<ConnectionInput[N]>;
  row: ConnectionRow;
}

function statusOf(network: Network, row: ConnectionRow | undefined, rejectedRows: number, usageToday: NetworkStatus['usageToday']): NetworkStatus {
  return {
    network,
    connected: row !== undefined,
    maskedKey: row?.maskedKey ?? null,
    simulated: row?.simulated ?? false,
    lastCheckAt: row?.lastCheckAt ?? null,
    lastSyncAt: row?.lastSyncAt ?? null,
    lastError: row?.lastError ?? null,
    syncCursor: row?.syncCursor ?? null,
    lastRun: row?.lastRun ?? null,
    range: row?.rangeFrom != null && row.rangeTo != null && row.rangeCursor != null ? { from: row.rangeFrom, to: row.rangeTo, cursor: row.rangeCursor } : null,
    rejectedRows,
    usageToday,
  };
}

/**
 * Checks the credentials with one cheap call to the network (refusing with the network's own code and
 * message), then stores them encrypted. Only the masked key is ever shown again.
 */
export async function connectNetwork<N extends Network>(
  db: Db,
  env: Bindings,
  network: N,
  credentials: ConnectionInput[N],
  now = Date.now(),
): Promise<NetworkStatus> {
  const record = NETWORK_RECORDS[network];
  const { url, simulated } = gatewayOf(env, network);
  const adapter = record.adapter as unknown as NetworkAdapter<ConnectionInput[N]>;
  try {
    await adapter.check(url, credentials);
  } catch (err) {
    throw toAppError(err);
  }
  const keyOf = record.keyOf as (c: ConnectionInput[N]) => string;
  const row = {
    network,
    credentials: await sealCredentials(env.CREDENTIALS_KEY, network, credentials),
    maskedKey: maskKey(keyOf(credentials)),
    simulated,
    lastCheckAt: now,
    lastError: null,
  };
  await saveConnection(db, row, now);
  return statusOf(network, (await findConnection(db, network)) ?? undefined, await countRejectedRows(db, network), await networkUsageToday(db, network, now));
}

/** Every network, connected or not — never a secret. */
export async function listNetworks(db: Db): Promise<NetworkStatus[]> {
  const rows = new Map((await listConnections(db)).map((r) => [r.network, r]));
  const rejected = await Promise.all(NETWORKS.map((network) => countRejectedRows(db, network)));
  const usage = await Promise.all(NETWORKS.map((network) => networkUsageToday(db, network)));
  return NETWORKS.map((network, i) => statusOf(network, rows.get(network), rejected[i]!, usage[i]!));
}

/** A connection ready to call, or null when the operator has not connected this network. */
export async function loadConnection<N extends Network>(db: Db, env: Bindings, network: N): Promise<LiveConnection<N> | null> {
  const row = await findConnection(db, network);
  if (!row) return null;
  const { url, simulated } = gatewayOf(env, network);
  return {
    network,
    url,
    simulated,
    credentials: (await openCredentials(env.CREDENTIALS_KEY, network, row.credentials, CONNECTION_SCHEMAS[network])) as ConnectionInput[N],
    adapter: NETWORK_RECORDS[network].adapter as unknown as NetworkAdapter<ConnectionInput[N]>,
    row,
  };
}

/** Forgets a network's credentials (audited); its orders and history stay. */
export async function disconnectNetwork(db: Db, network: Network, now = Date.now()): Promise<void> {
  await deleteConnection(db, network, now);
}
