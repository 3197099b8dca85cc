// A local stand-in for the three affiliate networks' gateways, written from their documents
// (docs/networks.md) and sharing no code with the Worker's clients, so a client bug cannot hide behind
// it. It checks app keys, timestamps and signatures as the gateways do and answers in their shapes —
// TOP with and without `simplify`, JD through the union router and through JOS — including their error
// shapes. Everything it mints and every order it reports is labelled simulated (`sim` in every URL).
import { createHash, createHmac } from 'node:crypto';
import { SimBindings } from './bindings.ts';

export { SIM_OPERATOR_SESSION } from './bindings.ts';

export const SIM = {
  taobao: { appKey: 'sim-taobao-app', appSecret: 'sim-taobao-secret-0123456789', adzoneId: '900000001', siteId: '9000001' },
  jd: { appKey: 'sim-jd-app', appSecret: 'sim-jd-secret-0123456789', siteId: '4000001', positionId: '3000001' },
  pdd: { clientId: 'sim-pdd-client', clientSecret: 'sim-pdd-secret-0123456789', pid: '9000001_100000001' },
} as const;

/** Item / sku / goods id the simulated networks keep out of their programmes. */
export const OUTSIDE_PROGRAMME = '999999999999';
/** A JD app key whose account lacks the subUnionId permission (bysubunionid.get is refused). */
export const JD_WITHOUT_SUBUNION = 'sim-jd-app-basic';

type Network = 'taobao' | 'jd' | 'pdd';

interface SimOrder {
  network: Network;
  /** Native row, as the order API returns it. */
  row: Record<string, unknown>;
  updatedAt: number;
}

interface SimLink {
  network: Network;
  itemId: string;
  params: Record<string, string>;
}

const md5 = (s: string) => createHash('md5').update(s, 'utf8').digest('hex').toUpperCase();
const sorted = (p: Record<string, string>) =>
  Object.keys(p)
    .filter((k) => k !== 'sign' && p[k] !== '')
    .sort()
    .map((k) => k + p[k])
    .join('');
const china = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
const fromChina = (s: string) => Date.parse(`${s.replace(' ', 'T')}+08:00`);
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json;charset=utf-8' } });

export class NetworkSimulator {
  readonly links = new Map<string, SimLink>();
  readonly orders: SimOrder[] = [];
  /** Calls still to refuse as rate limited, per network. */
  readonly rateLimited: Record<Network, number> = { taobao: 0, jd: 0, pdd: 0 };
  readonly calls: Array<{ network: Network; method: string }> = [];
  /** Taobao password tokens the simulated network knows (its own and other affiliates'), to the item they open. */
  readonly passwords = new Map<string, string>();
  /** Taobao item ids the simulated network sells as Tmall's (item.info.get says user_type 1). */
  readonly tmallItems = new Set<string>();
  /**
   * Where minted links point. Unset (the tests): made-up links on the networks' own hosts. Set to the
   * simulator's own origin (npm start): links that work — the simulator notes the pretend click and sends
   * the browser on to the real product page, so a newcomer's demo click never lands on an error page.
   */
  linkOrigin: string | null = null;
  /** Pretend clicks on links served here, by link. */
  readonly clicks = new Map<string, number>();
  /** Items a network has withdrawn since (`network:itemId`): answered like items outside the programme. */
  readonly withdrawn = new Set<string>();
  /** Taobao items whose coupon has ended: minted without one. */
  readonly couponEnded = new Set<string>();
  /** Short links JD mints answer for these skus instead of their own (a test of what a network may send back). */
  readonly jdShortUrls = new Map<string, string>();
  /** OAuth, 渠道 registration and 备案 (bindings.ts). */
  readonly bindings: SimBindings;
  private seq = 0;
  private readonly clock: () => number;

