import { listOf } from '../http';
import { callPdd, type PddCredentials } from './client';

// 多多进宝 备案 (docs/networks.md §8.2): a person is told apart by the `uid` in custom_parameters, which must
// be bound (备案) before promotion under it counts.

/** The one uid of an affiliate, the same in 备案 and in every mint (custom_parameters is ≤ 64 bytes in all). */
export const pddUid = (affiliateId: string) => affiliateId.slice(0, 30);

/** custom_parameters for an affiliate, with the share code as `sid` when minting. */
export const pddCustomParameters = (affiliateId: string, code?: string) =>
  JSON.stringify(code ? { uid: pddUid(affiliateId), sid: code } : { uid: pddUid(affiliateId) });

/** `pdd.ddk.member.authority.query`: has this affiliate's uid finished 备案 under the pid? */
export async function isMemberBound(baseUrl: string, credentials: PddCredentials & { pid: string }, affiliateId: string): Promise<boolean> {
  const answer = await callPdd(baseUrl, credentials, 'pdd.ddk.member.authority.query', {
    pid: credentials.pid,
    custom_parameters: pddCustomParameters(affiliateId),
  });
  return Number(answer.bind) === 1;
}

/** `pdd.ddk.rp.prom.url.generate` with channel_type 10 (生成绑定备案链接): the link a person opens in the PDD app. */
export async function bindingUrl(baseUrl: string, credentials: PddCredentials & { pid: string }, affiliateId: string): Promise<string | null> {
  const answer = await callPdd(baseUrl, credentials, 'pdd.ddk.rp.prom.url.generate', {
    channel_type: '10',
    p_id_list: JSON.stringify([credentials.pid]),
    custom_parameters: pddCustomParameters(affiliateId),
  });
  const first = listOf(answer.url_list)[0] as Record<string, string | undefined> | undefined;
  return first?.mobile_short_url || first?.short_url || first?.mobile_url || first?.url || null;
}
