import { listOf } from '../http';
import { callTop, type TopCredentials } from './client';

// 淘宝联盟 私域用户管理 (docs/networks.md §8.1): the operator's inviter code, registering a person as a
// 渠道 under it with their own session, and reading the registrations back.

/** `taobao.tbk.sc.invitecode.get` under the operator's session: the 渠道邀请 inviter code. */
export async function inviterCode(baseUrl: string, operator: TopCredentials): Promise<string> {
  const answer = await callTop(baseUrl, operator, 'taobao.tbk.sc.invitecode.get', { relation_app: 'common', code_type: '1' });
  const data = (answer.data ?? {}) as Record<string, unknown>;
  return String(data.inviter_code ?? '');
}

/**
 * `taobao.tbk.sc.publisher.info.save` under the person's own session: registers them as a 渠道 (info_type
 * 1) with the operator's inviter code; `note` is ours (the affiliate id) and comes back in the list.
 */
export async function savePublisher(
  baseUrl: string,
  app: TopCredentials,
  input: { session: string; inviterCode: string; note: string },
): Promise<{ relationId: string; accountName: string }> {
  const answer = await callTop(baseUrl, { ...app, session: input.session }, 'taobao.tbk.sc.publisher.info.save', {
    inviter_code: input.inviterCode,
    info_type: '1',
    note: input.note,
  });
  const data = (answer.data ?? {}) as Record<string, unknown>;
  return { relationId: String(data.relation_id ?? ''), accountName: String(data.account_name ?? '') };
}

export interface Publisher {
  relationId: string;
  note: string;
  accountName: string;
}

/** One page of `taobao.tbk.sc.publisher.info.get` (渠道, common) under the operator's session. */
export async function listPublishers(baseUrl: string, operator: TopCredentials, page: number, pageSize = 100) {
  const answer = await callTop(baseUrl, operator, 'taobao.tbk.sc.publisher.info.get', {
    info_type: '1',
    relation_app: 'common',
    page_no: String(page),
    page_size: String(pageSize),
  });
  const data = (answer.data ?? {}) as Record<string, unknown>;
  const list = listOf(data.inviter_list).map((row) => {
    const r = row as Record<string, unknown>;
    return { relationId: String(r.relation_id ?? ''), note: String(r.note ?? ''), accountName: String(r.account_name ?? '') } satisfies Publisher;
  });
  return { publishers: list.filter((p) => /^\d{1,20}$/.test(p.relationId)), total: Number(data.total_count ?? list.length) };
}
