import { newId } from '../../../shared/ids';
import type { Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';

const INSERT = `INSERT INTO channel_ids (network, channel_id, affiliate_id, created_at) VALUES (?1, ?2, ?3, ?4)
  ON CONFLICT (network, channel_id) DO NOTHING RETURNING channel_id`;
// The audit line is written only when this very insert won (same owner, same instant), in the same batch.
const AUDIT_IF_INSERTED = `INSERT INTO audit_log (id, at, actor, action, detail) SELECT ?1, ?2, 'admin', 'channel.add', ?3
  WHERE EXISTS (SELECT 1 FROM channel_ids WHERE network = ?4 AND channel_id = ?5 AND affiliate_id = ?6 AND created_at = ?2)`;

/** Registers a channel id for an affiliate with its audit line; false when the id already has an owner. */
export async function insertChannelId(db: Db, row: { network: Network; channelId: string; affiliateId: string }, now: number): Promise<boolean> {
  const d1 = db.$client;
  const [inserted] = await d1.batch([
    d1.prepare(INSERT).bind(row.network, row.channelId, row.affiliateId, now),
    d1.prepare(AUDIT_IF_INSERTED).bind(newId('aud', now), now, JSON.stringify(row), row.network, row.channelId, row.affiliateId),
  ]);
  return (inserted?.results.length ?? 0) > 0;
}

/** The channel ids an affiliate registered on a network (`relation:…`, `adzone:…`, `position:…`, `pid:…`). */
export async function listChannelIdsOf(db: Db, affiliateId: string, network: Network): Promise<string[]> {
  const { results } = await db.$client
    .prepare('SELECT channel_id AS id FROM channel_ids WHERE affiliate_id = ?1 AND network = ?2 ORDER BY created_at')
    .bind(affiliateId, network)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** Who registered a channel id, if anyone. */
export async function findChannelOwner(db: Db, network: Network, channelId: string): Promise<string | null> {
  const row = await db.$client
    .prepare('SELECT affiliate_id AS id FROM channel_ids WHERE network = ?1 AND channel_id = ?2')
    .bind(network, channelId)
    .first<{ id: string }>();
  return row?.id ?? null;
}
