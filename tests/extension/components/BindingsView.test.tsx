import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bindings } from '../../../shared/schemas';
import { BindingsView } from '../../../extension/components/BindingsView';

afterEach(cleanup);

const actionsWith = (data: Bindings) => ({
  getBindings: vi.fn(async () => ({ ok: true as const, data })),
  bindTaobao: vi.fn(async () => ({ ok: true as const, data: { authorizeUrl: 'https://oauth.taobao.com/authorize?state=x' } })),
});

describe('bindings', () => {
  it('offers 绑定淘宝渠道 in one tap, the 备案 link with its QR code, and says JD needs none — in Chinese', async () => {
    const actions = actionsWith({
      taobao: { status: 'unbound', canBind: true },
      pdd: { status: 'unbound', bindUrl: 'https://p.pinduoduo.com/bind123' },
      jd: { status: 'not-needed' },
    });
    render(<BindingsView lang="zh" actions={actions} />);
    const button = await screen.findByTestId('bind-taobao');
    expect(button.textContent).toBe('绑定淘宝渠道');
    expect(screen.getByText('打开备案链接').getAttribute('href')).toBe('https://p.pinduoduo.com/bind123');
    expect(screen.getByLabelText('用拼多多App扫码完成备案')).toBeTruthy();
    expect(screen.getByText('无需绑定')).toBeTruthy();
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已打开淘宝授权页'));
    expect(actions.bindTaobao).toHaveBeenCalledOnce();
    expect(document.body.textContent).not.toMatch(/[A-Za-z]{4,}/); // no English words, no raw codes
  });

  it('shows 已绑定 with the channel id, and a connection that cannot bind yet', async () => {
    render(
      <BindingsView
        lang="zh"
        actions={actionsWith({
          taobao: { status: 'bound', relationId: '2788000001', accountName: 'tb_小王' },
          pdd: { status: 'not-connected' },
          jd: { status: 'not-connected' },
        })}
      />,
    );
    expect((await screen.findByTestId('taobao-bound')).textContent).toContain('2788000001');
    expect(screen.getAllByText('已绑定')).toHaveLength(1);
    expect(screen.getAllByText('运营方未接入')).toHaveLength(2);
    cleanup();
    render(
      <BindingsView
        lang="zh"
        actions={actionsWith({ taobao: { status: 'unbound', canBind: false }, pdd: { status: 'bound' }, jd: { status: 'not-needed' } })}
      />,
    );
    expect(await screen.findByText('运营方暂未开通，请联系运营方')).toBeTruthy();
    expect(screen.queryByTestId('bind-taobao')).toBeNull();
  });
});

describe('links that no longer work', () => {
  it('says how many links the networks withdrew, in Chinese, and lists them', async () => {
    const { OfflineLinks } = await import('../../../extension/components/OfflineLinks');
    const codes = [
      {
        code: 'Ab12Cd',
        title: '蓝月亮洗衣液',
        platform: 'tmall' as const,
        url: 'https://detail.tmall.com/item.htm?id=1',
        reason: '[taobao 10001] 该商品不支持推广',
        at: 1,
      },
      { code: 'Ef34Gh', title: null, platform: 'jd' as const, url: 'https://item.jd.com/2.html', reason: '[jd 2001004] 商品不在推广中', at: 2 },
    ];
    render(<OfflineLinks lang="zh" actions={{ getOfflineCodes: vi.fn(async () => ({ ok: true as const, data: { codes } })) }} />);
    expect((await screen.findByTestId('offline-links')).textContent).toContain('2 个链接已失效');
    expect(screen.getByText('蓝月亮洗衣液')).toBeTruthy();
    expect(screen.getByText('Ef34Gh')).toBeTruthy();
  });
});