  constructor(clock: () => number = Date.now) {
    this.clock = clock;
    this.bindings = new SimBindings(SIM.taobao, clock);
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/__sim/')) return this.control(url.pathname.slice(7), request);
    if (url.pathname.startsWith('/taobao/oauth/')) return this.bindings.oauth(url.pathname.slice('/taobao/oauth/'.length), request);
    if (url.pathname === '/pdd/bind') return this.bindings.pddBindPage(url);
    if (url.pathname.startsWith('/click/')) return this.followLink(url);
    if (request.method !== 'POST' && request.method !== 'GET') return new Response('method not allowed', { status: 405 });
    const fields = Object.fromEntries(request.method === 'POST' ? new URLSearchParams(await request.text()) : url.searchParams);
    if (url.pathname === '/taobao/router/rest') return this.top(fields);
    if (url.pathname === '/jd/api') return this.jd(fields, 'router');
    if (url.pathname === '/jd/routerjson') return this.jd(fields, 'jos');
    if (url.pathname === '/pdd/api/router') return this.pdd(fields, url.origin);
    return new Response('not found', { status: 404 });
  }

  /** A minted link: on the network's host, or (npm start) here, where /click/… answers it. */
  private linkHere(network: Network, networkUrl: string): string {
    return this.linkOrigin ? `${this.linkOrigin}/click/${network}/${new URL(networkUrl).pathname.slice(1)}` : networkUrl;
  }

  /** A friend opening a link minted here: noted, then on to the item's real page in its shop. */
  private followLink(url: URL): Response {
    const link = this.links.get(url.href);
    if (!link) return new Response('no such simulated link', { status: 404 });
    this.clicks.set(url.href, (this.clicks.get(url.href) ?? 0) + 1);
    const product =
      link.network === 'jd'
        ? `https://item.jd.com/${link.itemId}.html`
        : link.network === 'pdd'
          ? `https://mobile.yangkeduo.com/goods.html?goods_id=${link.itemId}`
          : `https://item.taobao.com/item.htm?id=${link.itemId}`;
    return new Response(null, { status: 302, headers: { Location: product } });
  }

  // ---- control endpoints for tests and `npm start` ----

  private async control(path: string, request: Request): Promise<Response> {
    const body = request.method === 'POST' ? ((await request.json()) as Record<string, unknown>) : {};
    if (path === 'rate-limit') {
      this.rateLimited[body.network as Network] = Number(body.calls ?? 1);
      return json({ ok: true });
    }
    if (path === 'purchase') return json(this.purchase(body as never));
    if (path === 'advance') return json(this.advance(String(body.network) as Network, String(body.lineId), String(body.to)));
    if (path === 'calls') return json(this.calls);
    if (path === 'withdraw') {
      this.withdrawn.add(`${String(body.network)}:${String(body.itemId)}`);
      return json({ ok: true });
    }
    if (path === 'end-coupon') {
      this.couponEnded.add(String(body.itemId));
      return json({ ok: true });
    }
    if (path === 'pdd-bind') {
      this.bindings.pddBound.add(String(body.uid));
      return json({ ok: true });
    }
    if (path === 'taobao-expire-next-tokens') {
      this.bindings.expireNextTokens = Number(body.count ?? 1);
      return json({ ok: true });
    }
    if (path === 'jd-short-url') {
      this.jdShortUrls.set(String(body.sku), String(body.url));
      return json({ ok: true });
    }
    if (path === 'raw-order') return json(this.rawOrder(body.network as Network, body.row as Record<string, unknown>, Number(body.updatedAt ?? this.clock())));
    if (path === 'foreign-password') return json(this.foreignPassword(String(body.itemId), body.shop === 'tmall'));
    return new Response('not found', { status: 404 });
  }

