import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { Panel, type PanelActions } from '../../../extension/components/Panel';
import { makeProduct, makeShareCode } from '../factories';

afterEach(cleanup);

function actions(overrides: Partial<PanelActions> = {}): PanelActions {
  return {
    createCode: vi.fn(async () => ({ ok: true as const, data: makeShareCode() })),
    getOffer: vi.fn(async () => ({ ok: false as const, error: { code: 'NETWORK' as const, message: 'offline' } })),
    openOptions: vi.fn(),
    copy: vi.fn(async () => true),
    copyImage: vi.fn(async () => true),
    fetchImage: vi.fn(async () => null),
    openTab: vi.fn(),
    ...overrides,
  };
}

describe('Panel', () => {
  it('shows the product and mints a code with what the page told us', async () => {
    const a = actions();
    render(<Panel product={makeProduct()} lang="zh" configured templates={{}} actions={a} />);
    expect(screen.getByTestId('product-title').textContent).toBe('Apple AirPods Pro (第二代)');
    expect(screen.getByTestId('product-price').textContent).toContain('¥1499');

    fireEvent.click(screen.getByRole('button', { name: '生成分享码' }));
    await waitFor(() => expect(screen.getByTestId('short-url')).toBeTruthy());
    expect(a.createCode).toHaveBeenCalledWith({
      url: 'https://item.jd.com/100012043978.html?bbtf=1',
      title: 'Apple AirPods Pro (第二代)',
      priceFen: 149900,
      imageUrl: 'https://img14.360buyimg.com/n1/jfs/t1/airpods.jpg',
      shopName: 'Apple产品京东自营旗舰店',
    });
    expect((screen.getByTestId('short-url') as HTMLInputElement).value).toBe('http://127.0.0.1:8787/s/Kx7mP3qa');
    expect((screen.getByTestId('share-text') as HTMLTextAreaElement).value).toBe(
      '【京东】Apple AirPods Pro (第二代) ¥1499\nhttp://127.0.0.1:8787/s/Kx7mP3qa\n点击链接直接打开',
    );
  });

  it('copies the share text as the code is made (one tap to share), says so, and copies it again on demand', async () => {
    const a = actions();
    render(<Panel product={makeProduct()} lang="zh" configured templates={{}} actions={a} />);
    fireEvent.click(screen.getByRole('button', { name: '生成分享码' }));
    expect((await screen.findByTestId('copied-on-mint')).textContent).toBe('分享文案已复制，去微信粘贴即可。');
    const text = (screen.getByTestId('share-text') as HTMLTextAreaElement).value;
    expect(a.copy).toHaveBeenCalledWith(text);
    expect(a.copy).toHaveBeenCalledTimes(1);
    fireEvent.click((await screen.findAllByRole('button', { name: '复制' }))[1]!);
    await screen.findByRole('button', { name: '已复制' });
    expect(a.copy).toHaveBeenNthCalledWith(2, text);
  });

  it('with the option off, making a code copies nothing', async () => {
    const a = actions();
    render(<Panel product={makeProduct()} lang="zh" configured templates={{}} copyOnMint={false} actions={a} />);
    fireEvent.click(screen.getByRole('button', { name: '生成分享码' }));
    await screen.findByTestId('share-text');
    expect(a.copy).not.toHaveBeenCalled();
    expect(screen.queryByTestId('copied-on-mint')).toBeNull();
  });

  it('when the clipboard refuses, no note claims the text was copied', async () => {
    render(<Panel product={makeProduct()} lang="zh" configured templates={{}} actions={actions({ copy: vi.fn(async () => false) })} />);
    fireEvent.click(screen.getByRole('button', { name: '生成分享码' }));
    await screen.findByTestId('share-text');
    expect(screen.queryByTestId('copied-on-mint')).toBeNull();
  });

  it('leaves out title and price it could not read', async () => {
    const a = actions();
    render(<Panel product={makeProduct({ title: null, priceFen: null, imageUrl: null, shopName: null })} lang="en" configured templates={{}} actions={a} />);
    expect(screen.queryByTestId('product-price')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Create share code' }));
    await waitFor(() => expect(a.createCode).toHaveBeenCalledWith({ url: 'https://item.jd.com/100012043978.html?bbtf=1' }));
  });

  it('shows a readable error and lets the affiliate try again', async () => {
    const a = actions({ createCode: vi.fn(async () => ({ ok: false as const, error: { code: 'UNAUTHORIZED' as const, message: 'x' } })) });
    render(<Panel product={makeProduct()} lang="zh" configured templates={{}} actions={a} />);
    fireEvent.click(screen.getByRole('button', { name: '生成分享码' }));
    expect((await screen.findByRole('alert')).textContent).toBe('密钥不对或已被停用，请向运营方确认。');
    expect(screen.getByRole('button', { name: '生成分享码' })).toBeTruthy();
  });

  it('asks for settings instead of offering the button until configured', () => {
    const a = actions();
    render(<Panel product={makeProduct()} lang="en" configured={false} templates={{}} actions={a} />);
    expect(screen.queryByTestId('create-code')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(a.openOptions).toHaveBeenCalled();
  });
});

describe('Panel share formats', () => {
  it("fills the affiliate's own template with what the page showed, and draws the QR code of the short link", async () => {
    const a = actions();
    render(
      <Panel
        product={makeProduct({ title: '页面上的标题', priceFen: 9900 })}
        lang="zh"
        configured
        templates={{ jd: '🔥{title}｜¥{price}｜{link}' }}
        actions={a}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '生成分享码' }));
    expect(((await screen.findByTestId('share-text')) as HTMLTextAreaElement).value).toBe('🔥页面上的标题｜¥99｜http://127.0.0.1:8787/s/Kx7mP3qa');
    const qr = screen.getByTestId('qr-code');
    expect(qr.getAttribute('aria-label')).toContain('http://127.0.0.1:8787/s/Kx7mP3qa');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
  });

  it('uses the default template for a platform without its own', async () => {
    render(<Panel product={makeProduct()} lang="zh" configured templates={{ taobao: '{link}' }} actions={actions()} />);
    fireEvent.click(screen.getByRole('button', { name: '生成分享码' }));
    expect(((await screen.findByTestId('share-text')) as HTMLTextAreaElement).value).toMatch(/^【京东】Apple AirPods Pro \(第二代\) ¥1499\n/);
  });
});

