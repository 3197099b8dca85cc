import type { Balance, Earnings, Payout, ShareCode, Statement, Summary } from '../../shared/schemas';
import type { DetectedProduct } from '../../extension/platforms';

export function makeProduct(overrides: Partial<DetectedProduct> = {}): DetectedProduct {
  return {
    platform: 'jd',
    productId: '100012043978',
    url: 'https://item.jd.com/100012043978.html',
    pageUrl: 'https://item.jd.com/100012043978.html?bbtf=1',
    title: 'Apple AirPods Pro (第二代)',
    priceFen: 149900,
    imageUrl: 'https://img14.360buyimg.com/n1/jfs/t1/airpods.jpg',
    shopName: 'Apple产品京东自营旗舰店',
    ...overrides,
  };
}

export function makeShareCode(overrides: Partial<ShareCode> = {}): ShareCode {
  const code = overrides.code ?? 'Kx7mP3qa';
  return {
    code,
    shortUrl: `http://127.0.0.1:8787/s/${code}`,
    password: `￥${code}￥`,
    shareText: `【京东】Apple AirPods Pro ¥1499\nhttp://127.0.0.1:8787/s/${code}\n复制 ￥${code}￥ 点击链接直接打开`,
    channel: '',
    product: { platform: 'jd', productId: '100012043978', url: 'https://item.jd.com/100012043978.html' },
    title: 'Apple AirPods Pro',
    priceFen: 149900,
    tracking: 'none',
    networkPassword: null,
    trackingNote: null,
    trackingReason: null,
    trackingDetail: null,
    offer: null,
    simulated: false,
    ...overrides,
  };
}

export function makeSummary(overrides: Partial<Summary> = {}): Summary {
  return {
    affiliate: { id: 'aff_1', name: '小王' },
    clicks: { today: 3, last7Days: 12, last30Days: 40 },
    codeCount: 2,
    recentCodes: [
      {
        code: 'Kx7mP3qa',
        shortUrl: 'http://127.0.0.1:8787/s/Kx7mP3qa',
        channel: 'wx',
        title: 'Apple AirPods Pro',
        product: { platform: 'jd', productId: '100012043978', url: 'https://item.jd.com/100012043978.html' },
        clicks: 9,
        createdAt: 1764000000000,
        networkPassword: null,
        deal: { finalFen: 149900, listFen: null, couponFen: null },
      },
    ],
    ...overrides,
  };
}

export function makeEarnings(overrides: Partial<Earnings> = {}): Earnings {
  return {
    range: '7d',
    from: Date.parse('2026-11-19T16:00:00Z'),
    clicks: 12,
    orders: 2,
    estimatedFen: 2024,
    settledFen: 1950,
    reversedFen: 500,
    balanceFen: 1950,
    moreOrders: false,
    series: Array.from({ length: 7 }, (_, i) => ({ day: `2026-11-${20 + i}`, clicks: i, estimatedFen: i * 100 })),
    recentOrders: [
      {
        orderNo: '310****5432',
        productTitle: 'Apple AirPods Pro',
        status: 'paid',
        platform: 'jd',
        channel: '',
        code: 'Kx7mP3qa',
        earnedFen: 2024,
        orderedAt: 1764000000000,
        history: [{ at: 1764000000000, reason: 'reported paid' }],
      },
      {
        orderNo: '310****9999',
        productTitle: '小米14',
        status: 'invalid',
        platform: 'tmall',
        channel: 'self',
        code: 'Kx7mP3qa',
        earnedFen: 0,
        orderedAt: 1763900000000,
        history: [
          { at: 1763900000000, reason: 'reported paid' },
          { at: 1763990000000, reason: 'validCode 3: 无效-取消' },
        ],
      },
    ],
    ...overrides,
  };
}

export function makeBalance(overrides: Partial<Balance> = {}): Balance {
  return { pendingFen: 4047, heldFen: 1500, availableFen: 5000, requestedFen: 0, paidFen: 3000, holdDays: 15, minimumPayoutFen: 1000, ...overrides };
}

export function makePayout(overrides: Partial<Payout> = {}): Payout {
  return {
    id: 'pay_01jz3k8m4q7f9x2b0cdehmnp',
    affiliateId: 'aff_1',
    amountFen: 3000,
    status: 'paid',
    reason: null,
    reference: 'ALIPAY-1',
    requestedAt: Date.parse('2026-11-20T02:00:00Z'),
    decidedAt: Date.parse('2026-11-21T02:00:00Z'),
    paidAt: Date.parse('2026-11-21T02:00:00Z'),
    accountMethod: 'alipay',
    accountMasked: '138****5678 · *三',
    ...overrides,
  };
}

export function makeStatement(overrides: Partial<Statement> = {}): Statement {
  return {
    affiliateId: 'aff_1',
    month: '2026-12',
    openingOwedFen: 8000,
    closingOwedFen: 10024,
    earnedFen: 2024,
    paidFen: 0,
    lines: [
      {
        at: Date.parse('2026-12-01T04:00:00Z'),
        kind: 'estimate',
        bucket: 'pending',
        amountFen: 2024,
        reason: 'estimated',
        orderNo: '310****5432',
        payoutId: null,
        owedFen: 10024,
      },
    ],
    ...overrides,
  };
}