  /** A friend buys through a minted link: the network reports a paid order carrying what the link carried. */
  purchase(input: { trackedUrl: string; clickAt?: number; amountFen?: number; commissionFen?: number }) {
    const link = this.links.get(input.trackedUrl);
    if (!link) return { error: 'no such link' };
    const now = this.clock();
    const n = ++this.seq;
    const amount = input.amountFen ?? 12_900;
    const commission = input.commissionFen ?? 645;
    const clickAt = input.clickAt ?? now - 60_000;
    let row: Record<string, unknown>;
    if (link.network === 'taobao') {
      const tradeId = `29${String(now).slice(-10)}${String(n).padStart(6, '0')}`;
      row = {
        trade_id: tradeId,
        trade_parent_id: tradeId,
        item_id: link.itemId,
        item_title: '模拟商品 Simulated item',
        tk_status: 12,
        order_type: '淘宝',
        alipay_total_price: (amount / 100).toFixed(2),
        pub_share_pre_fee: (commission / 100).toFixed(2),
        pub_share_fee: '0.00',
        total_commission_rate: '5.00',
        click_time: china(clickAt),
        tk_create_time: china(now),
        tk_paid_time: china(now),
        tk_earning_time: '',
        modified_time: china(now),
        adzone_id: Number(link.params.adzone_id),
        relation_id: link.params.relation_id ? Number(link.params.relation_id) : undefined,
        special_id: link.params.special_id ? Number(link.params.special_id) : undefined,
        refund_tag: 0,
      };
    } else if (link.network === 'jd') {
      const orderId = `30${String(now).slice(-8)}${String(n).padStart(4, '0')}`;
      row = {
        id: `${orderId}${link.itemId}`,
        orderId,
        parentId: 0,
        skuId: Number(link.itemId),
        skuName: '模拟商品 Simulated item',
        skuNum: 1,
        validCode: 16,
        orderTime: china(now),
        finishTime: '',
        modifyTime: china(now),
        estimateCosPrice: amount / 100,
        estimateFee: commission / 100,
        actualCosPrice: 0,
        actualFee: 0,
        commissionRate: 5,
        finalRate: 90,
        payMonth: 0,
        subUnionId: link.params.subUnionId ?? '',
        positionId: Number(link.params.positionId ?? SIM.jd.positionId),
        traceType: 2,
      };
    } else {
      const sn = `${china(now).slice(2, 10).replace(/-/g, '')}-${String(now).slice(-9)}${n}`;
      row = {
        order_sn: sn,
        goods_id: Number(link.itemId),
        goods_name: '模拟商品 Simulated item',
        order_status: 0,
        order_status_desc: '已支付',
        order_amount: amount,
        promotion_amount: commission,
        promotion_rate: 50,
        order_create_time: Math.floor(now / 1000),
        order_pay_time: Math.floor(now / 1000),
        order_modify_at: Math.floor(now / 1000),
        p_id: link.params.p_id,
        custom_parameters: link.params.custom_parameters,
      };
    }
    this.orders.push({ network: link.network, row, updatedAt: now });
    return { network: link.network, lineId: String(row.trade_id ?? row.id ?? row.order_sn), row };
  }

  /** Another affiliate's 淘口令 for an item, as a friend might paste it: the network knows it, Daihuo never minted it. */
  foreignPassword(itemId: string, tmall: boolean) {
    const token = `Fx${String(++this.seq).padStart(9, '0')}`;
    this.passwords.set(token, itemId);
    if (tmall) this.tmallItems.add(itemId);
    return { password: `￥${token}￥`, shortUrl: `https://m.tb.cn/h.${token}`, text: `9￥${token}￥ https://m.tb.cn/h.${token} 模拟商品` };
  }

  /** Moves a simulated order on (settled, invalid), as the network would report later. */
  advance(network: Network, lineId: string, to: string) {
    const order = this.orders.find((o) => o.network === network && String(o.row.trade_id ?? o.row.id ?? o.row.order_sn) === lineId);
    if (!order) return { error: 'no such order' };
    const now = this.clock();
    order.updatedAt = now;
    if (network === 'taobao')
      Object.assign(
        order.row,
        to === 'settled' ? { tk_status: 3, pub_share_fee: order.row.pub_share_pre_fee, tk_earning_time: china(now) } : { tk_status: 13 },
        { modified_time: china(now) },
      );
    if (network === 'jd')
      Object.assign(
        order.row,
        to === 'settled'
          ? {
              validCode: 17,
              actualFee: order.row.estimateFee,
              actualCosPrice: order.row.estimateCosPrice,
              finishTime: china(now),
              payMonth: Number(
                china(now - 86_400_000)
                  .slice(0, 10)
                  .replace(/-/g, ''),
              ),
            }
          : { validCode: 3 },
        { modifyTime: china(now) },
      );
    if (network === 'pdd')
      Object.assign(
        order.row,
        to === 'settled'
          ? { order_status: 5, order_status_desc: '已结算', order_settle_time: Math.floor(now / 1000) }
          : { order_status: 4, order_status_desc: '审核失败' },
        { order_modify_at: Math.floor(now / 1000) },
      );
    return { ok: true };
  }

