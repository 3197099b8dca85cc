import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TierView } from '../../../extension/components/TierView';
import type { TierStatus } from '../../../shared/schemas';

afterEach(cleanup);

const STATUS: TierStatus = {
  tier: '超级会员',
  locked: false,
  windowDays: 30,
  next: {
    tier: '导师',
    facts: [
      { metric: 'ownCommission', valueFen: 120_000, thresholdFen: 100_000, met: true },
      { metric: 'teamSales', valueFen: 500_000, thresholdFen: 2_000_000, met: false },
    ],
  },
  changes: [
    {
      at: Date.parse('2026-11-30T04:00:00Z'),
      direction: 'promoted',
      fromTier: '会员',
      toTier: '超级会员',
      windowDays: 30,
      facts: [{ metric: 'ownCommission', valueFen: 31_000, thresholdFen: 30_000, met: true }],
    },
  ],
};

describe('tier', () => {
  it('shows the tier, what the next one asks and where the affiliate stands, and why they last moved', async () => {
    render(<TierView lang="zh" actions={{ getTier: async () => ({ ok: true, data: STATUS }) }} />);
    expect((await screen.findByTestId('tier-name')).textContent).toBe('超级会员');
    const text = screen.getByTestId('tier').textContent!;
    expect(text).toContain('升级到「导师」需要：');
    expect(text).toContain('✓ 近 30 天本人结算佣金 ¥1200 / ¥1000');
    expect(text).toContain('近 30 天直属团队结算销售额 ¥5000 / ¥20000');
    expect(screen.getByTestId('tier-change').textContent).toBe('2026-11-30 升级为「超级会员」： 近 30 天本人结算佣金 ¥310 / ¥300');
  });

  it('an operator-set tier shows no target', async () => {
    render(<TierView lang="en" actions={{ getTier: async () => ({ ok: true, data: { ...STATUS, locked: true, changes: [] } }) }} />);
    expect((await screen.findByTestId('tier')).textContent).toBe('Your tier 超级会员 (set by the operator)');
  });
});
