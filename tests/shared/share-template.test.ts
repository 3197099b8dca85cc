import { describe, expect, it } from 'vitest';
import { dealPrice } from '../../shared/deal-price';
import { DEFAULT_TEMPLATES, defaultShareText, formatPassword, renderShareText } from '../../shared/share-template';

const base = { shortUrl: 'https://dh.example/s/Kx7mP3qa', password: formatPassword('Kx7mP3qa') };

describe('defaultShareText', () => {
  it('lays out Taobao text like the app does', () => {
    expect(defaultShareText({ ...base, platform: 'taobao', title: '纯棉T恤', deal: dealPrice(3990, null) })).toBe(
      '【淘宝】纯棉T恤 ¥39.9\nhttps://dh.example/s/Kx7mP3qa\n复制本条消息 ￥Kx7mP3qa￥ 打开淘宝APP即可查看',
    );
  });

  it('uses each platform header and leaves out an unknown price or title without a dangling ¥', () => {
    expect(defaultShareText({ ...base, platform: 'tmall', title: '洗衣液', deal: dealPrice(null, null) })).toMatch(/^【天猫】洗衣液\n/);
    expect(defaultShareText({ ...base, platform: 'jd', title: null, deal: dealPrice(null, null) })).toMatch(/^【京东】\nhttps:/);
    expect(defaultShareText({ ...base, platform: 'pdd', title: '纸巾', deal: dealPrice(990, null) })).toMatch(/^【拼多多】纸巾 ¥9.9\n/);
  });

  it('with a coupon, the price is the one after it, said so, with the price before and the coupon', () => {
    const deal = dealPrice(6990, { priceFen: 12900, couponFen: 2000, priceAfterCouponFen: 10900 });
    expect(defaultShareText({ ...base, platform: 'tmall', title: '洗衣液', deal })).toMatch(/^【天猫】洗衣液 ¥109 券后价 · 原价¥129 · 领券减20元\n/);
  });

  it('has a default for every platform that carries the link', () => {
    for (const template of Object.values(DEFAULT_TEMPLATES)) expect(template).toContain('{link}');
  });
});

describe('renderShareText', () => {
  const values = { title: 'T', price: '9.9', coupon: '券10元', link: 'L', password: 'P' };

  it('fills every placeholder, any number of times', () => {
    expect(renderShareText('{title}|{price}|{coupon}|{link}|{password}|{title}', values)).toBe('T|9.9|券10元|L|P|T');
  });

  it('keeps unknown placeholders and plain braces as typed', () => {
    expect(renderShareText('{title} {shop} {}', values)).toBe('T {shop} {}');
  });

  it('does not re-expand placeholders that appear inside values', () => {
    expect(renderShareText('{title}', { ...values, title: '{link}' })).toBe('{link}');
  });
});
