import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, type PopupActions } from '../../../extension/entrypoints/popup/App';
import { makeBalance, makeEarnings, makePayout, makeShareCode, makeStatement, makeSummary } from '../factories';

afterEach(cleanup);

const actions = (overrides: Partial<PopupActions> = {}): PopupActions => ({
  getSummary: vi.fn(async () => ({ ok: true as const, data: makeSummary() })),
  getEarnings: vi.fn(async (range) => ({ ok: true as const, data: makeEarnings({ range }) })),
  openOptions: vi.fn(),
  copy: vi.fn(async () => true),
  copyImage: vi.fn(async () => true),
  fetchImage: vi.fn(async () => null),
  resolve: vi.fn(async () => ({
    ok: true as const,
    data: { platform: 'jd' as const, productId: '100012043978', url: 'https://item.jd.com/100012043978.html', source: 'short-link' as const },
  })),
  createCode: vi.fn(async () => ({ ok: true as const, data: makeShareCode() })),
  getWallet: vi.fn(async () => ({ ok: true as const, data: { balance: makeBalance(), payouts: [makePayout()] } })),
  requestPayout: vi.fn(async (amountFen: number) => ({ ok: true as const, data: makePayout({ amountFen, status: 'requested' }) })),
  getPayoutAccount: vi.fn(async () => ({ ok: true as const, data: { account: null } })),
  savePayoutAccount: vi.fn(async () => ({ ok: true as const, data: { account: null } })),
  getStatement: vi.fn(async () => ({ ok: true as const, data: makeStatement() })),
  getTeam: vi.fn(async () => ({ ok: true as const, data: { invites: [], members: [] } })),
  createInvite: vi.fn(async () => ({ ok: false as const, error: { code: 'NETWORK' as const, message: 'offline' } })),
  getTier: vi.fn(async () => ({
    ok: true as const,
    data: {
      tier: '会员',
      locked: false,
      windowDays: 30,
      next: { tier: '超级会员', facts: [{ metric: 'ownCommission' as const, valueFen: 12_000, thresholdFen: 30_000, met: false }] },
      changes: [],
    },
  })),
  getBindings: vi.fn(async () => ({
    ok: true as const,
    data: { taobao: { status: 'unbound' as const, canBind: true }, pdd: { status: 'bound' as const }, jd: { status: 'not-needed' as const } },
  })),
  convert: vi.fn(async (text: string) => ({ ok: true as const, data: { text, items: [] } })),
  getOfflineCodes: vi.fn(async () => ({ ok: true as const, data: { codes: [] } })),
  bindTaobao: vi.fn(async () => ({ ok: true as const, data: { authorizeUrl: 'https://oauth.taobao.com/authorize?state=x' } })),
  ...overrides,
});

describe('popup', () => {
  it('puts earnings first, counts clicks once, and lists recent codes with copy buttons', async () => {
    const a = actions();
    render(<App lang="zh" configured templates={{}} justCreated={null} actions={a} />);
    expect((await screen.findByTestId('code-count')).textContent).toBe('2');
    expect(await screen.findByTestId('earn-clicks')).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('收益');
    // One click count on the screen: the earnings tile for the chosen range.
    expect(screen.queryByTestId('clicks-today')).toBeNull();
    fireEvent.click(within(screen.getByTestId('recent-codes')).getAllByRole('button', { name: /Kx7mP3qa/ })[0]!);
    // The whole share text, as the panel made it — not the bare link.
    await waitFor(() => expect(a.copy).toHaveBeenCalledWith('【京东】Apple AirPods Pro ¥1499\nhttp://127.0.0.1:8787/s/Kx7mP3qa\n点击链接直接打开'));
    // A drawn icon, not a character many fonts lack.
    expect(screen.getByTestId('copy-Kx7mP3qa').querySelector('svg')).toBeTruthy();
    expect(screen.getByTestId('copy-Kx7mP3qa').textContent?.trim()).toBe('Kx7mP3qa');
    expect(screen.getByTestId('clicks-Kx7mP3qa').textContent).toBe('9 次点击');
    expect(within(screen.getByTestId('recent-codes')).getByText('Apple AirPods Pro')).toBeTruthy();
  });

  it('has a clear empty state', async () => {
    const empty = makeSummary({ clicks: { today: 0, last7Days: 0, last30Days: 0 }, codeCount: 0, recentCodes: [] });
    render(<App lang="en" configured templates={{}} justCreated={null} actions={actions({ getSummary: async () => ({ ok: true, data: empty }) })} />);
    expect((await screen.findByTestId('no-codes')).textContent).toMatch(/No share codes yet/);
  });

  it('says how to get started when not configured, without calling the Worker', () => {
    const a = actions();
    render(<App lang="en" configured={false} templates={{}} justCreated={null} actions={a} />);
    expect(screen.getByRole('status').textContent).toContain('enter the service address and your key');
    fireEvent.click(screen.getAllByRole('button', { name: 'Open settings' })[1]!);
    expect(a.openOptions).toHaveBeenCalled();
    expect(a.getSummary).not.toHaveBeenCalled();
  });

  it('shows an error with a retry that works', async () => {
    const getSummary = vi
      .fn<PopupActions['getSummary']>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'NETWORK', message: 'fetch failed' } })
      .mockResolvedValueOnce({ ok: true, data: makeSummary() });
    render(<App lang="en" configured templates={{}} justCreated={null} actions={actions({ getSummary })} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Cannot reach the Daihuo service');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect((await screen.findByTestId('code-count')).textContent).toBe('2');
  });
});

