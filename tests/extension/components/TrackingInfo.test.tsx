import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TrackingInfo } from '../../../extension/components/TrackingInfo';
import { makeShareCode } from '../factories';

afterEach(cleanup);

describe('tracking note', () => {
  it.each([
    ['zh', 'not-connected', null, '运营方还没有接入淘宝联盟：这个链接暂时不能赚佣金。'],
    ['en', 'not-connected', null, 'The operator has not connected Alimama yet, so this link earns nothing for now.'],
    // Told from the affiliate's side: what it means for their orders, not the operator's permissions.
    ['zh', 'click-time-only', null, '这个淘宝联盟链接的订单按点击时间归属，可能不准。'],
    [
      'en',
      'network-refused',
      '[taobao 10001] 该商品不支持推广',
      'Alimama did not make a tracked link for this product ([taobao 10001] 该商品不支持推广), so this link earns nothing for now.',
    ],
  ] as const)('in %s for %s', (lang, reason, detail, text) => {
    const code = makeShareCode({ network: 'taobao', trackingReason: reason, trackingDetail: detail, trackingNote: '运营方还没有接入淘宝联盟' });
    render(<TrackingInfo lang={lang} code={code} />);
    expect(screen.getByTestId('tracking-note').textContent).toBe(text);
  });
});
