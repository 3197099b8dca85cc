import { describe, expect, it } from 'vitest';
import { isShopHost, parseProductUrl, productPageMatches, shortLinkPlatform } from '../../../shared/platforms';

// Real-looking URLs of every page kind in docs/platforms.md.
describe('parseProductUrl', () => {
  it.each([
    ['https://item.taobao.com/item.htm?spm=a21n57.1.0.0.5d2a523c&id=678901234567&ns=1', 'taobao', '678901234567'],
    ['http://item.taobao.com/item.htm?id=678901234567', 'taobao', '678901234567'],
    ['https://h5.m.taobao.com/awp/core/detail.htm?id=678901234567', 'taobao', '678901234567'],
    ['https://world.taobao.com/item/678901234567.htm', 'taobao', '678901234567'],
    ['https://item.taobao.com/item/678901234567.htm?spm=a21wu.241046', 'taobao', '678901234567'],
    ['https://main.m.taobao.com/detail/index.html?id=678901234567', 'taobao', '678901234567'],
    ['https://market.m.taobao.com/app/dinamic/h5-tb-detail/index.html?id=678901234567', 'taobao', '678901234567'],
    ['https://ju.taobao.com/tg/home.htm?item_id=678901234567', 'taobao', '678901234567'],
    ['https://detail.tmall.com/item_o.htm?id=612345678901', 'tmall', '612345678901'],
    ['https://chaoshi.tmall.com/item.htm?id=612345678901', 'tmall', '612345678901'],
    ['//item.jd.com/100012043978.html', 'jd', '100012043978'],
    ['https://re.jd.com/cps/item/100012043978.html?cu=true&utm_source=x', 'jd', '100012043978'],
    ['https://wq.jd.com/item/view?sku=100012043978', 'jd', '100012043978'],
    ['https://m.jingxi.com/item/view?sku=100012043978&price=29.9', 'jd', '100012043978'],
    ['https://kpl.m.jd.com/product?wareId=100012043978', 'jd', '100012043978'],
    ['https://item.m.jd.com/ware/view.action?wareId=100012043978', 'jd', '100012043978'],
    ['https://yangkeduo.com/goods.html?goods_id=123456789012', 'pdd', '123456789012'],
    ['https://a.m.taobao.com/i678901234567.htm', 'taobao', '678901234567'],
    ['https://market.m.taobao.com/app/detail.html?id=678901234567', 'taobao', '678901234567'],
    ['https://ju.taobao.com/m/jusp/alone/detailwap/mtp.htm?item_id=678901234567', 'taobao', '678901234567'],
    ['https://uland.taobao.com/coupon/edetail?e=abc&pid=mm_1_2_3&itemId=678901234567', 'taobao', '678901234567'],
    ['https://detail.tmall.com/item.htm?id=612345678901&skuId=4987654321', 'tmall', '612345678901'],
    ['https://chaoshi.detail.tmall.com/item.htm?id=612345678901', 'tmall', '612345678901'],
    ['https://detail.m.tmall.com/item.htm?id=612345678901', 'tmall', '612345678901'],
    ['https://detail.tmall.hk/hk/item.htm?id=612345678901', 'tmall', '612345678901'],
    ['https://detail.m.tmall.hk/item.htm?id=612345678901', 'tmall', '612345678901'],
    ['https://item.jd.com/100012043978.html', 'jd', '100012043978'],
    ['https://item.jd.com/100012043978.html?bbtf=1#crumb-wrap', 'jd', '100012043978'],
    ['https://item.m.jd.com/product/100012043978.html?utm_source=iosapp&utm_medium=appshare', 'jd', '100012043978'],
    ['https://m.jd.com/product/100012043978.html', 'jd', '100012043978'],
    ['https://in.m.jd.com/product/100012043978.html', 'jd', '100012043978'],
    ['https://item.jd.hk/100012043978.html', 'jd', '100012043978'],
    ['https://npcitem.jd.hk/100012043978.html', 'jd', '100012043978'],
    ['https://item.yiyaojd.com/100012043978.html', 'jd', '100012043978'],
    ['https://i-item.jd.com/100012043978.html', 'jd', '100012043978'],
    ['  https://item.jd.com/100012043978.html  ', 'jd', '100012043978'],
    ['https://item.jd.com/product/detail?skuId=100012043978', 'jd', '100012043978'],
    ['https://mobile.yangkeduo.com/goods.html?goods_id=123456789012', 'pdd', '123456789012'],
    ['https://mobile.yangkeduo.com/goods1.html?goods_id=123456789012&page_from=23', 'pdd', '123456789012'],
    ['https://mobile.yangkeduo.com/goods2.html?_wv=1&goods_id=123456789012', 'pdd', '123456789012'],
  ])('%s → %s %s', (url, platform, productId) => {
    expect(parseProductUrl(url)).toMatchObject({ platform, productId });
  });

  it('canonicalises the URL so tracking parameters never travel on', () => {
    expect(parseProductUrl('https://item.taobao.com/item.htm?spm=x&id=678901234567&ali_trackid=2:mm_1')?.url).toBe(
      'https://item.taobao.com/item.htm?id=678901234567',
    );
    expect(parseProductUrl('https://chaoshi.detail.tmall.com/item.htm?id=612345678901&pvid=1')?.url).toBe('https://detail.tmall.com/item.htm?id=612345678901');
    expect(parseProductUrl('https://item.m.jd.com/product/100012043978.html?utm_source=x')?.url).toBe('https://item.jd.com/100012043978.html');
  });

  it.each([
    // Pages on shop hosts that carry an item id but are not the item page.
    'https://h5.m.taobao.com/other/page.htm?itemId=678901234567',
    'https://market.m.taobao.com/app/detail-project/desc/index.html?id=678901234567',
    'https://h5.m.taobao.com/app/servicecontract/index.html?item_id=678901234567',
    'https://detail.tmall.com/item_desc.htm?id=612345678901',
    'https://item.taobao.com/item_desc.htm?id=678901234567',
    'https://rate.taobao.com/detail_rate.htm?auctionNumId=678901234567',
    'https://club.jd.com/comment/productPageComments.action?productId=100012043978',
    'https://wq.jd.com/item/comment?sku=100012043978',
    'https://s.taobao.com/search?q=耳机&id=678901234567',
    'https://shop.taobao.com/shop/view_shop.htm?id=678901234567',
    'https://login.taobao.com/member/login.jhtml?id=678901234567',
    'https://list.tmall.com/search_product.htm?q=耳机',
    'https://detail.tmall.com/item.htm?id=12',
    'https://detail.tmall.com/item.htm',
    'https://search.jd.com/Search?keyword=耳机',
    'https://cart.jd.com/cart_index?skuId=100012043978',
    'https://item.jd.com/notanumber.html',
    'https://item.jd.com.evil.example/100012043978.html',
    'https://evil.example/?url=https://item.jd.com/100012043978.html',
    'https://taobao.com.evil.example/item.htm?id=678901234567',
    'https://m.tb.cn/h.5Bq2sXk',
    'https://u.jd.com/AbCdEfG',
    'https://mobile.yangkeduo.com/search_result.html?goods_id=123456789012',
    'https://mobile.yangkeduo.com/goods1.html?ps=AbCdEf',
    'ftp://item.jd.com/100012043978.html',
    'javascript:alert(1)',
    'item.jd.com/100012043978.html',
    '',
  ])('is not a product page: %s', (url) => {
    expect(parseProductUrl(url)).toBeNull();
  });

  it('exposes match patterns for every rule', () => {
    expect(productPageMatches).toContain('*://item.jd.com/*');
    expect(productPageMatches).toContain('*://item.taobao.com/*');
    expect(productPageMatches).toContain('*://detail.tmall.com/*');
    for (const pattern of productPageMatches) expect(pattern).toMatch(/^\*:\/\/[a-z0-9*.-]+\/\*$/);
  });
});

