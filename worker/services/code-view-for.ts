import { NETWORK_NAMES } from '../../shared/platforms';
import { networkOfPlatform } from '../../shared/schemas/orders';
import type { Bindings, Db } from '../env';
import type { CodeWithProduct } from '../db/queries/share-codes';
import { isBoundAt } from './bindings/is-bound';
import { loadConnection } from './networks/connections';
import { beneficiariesOf } from './orders/beneficiaries';
import { toShareCodeView } from './share-code-view';

/** A stored code as its affiliate sees it: with what they keep per sale and whether their network binding is done. */
export async function codeViewFor(db: Db, env: Bindings, affiliateId: string, row: NonNullable<CodeWithProduct>, baseUrl: string) {
  const network = networkOfPlatform(row.platform);
  const [rates, connection] = await Promise.all([beneficiariesOf(db, [affiliateId]), loadConnection(db, env, network)]);
  return toShareCodeView(row, {
    baseUrl,
    rateBp: rates.get(affiliateId)?.[0]?.rateBp ?? 0,
    networkName: NETWORK_NAMES[network].zh,
    simulated: connection?.simulated ?? false,
    bound: connection ? await isBoundAt(db, affiliateId, network) : null,
  });
}
