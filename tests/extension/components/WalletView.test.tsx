import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WalletView, type WalletActions } from '../../../extension/components/WalletView';
import { maskAccount, maskName, type PayoutAccountInput } from '../../../shared/schemas';
import { makeBalance, makePayout, makeStatement } from '../factories';

afterEach(cleanup);

const actions = (overrides: Partial<WalletActions> = {}): WalletActions => ({
  getWallet: vi.fn(async () => ({
    ok: true as const,
    data: { balance: makeBalance(), payouts: [makePayout(), makePayout({ id: 'pay_2', status: 'rejected', reason: '收款账户未实名', reference: null })] },
  })),
  requestPayout: vi.fn(async (amountFen: number) => ({ ok: true as const, data: makePayout({ amountFen, status: 'requested' }) })),
  getStatement: vi.fn(async () => ({ ok: true as const, data: makeStatement() })),
  getPayoutAccount: vi.fn(async () => ({ ok: true as const, data: { account: { method: 'alipay' as const, masked: '138****5678 · *三', updatedAt: 1 } } })),
  savePayoutAccount: vi.fn(async (input: PayoutAccountInput) => ({
    ok: true as const,
    data: { account: { method: input.method, masked: `${maskAccount(input.account)} · ${maskName(input.realName)}`, updatedAt: 2 } },
  })),
  ...overrides,
});

async function ask(text: string) {
  fireEvent.input(await screen.findByTestId('payout-amount'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '申请提现' }));
}

describe('wallet', () => {
  it('shows what can be withdrawn and what is on its way, the payouts with the operator’s words, and the statement', async () => {
    render(<WalletView lang="zh" actions={actions()} />);
    expect((await screen.findByTestId('wallet-available')).textContent).toBe('¥50');
    expect(screen.getByTestId('wallet-pending').textContent).toBe('¥40.47');
    expect(screen.getByTestId('wallet-held').textContent).toBe('¥15');
    // The hold runs from the network's settlement time, and both the wallet and the statement say so.
    expect(screen.getByText(/从联盟的结算时间起冻结 15 天/)).toBeTruthy();
    expect(screen.getByText('结算的佣金从联盟结算时间起冻结 15 天后可提现。')).toBeTruthy();
    const list = screen.getByTestId('payouts');
    expect(within(list).getByText('已打款')).toBeTruthy();
    expect(within(list).getByText('收款账户未实名')).toBeTruthy();
    const statement = screen.getByTestId('statement');
    expect(within(statement).getByText(/预估佣金/)).toBeTruthy();
    expect(statement.textContent).toContain('¥100.24');
    // The affiliate's point of view: what is theirs (应得), never what the operator owes (应付).
    expect(statement.textContent).toContain('目前应得');
    expect(document.body.textContent).not.toMatch(/应付/);
    expect(screen.getByText('待入账')).toBeTruthy();
  });

  it('asks for the amount in yuan, as fen, and shows the request', async () => {
    const a = actions();
    render(<WalletView lang="zh" actions={a} />);
    await ask('20.5');
    await waitFor(() => expect(a.requestPayout).toHaveBeenCalledWith(2050));
    expect((await screen.findByTestId('payout-notice')).textContent).toBe('已提交提现申请 ¥20.5，等待运营审核。');
    await waitFor(() => expect(a.getWallet).toHaveBeenCalledTimes(2));
  });

  it('全部提现 fills in everything that can be withdrawn now, and asks for exactly that', async () => {
    const a = actions();
    render(<WalletView lang="zh" actions={a} />);
    fireEvent.click(await screen.findByRole('button', { name: '全部提现' }));
    expect((screen.getByTestId('payout-amount') as HTMLInputElement).value).toBe('50');
    fireEvent.click(screen.getByRole('button', { name: '申请提现' }));
    await waitFor(() => expect(a.requestPayout).toHaveBeenCalledWith(5000));
  });

  it('below the minimum neither 全部提现 nor 申请提现 can be pressed', async () => {
    const a = actions({ getWallet: vi.fn(async () => ({ ok: true as const, data: { balance: makeBalance({ availableFen: 900 }), payouts: [] } })) });
    render(<WalletView lang="zh" actions={a} />);
    expect(((await screen.findByRole('button', { name: '全部提现' })) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: '申请提现' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it.each([
    ['5', '单笔最低提现 ¥10。'],
    ['50.01', '可提现余额不足，当前可提现 ¥50。'],
    ['abc', '请输入金额，例如 50 或 50.5。'],
  ])('refuses %s before asking the Worker', async (text, message) => {
    const a = actions();
    render(<WalletView lang="zh" actions={a} />);
    await ask(text);
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(a.requestPayout).not.toHaveBeenCalled();
  });

  it('when the balance moved meanwhile, says how much is available now', async () => {
    let calls = 0;
    const a = actions({
      getWallet: vi.fn(async () => ({ ok: true as const, data: { balance: makeBalance({ availableFen: calls++ === 0 ? 5000 : 1200 }), payouts: [] } })),
      requestPayout: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'INSUFFICIENT_BALANCE' as const, message: 'Only ¥12 is available to withdraw.' },
      })),
    });
    render(<WalletView lang="zh" actions={a} />);
    await ask('40');
    expect((await screen.findByRole('alert')).textContent).toBe('可提现余额不足，当前可提现 ¥12。');
    expect(screen.getByTestId('wallet-available').textContent).toBe('¥12');
  });

  it('收款账户: shown masked; without one the form asks for it, checks it in the reader’s words, and saves it', async () => {
    const a = actions({ getPayoutAccount: vi.fn(async () => ({ ok: true as const, data: { account: null } })) });
    render(<WalletView lang="zh" actions={a} />);
    const form = await screen.findByTestId('payout-account-form');
    expect(form.textContent).toContain('先填写收款账户');
    fireEvent.input(within(form).getByLabelText('支付宝账号（手机号或邮箱）'), { target: { value: '1381234' } });
    fireEvent.input(within(form).getByLabelText('真实姓名（与账户实名一致）'), { target: { value: '张三' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存收款账户' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('请填写支付宝登录用的手机号或邮箱。');
    expect(a.savePayoutAccount).not.toHaveBeenCalled();
    fireEvent.input(within(form).getByLabelText('支付宝账号（手机号或邮箱）'), { target: { value: '13812345678' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存收款账户' }));
    await waitFor(() => expect(a.savePayoutAccount).toHaveBeenCalledWith({ method: 'alipay', account: '13812345678', realName: '张三' }));
    expect((await screen.findByTestId('payout-account')).textContent).toContain('支付宝 138****5678 · *三');
    expect(document.body.textContent).not.toContain('13812345678');
  });
});