describe('Panel: money before the code', () => {
  const answer = (offer: Record<string, number | null> | null, reason: 'not-connected' | 'not-in-programme' | null = null) => ({
    ok: true as const,
    data: {
      product: { platform: 'tmall' as const, productId: '612345678901', url: 'https://detail.tmall.com/item.htm?id=612345678901' },
      network: 'taobao' as const,
      offer: offer && {
        priceFen: null,
        couponFen: null,
        priceAfterCouponFen: null,
        commissionRateBp: null,
        sales: null,
        affiliateEarnsFen: null,
        affiliateRateBp: null,
        ...offer,
      },
      reason,
      detail: null,
      checkedAt: 1,
    },
  });

  it('shows 佣金比例, 你可得 with the tier’s share named, the coupon and 到手价 when the panel opens, before anything is minted', async () => {
    const a = actions({
      getOffer: vi.fn(async () =>
        answer({ priceFen: 12900, couponFen: 2000, priceAfterCouponFen: 10900, commissionRateBp: 500, affiliateEarnsFen: 273, affiliateRateBp: 5000 }),
      ),
    });
    render(
      <Panel
        product={makeProduct({ platform: 'tmall', pageUrl: 'https://detail.tmall.com/item.htm?id=612345678901', priceFen: 6990 })}
        lang="zh"
        configured
        templates={{}}
        actions={a}
      />,
    );
    expect((await screen.findByTestId('you-earn-before')).textContent).toBe('¥2.73（你的等级分得佣金的 50%）');
    expect(screen.getByTestId('offer-before').textContent).toContain('佣金比例5%');
    expect(screen.getByTestId('final-price-before').textContent).toBe('¥109');
    // The page said ¥69.9; once the network answered, the panel's one price is its 到手价, 原价 struck through.
    expect(screen.getByTestId('product-price').textContent).toBe('到手价 ¥109 ¥129');
    expect(a.getOffer).toHaveBeenCalledWith('https://detail.tmall.com/item.htm?id=612345678901', 6990);
    expect(a.createCode).not.toHaveBeenCalled();
  });

  it('says when the network is not connected, and when the item is outside its programme', async () => {
    render(
      <Panel product={makeProduct()} lang="zh" configured templates={{}} actions={actions({ getOffer: vi.fn(async () => answer(null, 'not-connected')) })} />,
    );
    expect((await screen.findByTestId('offer-before')).textContent).toBe('运营方还没有接入淘宝联盟：生成的链接暂时不能赚佣金。');
    cleanup();
    render(
      <Panel
        product={makeProduct()}
        lang="zh"
        configured
        templates={{}}
        actions={actions({ getOffer: vi.fn(async () => answer(null, 'not-in-programme')) })}
      />,
    );
    expect((await screen.findByTestId('offer-before')).dataset.reason).toBe('not-in-programme');
  });

  it('without an answer the panel still mints', async () => {
    render(<Panel product={makeProduct()} lang="zh" configured templates={{}} actions={actions()} />);
    await waitFor(() => expect(screen.queryByText('正在查佣金…')).toBeNull());
    expect(screen.queryByTestId('offer-before')).toBeNull();
    expect(screen.getByRole('button', { name: '生成分享码' })).toBeTruthy();
  });
});