  /**
   * An order row exactly as given — the network's own fields, or rows the network sends that no reader
   * can take (an unknown status code, a missing id, a negative fee, a 600-character title) — updated at
   * `updatedAt`, which may lie anywhere in the last 90 days (a range to pull again).
   */
  rawOrder(network: Network, row: Record<string, unknown>, updatedAt: number) {
    this.orders.push({ network, row, updatedAt });
    return { ok: true };
  }

  /** Orders updated within a window given to the second, both ends included (as the gateways take them). */
  private updatedBetween(network: Network, from: number, to: number) {
    return this.orders.filter((o) => o.network === network && o.updatedAt >= from && o.updatedAt < to + 1000).map((o) => o.row);
  }

  private limited(network: Network): boolean {
    if (this.rateLimited[network] <= 0) return false;
    this.rateLimited[network]--;
    return true;
  }

  // ---- TOP ----

  private top(p: Record<string, string>): Response {
    const error = (code: number, msg: string, sub_code?: string, sub_msg?: string) =>
      json({ error_response: { code, msg, ...(sub_code ? { sub_code, sub_msg } : {}), request_id: `sim${++this.seq}` } });
    const method = p.method ?? '';
    this.calls.push({ network: 'taobao', method });
    if (!p.app_key) return error(28, 'Missing app key');
    if (p.app_key !== SIM.taobao.appKey) return error(29, 'Invalid app Key');
    if (!p.timestamp || Number.isNaN(fromChina(p.timestamp))) return error(31, 'Missing timestamp');
    if (Math.abs(fromChina(p.timestamp) - this.clock()) > 10 * 60_000) return error(33, 'Invalid timestamp', 'isv.invalid-timestamp', '时间戳超出允许范围');
    if (p.v !== '2.0') return error(32, 'Invalid version');
    const text = sorted(p);
    const secret = SIM.taobao.appSecret;
    const expected =
      p.sign_method === 'md5'
        ? md5(secret + text + secret)
        : p.sign_method === 'hmac'
          ? createHmac('md5', secret).update(text, 'utf8').digest('hex').toUpperCase()
          : p.sign_method === 'hmac-sha256'
            ? createHmac('sha256', secret).update(text, 'utf8').digest('hex').toUpperCase()
            : null;
    if (!expected) return error(34, 'Invalid sign method');
    if (p.sign !== expected) return error(25, 'Invalid signature');
    if (p.session === 'expired-session') return error(27, 'Invalid session', 'invalid-sessionkey', 'SessionKey非法或已过期');
    if (this.limited('taobao')) return error(7, 'App Call Limited', 'accesscontrol.limited-by-api-access-count', '调用频率超限');
    const simplify = p.simplify === 'true';
    // Without simplify: one `<method>_response` wrapper, and every list wrapped in an object named after it.
    const wrapList = (name: string, list: unknown[]) => (simplify ? list : { [name]: list });
    const answer = (body: Record<string, unknown>) => json(simplify ? body : { [`${method.replace(/^taobao\./, '').replace(/\./g, '_')}_response`]: body });
    const registration = this.bindings.top(method, p, answer, error);
    if (registration) return registration;
    if (method === 'taobao.tbk.item.info.get') {
      const ids = (p.num_iids ?? '').split(',').filter(Boolean);
      return answer({
        results: wrapList(
          'n_tbk_item',
          ids
            .filter((id) => id !== OUTSIDE_PROGRAMME && !this.withdrawn.has(`taobao:${id}`))
            .map((id) => ({
              num_iid: id,
              title: `模拟商品 ${id}`,
              zk_final_price: '129.00',
              volume: 3200,
              nick: '模拟店铺',
              user_type: this.tmallItems.has(id) ? 1 : 0,
            })),
        ),
        request_id: 'sim',
      });
    }
    if (method === 'taobao.tbk.dg.general.link.convert') {
      if (!p.adzone_id) return error(40, 'Missing required arguments:adzone_id');
      if (p.material_list) {
        // Someone's password or link in; which item it opens out (material_type 1 单品), or a per-entry error.
        const list = p.material_list.split(',').map((material) => {
          const token = /[^\s\w]([A-Za-z0-9]{11})[^\s\w]/.exec(material)?.[1] ?? /\/h\.([A-Za-z0-9]{11})\b/.exec(material)?.[1];
          const itemId = token ? this.passwords.get(token) : /[?&]id=(\d{6,15})/.exec(material)?.[1];
          if (!itemId) return { code: 10003, msg: '口令不存在或已过期' };
          return { code: 0, msg: '', link_info_dto: { material_type: 1, material_id: itemId, cps_short_url: `https://s.click.taobao.com/sim${++this.seq}` } };
        });
        return answer({ data: { material_url_list: wrapList('material_url_list', list) }, request_id: 'sim' });
      }
      const items = JSON.parse(p.item_dto ?? '[]') as Array<{ item_id: string; external_id?: string }>;
      const list = items.map((item) => {
        if (item.item_id === OUTSIDE_PROGRAMME || this.withdrawn.has(`taobao:${item.item_id}`)) return { code: 10001, msg: '该商品不支持推广' };
        const n = ++this.seq;
        const short = this.linkHere('taobao', `https://s.click.taobao.com/sim${n}`);
        this.links.set(short, {
          network: 'taobao',
          itemId: item.item_id,
          params: { adzone_id: p.adzone_id!, relation_id: p.relation_id ?? '', special_id: p.special_id ?? '', external_id: item.external_id ?? '' },
        });
        const token = `Sim${String(n).padStart(8, '0')}`.slice(0, 11);
        this.passwords.set(token, item.item_id);
        return {
          code: 0,
          msg: '',
          link_info_dto: {
            cps_short_url: short,
            cps_long_url: `https://uland.taobao.com/coupon/edetail?e=sim${n}`,
            cps_short_tpwd: `￥${token}￥`,
            cps_full_tpwd: `￥${token}￥ 模拟商品`,
            material_type: 1,
          },
          promotion_info_dto: { title: `模拟商品 ${item.item_id}`, zk_final_price: '129.00', commission_rate: '5.00', volume: 3200, shop_title: '模拟店铺' },
          coupon_info_dto: this.couponEnded.has(item.item_id) ? {} : { coupon_amount: '20.00' },
        };
      });
      return answer({ data: { item_url_list: wrapList('item_url_list', list) }, request_id: 'sim' });
    }
    if (method === 'taobao.tbk.tpwd.create') return answer({ data: { password_simple: `￥Sim${++this.seq}abcdef￥`.slice(0, 13), model: '' } });
    if (method === 'taobao.tbk.order.details.get') {
      const rows = this.updatedBetween('taobao', fromChina(p.start_time ?? ''), fromChina(p.end_time ?? ''));
      if (fromChina(p.end_time ?? '') - fromChina(p.start_time ?? '') > 3 * 3_600_000)
        return error(15, 'Remote service error', 'isv.time-range-too-large', '查询时间跨度不能超过3小时');
      const size = Number(p.page_size ?? 20);
      const page = Number(p.page_no ?? 1);
      if (page > 1 && !p.position_index) return error(40, 'Missing required arguments:position_index');
      const slice = rows.slice((page - 1) * size, page * size);
      return answer({
        data: {
          results: wrapList('publisher_order_dto', slice),
          has_next: page * size < rows.length,
          position_index: `pos${page}`,
          page_no: page,
          page_size: size,
        },
      });
    }
    return error(22, 'Invalid method');
  }

