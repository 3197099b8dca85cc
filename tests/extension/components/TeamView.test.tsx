import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamView, type TeamActions } from '../../../extension/components/TeamView';
import type { Invite } from '../../../shared/schemas';

afterEach(cleanup);

const INVITE: Invite = { code: 'AbCdEfGhJk', url: 'https://daihuo.example/join/AbCdEfGhJk', joins: 2, createdAt: 1764000000000, revokedAt: null };

describe('team and invites', () => {
  it('a new affiliate makes an invite link, then sees it with its QR code', async () => {
    let invites: Invite[] = [];
    const actions: TeamActions = {
      getTeam: vi.fn(async () => ({ ok: true as const, data: { invites, members: [] } })),
      createInvite: vi.fn(async () => {
        invites = [INVITE];
        return { ok: true as const, data: INVITE };
      }),
      copy: vi.fn(async () => true),
    };
    render(<TeamView lang="zh" actions={actions} />);
    expect((await screen.findByTestId('no-team')).textContent).toMatch(/还没有团队成员/);
    fireEvent.click(screen.getByRole('button', { name: '生成邀请链接' }));
    await waitFor(() => expect((screen.getByTestId('invite-url') as HTMLInputElement).value).toBe(INVITE.url));
    expect(screen.getByTestId('qr-code')).toBeTruthy();
    fireEvent.click(within(screen.getByTestId('invite')).getByRole('button', { name: '复制' }));
    await waitFor(() => expect(actions.copy).toHaveBeenCalledWith(INVITE.url));
  });

  it('lists direct members with their 30-day orders and sales, and who is waiting', async () => {
    const actions: TeamActions = {
      getTeam: async () => ({
        ok: true,
        data: {
          invites: [INVITE],
          members: [
            { id: 'aff_1', name: '小李', joinedAt: 1764000000000, waiting: false, orders: 3, salesFen: 45_990 },
            { id: 'aff_2', name: '小张', joinedAt: 1764100000000, waiting: true, orders: 0, salesFen: 0 },
          ],
        },
      }),
      createInvite: vi.fn(),
      copy: vi.fn(),
    };
    render(<TeamView lang="zh" actions={actions} />);
    const list = await screen.findByTestId('team');
    expect(list.textContent).toContain('小李');
    expect(list.textContent).toContain('3 单');
    expect(list.textContent).toContain('¥459.9');
    expect(within(list).getByText('待审核')).toBeTruthy();
    expect(actions.createInvite).not.toHaveBeenCalled();
  });
});