describe('Panel: money before sharing', () => {
  it('shows the commission, what the affiliate keeps, the coupon and the network’s 淘口令 in the share text', async () => {
    const code = makeShareCode({
      product: { platform: 'tmall', productId: '612345678901', url: 'https://detail.tmall.com/item.htm?id=612345678901' },
      tracking: 'network',
      networkPassword: '￥Ab12Cd34Ef5￥',
      offer: {
        priceFen: 12900,
        couponFen: 2000,
        priceAfterCouponFen: 10900,
        commissionRateBp: 500,
        sales: 3200,
        affiliateEarnsFen: 273,
        affiliateRateBp: 5000,
      },
    });
    render(
      <Panel
        // The page shows a lower price than the network's: the panel, share text and poster all say ¥109.
        product={makeProduct({ platform: 'tmall', title: '保温杯', priceFen: 6990 })}
        lang="zh"
        configured
        templates={{}}
        actions={actions({ createCode: vi.fn(async () => ({ ok: true as const, data: code })) })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '生成分享码' }));
    await waitFor(() => expect(screen.getByTestId('tracking')).toBeTruthy());
    expect(screen.getByTestId('tracking').dataset.tracking).toBe('network');
    expect(screen.getByTestId('offer').textContent).toContain('5%');
    expect(screen.getByTestId('you-earn').textContent).toBe('¥2.73（你的等级分得佣金的 50%）');
    expect(screen.getByTestId('final-price').textContent).toBe('¥109');
    const text = (screen.getByTestId('share-text') as HTMLTextAreaElement).value;
    expect(text).toContain('￥Ab12Cd34Ef5￥');
    expect(text).toMatch(/^【天猫】保温杯 ¥109 券后价 · 原价¥129 · 领券减20元\n/);
  });

  it('says plainly when the link earns nothing, and then no text offers a password', async () => {
    const code = makeShareCode({
      product: { platform: 'taobao', productId: '678901234567', url: 'https://item.taobao.com/item.htm?id=678901234567' },
      tracking: 'none',
      trackingNote: '运营方还没有接入淘宝联盟：这个链接暂时不能赚佣金。',
    });
    render(
      <Panel
        product={makeProduct({ platform: 'taobao' })}
        lang="zh"
        configured
        templates={{ taobao: '{title}\n复制 {password} 打开淘宝' }}
        actions={actions({ createCode: vi.fn(async () => ({ ok: true as const, data: code })) })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '生成分享码' }));
    await waitFor(() => expect(screen.getByTestId('tracking')).toBeTruthy());
    expect(screen.getByTestId('tracking').textContent).toContain('这个链接暂时不能赚佣金');
    const text = (screen.getByTestId('share-text') as HTMLTextAreaElement).value;
    expect(text).not.toContain('￥');
    expect(text).not.toContain('打开淘宝');
  });

  it('自购 mints the affiliate’s own code with the self channel and opens it, minting nothing else', async () => {
    const own = makeShareCode({ shortUrl: 'https://dh.example/s/SeLf2345', channel: 'self' });
    const a = actions({ createCode: vi.fn(async () => ({ ok: true as const, data: own })) });
    render(<Panel product={makeProduct()} lang="zh" configured templates={{}} actions={a} />);
    fireEvent.click(screen.getByRole('button', { name: '自购' }));
    await waitFor(() => expect(a.openTab).toHaveBeenCalledWith('https://dh.example/s/SeLf2345'));
    expect(a.createCode).toHaveBeenCalledWith(expect.objectContaining({ channel: 'self', url: 'https://item.jd.com/100012043978.html?bbtf=1' }));
    expect(screen.getByTestId('self-opened').textContent).toMatch(/自购/);
  });

  it('minimises to a tab and back, and remembers where it is', () => {
    const onPlacement = vi.fn();
    render(
      <Panel
        product={makeProduct()}
        lang="zh"
        configured
        templates={{}}
        actions={actions()}
        placement={{ minimised: false, right: 40, bottom: 30 }}
        onPlacement={onPlacement}
      />,
    );
    expect((screen.getByRole('region') as HTMLElement).style.right).toBe('40px');
    fireEvent.click(screen.getByRole('button', { name: '收起' }));
    expect(onPlacement).toHaveBeenLastCalledWith({ minimised: true, right: 40, bottom: 30 });
    expect(screen.queryByTestId('product-title')).toBeNull();
    fireEvent.click(screen.getByTestId('panel-tab'));
    expect(onPlacement).toHaveBeenLastCalledWith({ minimised: false, right: 40, bottom: 30 });
    expect(screen.getByTestId('product-title')).toBeTruthy();
  });

  it('is dragged by its header and stays on screen', () => {
    const onPlacement = vi.fn();
    render(<Panel product={makeProduct()} lang="en" configured templates={{}} actions={actions()} onPlacement={onPlacement} />);
    const header = screen.getByRole('region').querySelector('header')!;
    fireEvent.pointerDown(header, { clientX: 500, clientY: 500, pointerId: 1 });
    fireEvent.pointerMove(header, { clientX: 400, clientY: 450, pointerId: 1 });
    fireEvent.pointerUp(header, { pointerId: 1 });
    expect(onPlacement).toHaveBeenLastCalledWith({ minimised: false, right: 116, bottom: 66 });
    fireEvent.pointerDown(header, { clientX: 400, clientY: 450, pointerId: 1 });
    fireEvent.pointerMove(header, { clientX: 5000, clientY: 5000, pointerId: 1 });
    fireEvent.pointerUp(header, { pointerId: 1 });
    expect(onPlacement).toHaveBeenLastCalledWith({ minimised: false, right: 0, bottom: 0 });
  });
});