  // ---- JD Union ----

  private jd(p: Record<string, string>, gateway: 'router' | 'jos'): Response {
    const method = p.method ?? '';
    this.calls.push({ network: 'jd', method });
    const fail = (code: string, zh: string) => json({ error_response: { code, zh_desc: zh, en_desc: zh } });
    if (p.app_key !== SIM.jd.appKey && p.app_key !== JD_WITHOUT_SUBUNION) return fail('19', 'appkey错误或不存在');
    const timestamp = fromChina(p.timestamp ?? '');
    if (Number.isNaN(timestamp) || Math.abs(timestamp - this.clock()) > 10 * 60_000) return fail('9', '时间戳错误');
    if (p.sign !== md5(SIM.jd.appSecret + sorted(p) + SIM.jd.appSecret)) return fail('14', '签名错误');
    const paramKey = gateway === 'router' ? 'param_json' : '360buy_param_json';
    if (p[paramKey] === undefined) return fail('23', `缺少参数${paramKey}`);
    const business = JSON.parse(p[paramKey]!) as Record<string, Record<string, unknown>>;
    const name = method.replace(/\./g, '_');
    // The inner result is a JSON string: parsed twice by every client.
    const envelope = (inner: Record<string, unknown>, field: 'result' | 'queryResult' | 'getResult') =>
      json({
        [gateway === 'router' ? `${name}_response` : `${name}_responce`]: {
          code: '0',
          [gateway === 'router' ? 'result' : field]: JSON.stringify({ requestId: `sim${++this.seq}`, ...inner }),
        },
      });
    if (this.limited('jd')) return envelope({ code: 429, message: '请求过于频繁' }, 'queryResult');
    if (method === 'jd.union.open.goods.promotiongoodsinfo.query') {
      const skus = String(business.skuIds ?? '').split(',');
      return envelope(
        {
          code: 200,
          message: 'success',
          data: skus
            .filter((s) => s && s !== OUTSIDE_PROGRAMME && !this.withdrawn.has(`jd:${s}`))
            .map((s) => ({ skuId: Number(s), goodsName: `模拟商品 ${s}`, unitPrice: 1499, commisionRatioWl: 3, shopName: '模拟京东自营', inOrderCount: 880 })),
        },
        'queryResult',
      );
    }
    if (method === 'jd.union.open.promotion.bysubunionid.get' || method === 'jd.union.open.promotion.common.get') {
      const req = business.promotionCodeReq ?? {};
      if (method.endsWith('bysubunionid.get') && p.app_key === JD_WITHOUT_SUBUNION)
        return envelope({ code: 2003101, message: '无权限调用此接口' }, 'getResult');
      const sku = /(\d{6,})\.html/.exec(String(req.materialId ?? ''))?.[1] ?? '';
      if (!sku || sku === OUTSIDE_PROGRAMME || this.withdrawn.has(`jd:${sku}`)) return envelope({ code: 2001004, message: '商品不在推广中' }, 'getResult');
      const n = ++this.seq;
      const short = this.jdShortUrls.get(sku) ?? this.linkHere('jd', `https://u.jd.com/Sim${n}`);
      this.links.set(short, { network: 'jd', itemId: sku, params: { subUnionId: String(req.subUnionId ?? ''), positionId: String(req.positionId ?? '') } });
      return envelope({ code: 200, message: 'success', data: { clickURL: `https://union-click.jd.com/jdc?e=sim${n}&p=Sim`, shortURL: short } }, 'getResult');
    }
    if (method === 'jd.union.open.order.row.query') {
      const req = business.orderReq ?? {};
      const from = fromChina(String(req.startTime));
      const to = fromChina(String(req.endTime));
      if (to - from > 3_600_000) return envelope({ code: 2004001, message: '时间跨度不能超过1小时' }, 'queryResult');
      const rows = this.updatedBetween('jd', from, to);
      const size = Number(req.pageSize ?? 20);
      const page = Number(req.pageIndex ?? 1);
      return envelope({ code: 200, message: 'success', data: rows.slice((page - 1) * size, page * size), hasMore: page * size < rows.length }, 'queryResult');
    }
    return fail('22', '方法不存在');
  }

