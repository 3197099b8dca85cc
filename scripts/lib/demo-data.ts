import { createHmac } from 'node:crypto';

// Demo data for `npm start`, written once through the Worker's own public paths (mint, redirect, signed
// webhook) so the dashboard and the popup have something to show on first open. Line ids are fixed, so
// pushing the orders again changes nothing.

export interface DemoAccess {
  workerUrl: string;
  adminToken: string;
  webhookSecret: string;
  /** The demo affiliate's API key. */
  apiKey: string;
  affiliateId: string;
}

const PRODUCTS = [
  {
    url: 'https://item.jd.com/100012043978.html',
    network: 'jd',
    platform: 'jd',
    productId: '100012043978',
    title: 'Apple AirPods Pro',
    price: 149_900,
    rateBp: 270,
    channel: 'wechat-group',
  },
  {
    url: 'https://detail.tmall.com/item.htm?id=612345678901',
    network: 'taobao',
    platform: 'tmall',
    productId: '612345678901',
    title: '蓝月亮洗衣液 3kg×2瓶',
    price: 6_990,
    rateBp: 1_000,
    channel: 'moments',
  },
  {
    url: 'https://item.taobao.com/item.htm?id=678901234567',
    network: 'taobao',
    platform: 'taobao',
    productId: '678901234567',
    title: '纯棉短袖T恤',
    price: 3_990,
    rateBp: 500,
    channel: 'wechat-group',
  },
  {
    url: 'https://mobile.yangkeduo.com/goods.html?goods_id=655443322110',
    network: 'pdd',
    platform: 'pdd',
    productId: '655443322110',
    title: '维达抽纸 24包',
    price: 2_990,
    rateBp: 500,
    channel: '',
  },
] as const;

const VISITORS = [
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36 MMWEBID/1234 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 13; V2227A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/6.2 TBS/047601 Mobile Safari/537.36 QQ/9.0.15.14970 NetType/WIFI',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
];

async function send(url: string, init: RequestInit): Promise<Response> {
  const res = await fetch(url, init);
  if (res.status >= 400) throw new Error(`demo data: ${init.method ?? 'GET'} ${url} → ${res.status} ${await res.text()}`);
  return res;
}

export async function seedDemoData(demo: DemoAccess): Promise<{ codes: number; clicks: number; orders: number }> {
  const json = { 'Content-Type': 'application/json' };
  const admin = { ...json, Authorization: `Bearer ${demo.adminToken}` };

  // A team member invited by the demo affiliate, so the team and override views have a row.
  const member = (await (
    await send(`${demo.workerUrl}/api/admin/affiliates`, { method: 'POST', headers: admin, body: JSON.stringify({ name: '演示团队成员 Team' }) })
  ).json()) as { id: string };
  await send(`${demo.workerUrl}/api/admin/affiliates/${member.id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ inviterId: demo.affiliateId }) });

  const codes: string[] = [];
  for (const product of PRODUCTS) {
    // Title and price as the extension reads them off the product page.
    const body = JSON.stringify({ url: product.url, title: product.title, priceFen: product.price, ...(product.channel ? { channel: product.channel } : {}) });
    const minted = (await (
      await send(`${demo.workerUrl}/api/codes`, { method: 'POST', headers: { ...json, Authorization: `Bearer ${demo.apiKey}` }, body })
    ).json()) as { code: string };
    codes.push(minted.code);
  }

  let clicks = 0;
  for (const [i, code] of codes.entries()) {
    for (let round = 0; round < 3 - (i % 2); round++) {
      for (const userAgent of VISITORS) {
        await send(`${demo.workerUrl}/s/${code}`, { redirect: 'manual', headers: { 'User-Agent': userAgent } });
        clicks++;
      }
    }
  }

  // Two weeks of order lines (China time), a mix of stages; the last one carries no code, so it waits
  // in the unattributed queue for an admin.
  const now = Date.now();
  const lines = Array.from({ length: 18 }, (_, i) => {
    const product = PRODUCTS[i % PRODUCTS.length]!;
    const orderedAt = now - (i % 14) * 86_400_000 - 3_600_000;
    const estimate = Math.floor((product.price * product.rateBp + 5_000) / 10_000);
    const settled = i % 14 >= 10;
    return {
      network: product.network,
      platform: product.platform,
      lineId: `DEMO-${i + 1}`,
      orderNo: `DEMO${String(i + 1).padStart(6, '0')}`,
      productId: product.productId,
      productTitle: product.title,
      status: i === 7 ? 'refunded' : settled ? 'settled' : i % 3 === 0 ? 'received' : 'paid',
      statusReason: i === 7 ? '维权成功 (refund claim upheld)' : null,
      paidAmountFen: product.price,
      estimatedCommissionFen: estimate,
      actualCommissionFen: settled || i === 7 ? estimate : null,
      subId: i === 17 ? null : codes[i % codes.length]!,
      channelIds: [],
      clickAt: orderedAt - 600_000,
      orderedAt,
      settledAt: settled ? orderedAt + 7 * 86_400_000 : null, // settled lines are ≥ 10 days old
      sourceUpdatedAt: orderedAt,
    };
  });
  const body = JSON.stringify({ orders: lines });
  const timestamp = String(Math.floor(now / 1000));
  const signature = createHmac('sha256', demo.webhookSecret).update(`${timestamp}.${body}`).digest('hex');
  await send(`${demo.workerUrl}/api/webhooks/orders`, {
    method: 'POST',
    headers: { ...json, 'X-Daihuo-Timestamp': timestamp, 'X-Daihuo-Signature': `v1=${signature}` },
    body,
  });
  return { codes: codes.length, clicks, orders: lines.length };
}

/**
 * The demo affiliate binds at the simulated networks the way a person would — Taobao 渠道备案 through the
 * simulator's authorise page, 多多进宝 备案 by opening the 备案 link — so the dashboard shows one bound
 * affiliate and one (the team member) still to bind.
 */
export async function bindDemoAffiliate(demo: DemoAccess, simulatorUrl: string, networks: readonly string[]): Promise<string[]> {
  const me = { Authorization: `Bearer ${demo.apiKey}` };
  const bound: string[] = [];
  if (networks.includes('taobao')) {
    const { authorizeUrl } = (await (await send(`${demo.workerUrl}/api/me/bindings/taobao`, { method: 'POST', headers: me })).json()) as {
      authorizeUrl: string;
    };
    const params = Object.fromEntries(new URL(authorizeUrl).searchParams);
    const back = await fetch(`${simulatorUrl}/taobao/oauth/authorize`, {
      method: 'POST',
      body: new URLSearchParams({ ...params, nick: 'demo_淘宝账号', decision: 'allow' }),
      redirect: 'manual',
    });
    await send(back.headers.get('Location') ?? '', {});
    bound.push('taobao');
  }
  if (networks.includes('pdd')) {
    const bindings = (await (await send(`${demo.workerUrl}/api/me/bindings`, { headers: me })).json()) as { pdd: { bindUrl?: string | null } };
    if (bindings.pdd.bindUrl) {
      await send(bindings.pdd.bindUrl, {}); // the person opens the 备案 link in the PDD app
      await send(`${demo.workerUrl}/api/me/bindings`, { headers: me }); // asked again: bound, and kept
      bound.push('pdd');
    }
  }
  return bound;
}