describe('popup paste box', () => {
  it("resolves pasted text and mints in one step, with the affiliate's template", async () => {
    const a = actions();
    render(<App lang="zh" configured templates={{ jd: '{title} 只要 {price} 元 👉 {link}' }} justCreated={null} actions={a} />);
    fireEvent.click(await screen.findByTestId('tab-convert'));
    fireEvent.input(screen.getByTestId('paste-text'), { target: { value: '【京东】https://3.cn/-2WCEI8M 「耳机」' } });
    fireEvent.click(screen.getByRole('button', { name: '转链' }));
    expect(((await screen.findByTestId('share-text')) as HTMLTextAreaElement).value).toBe('Apple AirPods Pro 只要 1499 元 👉 http://127.0.0.1:8787/s/Kx7mP3qa');
    expect(a.resolve).toHaveBeenCalledWith('【京东】https://3.cn/-2WCEI8M 「耳机」');
    expect(a.createCode).toHaveBeenCalledWith({ url: 'https://item.jd.com/100012043978.html' });
    expect(screen.getByTestId('qr-code')).toBeTruthy();
  });

  it('explains a password it cannot convert, in the user’s language, and mints nothing', async () => {
    const detail = '[taobao 10003] 口令不存在或已过期';
    const a = actions({
      resolve: async () => ({
        ok: true,
        data: { platform: 'taobao', productId: null, url: null, source: 'taobao-password', reason: 'network-refused', note: detail },
      }),
    });
    render(<App lang="zh" configured templates={{}} justCreated={null} actions={a} />);
    fireEvent.click(await screen.findByTestId('tab-convert'));
    fireEvent.input(screen.getByTestId('paste-text'), { target: { value: '￥dSvD2AUtV8a￥' } });
    fireEvent.click(screen.getByRole('button', { name: '转链' }));
    expect((await screen.findByRole('alert')).textContent).toBe(`联盟无法识别这个口令或链接（可能已失效）：${detail}`);
    expect(a.createCode).not.toHaveBeenCalled();
  });

  it('asks for the product link when the operator has not connected the network', async () => {
    const a = actions({
      resolve: async () => ({
        ok: true,
        data: { platform: 'taobao', productId: null, url: null, source: 'taobao-password', reason: 'needs-network', note: 'x' },
      }),
    });
    render(<App lang="en" configured templates={{}} justCreated={null} actions={a} />);
    fireEvent.click(await screen.findByTestId('tab-convert'));
    fireEvent.input(screen.getByTestId('paste-text'), { target: { value: '￥dSvD2AUtV8a￥' } });
    fireEvent.click(screen.getByRole('button', { name: 'Convert' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/has not connected yet/);
    expect(a.createCode).not.toHaveBeenCalled();
  });

  it('shows what the server could not understand', async () => {
    const a = actions({ resolve: async () => ({ ok: false, error: { code: 'UNRECOGNISED_TEXT', message: 'x' } }) });
    render(<App lang="en" configured templates={{}} justCreated={null} actions={a} />);
    fireEvent.click(await screen.findByTestId('tab-convert'));
    fireEvent.input(screen.getByTestId('paste-text'), { target: { value: 'hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Convert' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No product link, short link or password found.');
  });

  it('shows the code the context menu just made', async () => {
    render(
      <App
        lang="en"
        configured
        templates={{}}
        justCreated={makeShareCode({ code: 'Ab3dEf5h', shortUrl: 'http://127.0.0.1:8787/s/Ab3dEf5h' })}
        actions={actions()}
      />,
    );
    const section = await screen.findByTestId('just-created');
    expect(section.textContent).toContain('Just created');
    expect((section.querySelector('[data-testid="short-url"]') as HTMLInputElement).value).toBe('http://127.0.0.1:8787/s/Ab3dEf5h');
  });
});

describe('popup earnings', () => {
  it('shows clicks, orders, money, a daily chart and why each order changed', async () => {
    const a = actions();
    render(<App lang="zh" configured templates={{}} justCreated={null} actions={a} />);
    expect((await screen.findByTestId('earn-estimated')).textContent).toBe('¥20.24');
    expect(screen.getByTestId('earn-settled').textContent).toBe('¥19.5');
    expect(screen.getByTestId('earn-orders').textContent).toBe('2');
    expect(screen.getByText(/已扣回/).textContent).toContain('¥5');
    expect(screen.getByText('validCode 3: 无效-取消')).toBeTruthy();
    expect(screen.getByText('已失效')).toBeTruthy();
    expect(a.getEarnings).toHaveBeenCalledWith('today');
    // Today has no chart; a 7-day range draws seven bars.
    fireEvent.click(screen.getByRole('button', { name: '7天' }));
    await waitFor(() => expect(a.getEarnings).toHaveBeenLastCalledWith('7d'));
    const chart = await screen.findByTestId('earnings-chart');
    await waitFor(() => expect(chart.querySelectorAll('.ct-bar')).toHaveLength(7));
    expect(screen.getByRole('button', { name: '7天' }).getAttribute('aria-pressed')).toBe('true');
    // What can be withdrawn is the wallet's, on its own tab.
    fireEvent.click(screen.getByTestId('tab-wallet'));
    expect((await screen.findByTestId('wallet-available')).textContent).toBe('¥50');
  });

  it('has a clear empty state', async () => {
    const empty = makeEarnings({ clicks: 0, orders: 0, estimatedFen: 0, settledFen: 0, reversedFen: 0, balanceFen: 0, recentOrders: [] });
    render(<App lang="en" configured templates={{}} justCreated={null} actions={actions({ getEarnings: async () => ({ ok: true, data: empty }) })} />);
    expect((await screen.findByTestId('no-orders')).textContent).toMatch(/No orders yet/);
    expect(screen.queryByText(/Taken back/)).toBeNull();
  });
});

describe('popup orders', () => {
  it('lists the range’s orders with date, shop, 自购 and status, and shows more on request', async () => {
    const more = makeEarnings();
    const a = actions({
      getEarnings: vi.fn(async (range, limit?: number) => ({ ok: true as const, data: { ...more, range, moreOrders: limit === undefined } })),
    });
    render(<App lang="zh" configured templates={{}} justCreated={null} actions={a} />);
    const list = await screen.findByTestId('recent-orders');
    expect(list.textContent).toContain('京东');
    expect(list.textContent).toContain('天猫');
    expect(within(list).getByText('自购')).toBeTruthy();
    fireEvent.click(screen.getByTestId('more-orders'));
    await waitFor(() => expect(a.getEarnings).toHaveBeenLastCalledWith('today', 40));
    await waitFor(() => expect(screen.queryByTestId('more-orders')).toBeNull());
    // A new range starts from one page again.
    fireEvent.click(screen.getByRole('button', { name: '7天' }));
    await waitFor(() => expect(a.getEarnings).toHaveBeenLastCalledWith('7d'));
  });
});

describe('popup opened by 转链选中文字', () => {
  it('opens on the 转链 tab and converts the selected text at once', async () => {
    const a = actions();
    render(<App lang="zh" configured templates={{}} justCreated={null} toConvert={'好价\nhttps://u.jd.com/AbCdEfG'} actions={a} />);
    expect(((await screen.findByTestId('converted-text')) as HTMLTextAreaElement).value).toBe('好价\nhttps://u.jd.com/AbCdEfG');
    expect(screen.getByTestId('tab-convert').getAttribute('aria-selected')).toBe('true');
    expect(a.convert).toHaveBeenCalledWith('好价\nhttps://u.jd.com/AbCdEfG', 'link');
  });
});