  // ---- 多多进宝 ----

  private pdd(p: Record<string, string>, origin: string): Response {
    const type = p.type ?? '';
    this.calls.push({ network: 'pdd', method: type });
    const fail = (error_code: number, error_msg: string, sub_code?: string, sub_msg?: string) =>
      json({ error_response: { error_code, error_msg, sub_code, sub_msg, request_id: `sim${++this.seq}` } });
    if (p.client_id !== SIM.pdd.clientId) return fail(10016, 'client_id不存在');
    if (!/^\d{10}$/.test(p.timestamp ?? '') || Math.abs(Number(p.timestamp) * 1000 - this.clock()) > 10 * 60_000) return fail(10001, '时间戳已过期');
    if (p.sign !== md5(SIM.pdd.clientSecret + sorted(p) + SIM.pdd.clientSecret)) return fail(10014, '签名错误');
    if (this.limited('pdd')) return fail(52101, '当前接口访问频率超限', 'isv.api-rate-limit', '请稍后重试');
    const binding = this.bindings.pdd(type, p, SIM.pdd.pid, origin);
    if (binding) return binding;
    if (type === 'pdd.ddk.goods.pid.query') {
      const pids = JSON.parse(p.pid_list ?? '[]') as string[];
      return json({
        p_id_query_response: { p_id_list: pids.filter((pid) => pid === SIM.pdd.pid).map((pid) => ({ p_id: pid, pid_name: '模拟推广位' })), total_count: 1 },
      });
    }
    if (type === 'pdd.ddk.goods.search') {
      const id = p.keyword ?? '';
      const goods =
        id && id !== OUTSIDE_PROGRAMME && !this.withdrawn.has(`pdd:${id}`)
          ? [
              {
                goods_id: Number(id),
                goods_sign: `SimSign_${id}`,
                goods_name: `模拟商品 ${id}`,
                min_group_price: 2990,
                coupon_discount: 300,
                promotion_rate: 50,
                mall_name: '模拟拼多多店',
                sales_tip: '1万+',
              },
            ]
          : [];
      return json({ goods_search_response: { goods_list: goods, total_count: goods.length } });
    }
    if (type === 'pdd.ddk.goods.promotion.url.generate') {
      if (p.p_id !== SIM.pdd.pid) return fail(60001, '推广位不存在');
      const signs = JSON.parse(p.goods_sign_list ?? '[]') as string[];
      const list = signs.map((sign) => {
        const n = ++this.seq;
        const short = this.linkHere('pdd', `https://p.pinduoduo.com/Sim${n}`);
        this.links.set(short, {
          network: 'pdd',
          itemId: sign.replace('SimSign_', ''),
          params: { p_id: p.p_id!, custom_parameters: p.custom_parameters ?? '' },
        });
        return {
          url: `https://mobile.yangkeduo.com/duo_coupon_landing.html?goods_sign=${sign}&pid=${p.p_id}&sim=${n}`,
          short_url: short,
          mobile_short_url: short,
        };
      });
      return json({ goods_promotion_url_generate_response: { goods_promotion_url_list: list } });
    }
    if (type === 'pdd.ddk.order.list.increment.get') {
      const from = Number(p.start_update_time) * 1000;
      const to = Number(p.end_update_time) * 1000;
      if (to - from > 24 * 3_600_000) return fail(50001, '查询时间范围不能超过24小时');
      const rows = this.updatedBetween('pdd', from, to);
      const size = Number(p.page_size ?? 40);
      const page = Number(p.page ?? 1);
      return json({ order_list_get_response: { order_list: rows.slice((page - 1) * size, page * size), total_count: rows.length } });
    }
    return fail(10000, '接口不存在');
  }
}
