// The networks' binding flows, simulated (docs/networks.md §8): Taobao's OAuth authorise page and token
// exchange, 淘宝联盟's 渠道 registration (taobao.tbk.sc.invitecode.get, sc.publisher.info.save / get), and
// 多多进宝's 备案 (pdd.ddk.member.authority.query, pdd.ddk.rp.prom.url.generate with channel_type 10). Written
// from the networks' documents, sharing no code with the Worker's clients.

/** The operator's own Taobao session (授权 of the operator's account), for the sc.* methods. */
export const SIM_OPERATOR_SESSION = 'sim-operator-session';
/** The inviter code 淘宝联盟 hands the simulated operator for 渠道邀请. */
export const SIM_INVITER_CODE = 'SIMINV';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json;charset=utf-8' } });
const html = (body: string, status = 200) =>
  new Response(
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>模拟淘宝授权</title>${body}</html>`,
    {
      status,
      headers: { 'Content-Type': 'text/html;charset=utf-8' },
    },
  );
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Grant {
  userId: string;
  nick: string;
  redirectUri: string;
  clientId: string;
  at: number;
}

type TopError = (code: number, msg: string, sub_code?: string, sub_msg?: string) => Response;
type TopAnswer = (body: Record<string, unknown>) => Response;

export class SimBindings {
  /** Authorisation codes not yet exchanged. */
  private readonly codes = new Map<string, Grant>();
  /** Access tokens issued, to the pretend Taobao user they stand for. */
  private readonly sessions = new Map<string, { userId: string; nick: string }>();
  /** 渠道 registrations under the operator: Taobao user → relation id, note and nick. */
  readonly publishers = new Map<string, { relationId: number; note: string; nick: string }>();
  /** PDD uids that finished 备案. */
  readonly pddBound = new Set<string>();
  /** Tokens still to hand out already expired (a session that lapses between exchange and use). */
  expireNextTokens = 0;
  /** One pretend Taobao user per account name, as a real account keeps its id. */
  private readonly users = new Map<string, string>();
  private seq = 0;
  private readonly clock: () => number;
  private readonly appKey: string;
  private readonly appSecret: string;

  constructor(taobao: { appKey: string; appSecret: string }, clock: () => number) {
    this.appKey = taobao.appKey;
    this.appSecret = taobao.appSecret;
    this.clock = clock;
  }

  // ---- Taobao OAuth (oauth.taobao.com) ----

  async oauth(path: string, request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (path === 'authorize' && request.method === 'GET') return this.authorizePage(url.searchParams);
    if (path === 'authorize' && request.method === 'POST') return this.authorize(new URLSearchParams(await request.text()));
    if (path === 'token' && request.method === 'POST') return this.token(new URLSearchParams(await request.text()));
    return new Response('not found', { status: 404 });
  }

  /** The page a person signs in on: a pretend Taobao account name, 授权 or 取消. */
  private authorizePage(q: URLSearchParams): Response {
    if (q.get('response_type') !== 'code') return html('<p>response_type 必须为 code</p>', 400);
    if (q.get('client_id') !== this.appKey) return html('<p>无效的 client_id（应用不存在）</p>', 400);
    const redirect = q.get('redirect_uri') ?? '';
    if (!/^https?:\/\//.test(redirect)) return html('<p>redirect_uri 无效</p>', 400);
    const hidden = ['client_id', 'redirect_uri', 'state', 'view']
      .map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(q.get(k) ?? '')}">`)
      .join('');
    return html(`<main style="font:16px system-ui;max-width:420px;margin:2em auto">
      <h1>模拟淘宝 · 授权登录</h1><p>应用「带货」请求使用你的淘宝账号登记为推广渠道。（本地模拟，不是真实淘宝）</p>
      <form method="post" action="authorize">${hidden}
        <label>淘宝账号 <input name="nick" value="sim_buyer_${++this.seq}" data-testid="sim-nick"></label>
        <p><button name="decision" value="allow" data-testid="sim-authorize">授权</button>
        <button name="decision" value="deny">取消</button></p>
      </form></main>`);
  }

  private authorize(form: URLSearchParams): Response {
    const redirect = new URL(form.get('redirect_uri') ?? '');
    const state = form.get('state');
    if (state !== null) redirect.searchParams.set('state', state);
    if (form.get('decision') !== 'allow') {
      redirect.searchParams.set('error', 'access_denied');
      redirect.searchParams.set('error_description', '用户取消了授权');
    } else {
      const nick = (form.get('nick') ?? '').trim() || `sim_buyer_${++this.seq}`;
      const code = `simcode${++this.seq}${Math.random().toString(36).slice(2, 10)}`;
      this.codes.set(code, {
        userId: this.userIdOf(nick),
        nick,
        redirectUri: form.get('redirect_uri') ?? '',
        clientId: form.get('client_id') ?? '',
        at: this.clock(),
      });
      redirect.searchParams.set('code', code);
    }
    return new Response(null, { status: 302, headers: { Location: redirect.href } });
  }

  /** POST /token: authorization_code → the user's access token, as oauth.taobao.com answers it. */
  private token(form: URLSearchParams): Response {
    if (form.get('client_id') !== this.appKey || form.get('client_secret') !== this.appSecret)
      return json({ error: 'invalid_client', error_description: 'client_id或client_secret错误' }, 401);
    if (form.get('grant_type') !== 'authorization_code') return json({ error: 'unsupported_grant_type', error_description: '不支持的grant_type' }, 400);
    const grant = this.codes.get(form.get('code') ?? '');
    this.codes.delete(form.get('code') ?? '');
    if (!grant || this.clock() - grant.at > 5 * 60_000) return json({ error: 'invalid_grant', error_description: 'authorize code过期或不存在' }, 400);
    if (grant.redirectUri !== form.get('redirect_uri')) return json({ error: 'invalid_grant', error_description: 'redirect_uri不匹配' }, 400);
    const token = `simtoken${++this.seq}${Math.random().toString(36).slice(2, 10)}`;
    if (this.expireNextTokens > 0) this.expireNextTokens--;
    else this.sessions.set(token, { userId: grant.userId, nick: grant.nick });
    return json({
      access_token: token,
      token_type: 'Bearer',
      expires_in: 86400,
      refresh_token: `${token}r`,
      re_expires_in: 2592000,
      taobao_user_id: grant.userId,
      taobao_user_nick: encodeURIComponent(grant.nick),
      w1_expires_in: 86400,
      w2_expires_in: 1800,
      r1_expires_in: 86400,
      r2_expires_in: 259200,
    });
  }

  private userIdOf(nick: string): string {
    if (!this.users.has(nick)) this.users.set(nick, String(2_200_000_000 + this.users.size + 1));
    return this.users.get(nick)!;
  }

  // ---- 淘宝联盟 渠道 registration ----

  /** taobao.tbk.sc.* methods, or null for any other method. */
  top(method: string, p: Record<string, string>, answer: TopAnswer, error: TopError): Response | null {
    if (!method.startsWith('taobao.tbk.sc.')) return null;
    const invalidSession = () => error(27, 'Invalid session', 'invalid-sessionkey', 'SessionKey非法或已过期');
    if (method === 'taobao.tbk.sc.invitecode.get') {
      if (p.session !== SIM_OPERATOR_SESSION) return invalidSession();
      if (p.relation_app !== 'common') return error(15, 'Remote service error', 'isv.invalid-parameter', 'relation_app 参数错误');
      if (!['1', '2', '3'].includes(p.code_type ?? '')) return error(15, 'Remote service error', 'isv.invalid-parameter', 'code_type 参数错误');
      return answer({ data: { inviter_code: SIM_INVITER_CODE }, request_id: 'sim' });
    }
    if (method === 'taobao.tbk.sc.publisher.info.save') {
      const user = this.sessions.get(p.session ?? '');
      if (!user) return invalidSession();
      if (p.inviter_code !== SIM_INVITER_CODE) return error(15, 'Remote service error', 'isv.inviter-code-invalid', '邀请码不存在或已失效');
      if (p.info_type !== '1' && p.info_type !== '2') return error(15, 'Remote service error', 'isv.invalid-parameter', 'info_type 参数错误');
      const existing = this.publishers.get(user.userId);
      const relationId = existing?.relationId ?? 2_788_000_000 + this.publishers.size + 1;
      this.publishers.set(user.userId, { relationId, note: existing?.note ?? p.note ?? '', nick: user.nick });
      return answer({ data: { account_name: user.nick, desc: existing ? '该账号已备案' : '备案成功', relation_id: relationId }, request_id: 'sim' });
    }
    if (method === 'taobao.tbk.sc.publisher.info.get') {
      if (p.session !== SIM_OPERATOR_SESSION) return invalidSession();
      const size = Math.min(100, Number(p.page_size ?? 10));
      const page = Math.max(1, Number(p.page_no ?? 1));
      const all = [...this.publishers.values()];
      const list = all
        .slice((page - 1) * size, page * size)
        .map((x) => ({ relation_id: x.relationId, note: x.note, account_name: x.nick, root_pid_channel: 'sim' }));
      return answer({ data: { inviter_list: p.simplify === 'true' ? list : { map_data: list }, total_count: all.length }, request_id: 'sim' });
    }
    return error(22, 'Invalid method');
  }

  // ---- 多多进宝 备案 ----

  /** pdd.ddk.member.authority.query and pdd.ddk.rp.prom.url.generate (channel_type 10), or null. */
  pdd(type: string, p: Record<string, string>, pid: string, base: string): Response | null {
    const uidOf = () => {
      try {
        return String((JSON.parse(p.custom_parameters ?? '') as { uid?: unknown }).uid ?? '');
      } catch {
        return '';
      }
    };
    const fail = (error_code: number, error_msg: string) =>
      json({ error_response: { error_code, error_msg, sub_code: 'isv.invalid-parameter', sub_msg: error_msg } });
    if (type === 'pdd.ddk.member.authority.query') {
      if (p.pid !== pid) return fail(60001, '推广位不存在');
      if (!uidOf()) return fail(50000, 'custom_parameters 必须是含 uid 的 JSON');
      return json({ authority_query_response: { bind: this.pddBound.has(uidOf()) ? 1 : 0, request_id: 'sim' } });
    }
    if (type === 'pdd.ddk.rp.prom.url.generate') {
      const pids = JSON.parse(p.p_id_list ?? '[]') as string[];
      if (!pids.includes(pid)) return fail(60001, '推广位不存在');
      if (p.channel_type !== '10') return fail(50000, '模拟器只支持 channel_type 10（绑定备案）');
      const uid = uidOf();
      if (!uid) return fail(50000, 'custom_parameters 必须是含 uid 的 JSON');
      const url = `${base}/pdd/bind?uid=${encodeURIComponent(uid)}`;
      return json({ rp_promotion_url_generate_response: { url_list: [{ url, short_url: url, mobile_url: url, mobile_short_url: url }], request_id: 'sim' } });
    }
    return null;
  }

  /** The 备案 page a PDD link opens: opening it completes 备案 for the uid (the PDD app would ask first). */
  pddBindPage(url: URL): Response {
    const uid = url.searchParams.get('uid') ?? '';
    if (!uid) return html('<p>缺少 uid</p>', 400);
    this.pddBound.add(uid);
    return html('<main style="font:16px system-ui;margin:2em"><h1>模拟拼多多 · 备案完成</h1><p>已完成推广者备案，可以关闭此页。</p></main>');
  }
}
