import type { Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { listRejectedRows as readRejectedRows } from '../../db/queries/network-connections';

/** Rows a network's pulls answered that could not be order lines, newest first, as the network sent them. */
export async function listRejectedRows(db: Db, network: Network, limit: number, offset: number) {
  return readRejectedRows(db, network, limit, offset);
}
