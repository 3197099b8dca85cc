import { describe, expect, it } from 'vitest';
import { buildShareText, formatPassword } from '../../shared/share-text';

describe('buildShareText', () => {
  const base = { shortUrl: 'https://dh.example/s/Kx7mP3qa', password: formatPassword('Kx7mP3qa') };

  it('lays out Taobao text like the app does', () => {
    expect(buildShareText({ ...base, platform: 'taobao', title: '纯棉T恤', priceFen: 3990 })).toBe(
      '【淘宝】纯棉T恤 ¥39.9\nhttps://dh.example/s/Kx7mP3qa\n复制 ￥Kx7mP3qa￥ 打开淘宝APP即可查看',
    );
  });

  it('uses the 天猫 and 京东 headers and omits an unknown price or title', () => {
    expect(buildShareText({ ...base, platform: 'tmall', title: '洗衣液', priceFen: null })).toMatch(/^【天猫】洗衣液\n/);
    expect(buildShareText({ ...base, platform: 'jd', title: null, priceFen: null })).toMatch(/^【京东】\nhttps:/);
  });
});
