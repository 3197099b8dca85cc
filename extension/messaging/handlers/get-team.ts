import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

/** The affiliate's invite links and direct team, in one answer for the popup. */
export async function getTeam(): Promise<ProtocolMap['getTeam']['response']> {
  const client = createApiClient(await settingsItem.getValue());
  const [invites, team] = await Promise.all([client.getInvites(), client.getTeam()]);
  if (!invites.ok) return invites;
  if (!team.ok) return team;
  return { ok: true, data: { invites: invites.data.invites, members: team.data.members } };
}