describe('shortLinkPlatform', () => {
  it.each([
    ['https://m.tb.cn/h.5Bq2sXk?tk=dSvD2AUtV8a', 'taobao'],
    ['https://e.tb.cn/h.gXyZ12345abcdEF', 'taobao'],
    ['https://s.click.taobao.com/t?e=m%3D2%26s%3Dabc', 'taobao'],
    ['https://u.jd.com/AbCdEfG', 'jd'],
    ['https://3.cn/-2WCEI8M', 'jd'],
    ['https://3.jd.hk/abcd', 'jd'],
    ['https://union-click.jd.com/jdc?e=&p=AbC', 'jd'],
    ['https://p.pinduoduo.com/abcdEFGH', 'pdd'],
  ])('%s → %s', (url, platform) => expect(shortLinkPlatform(url)).toBe(platform));

  it.each(['https://t.cn/abc', 'https://m.tb.cn.evil.example/h.x', 'https://item.jd.com/1000.html', 'not a url'])('%s is not a shop short link', (url) =>
    expect(shortLinkPlatform(url)).toBeNull(),
  );
});

describe('isShopHost', () => {
  it.each(['item.taobao.com', 'm.tb.cn', 'detail.tmall.hk', 'item.jd.com', '3.cn', 'npcitem.jd.hk', 'mobile.yangkeduo.com', 'p.pinduoduo.com'])(
    '%s is a shop host',
    (host) => expect(isShopHost(host)).toBe(true),
  );
  it.each(['evil.example', 'taobao.com.evil.example', 'notjd.com', 'example.3.cn.evil'])('%s is not', (host) => expect(isShopHost(host)).toBe(false));
});
