import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, type PopupActions } from '../../../extension/entrypoints/popup/App';
import { makeSummary } from '../factories';

afterEach(cleanup);

const actions = (overrides: Partial<PopupActions> = {}): PopupActions => ({
  getSummary: vi.fn(async () => ({ ok: true as const, data: makeSummary() })),
  openOptions: vi.fn(),
  copy: vi.fn(async () => true),
  ...overrides,
});

describe('popup', () => {
  it('shows clicks and recent codes', async () => {
    render(<App lang="zh" configured actions={actions()} />);
    expect((await screen.findByTestId('clicks-today')).textContent).toBe('3');
    expect(screen.getByTestId('clicks-7').textContent).toBe('12');
    expect(screen.getByTestId('clicks-30').textContent).toBe('40');
    expect(screen.getByTestId('code-count').textContent).toBe('2');
    expect(screen.getByTestId('clicks-Kx7mP3qa').textContent).toBe('9 次点击');
    expect(screen.getByText('Apple AirPods Pro')).toBeTruthy();
  });

  it('has a clear empty state', async () => {
    const empty = makeSummary({ clicks: { today: 0, last7Days: 0, last30Days: 0 }, codeCount: 0, recentCodes: [] });
    render(<App lang="en" configured actions={actions({ getSummary: async () => ({ ok: true, data: empty }) })} />);
    expect((await screen.findByTestId('no-codes')).textContent).toMatch(/No share codes yet/);
  });

  it('says how to get started when not configured, without calling the Worker', () => {
    const a = actions();
    render(<App lang="en" configured={false} actions={a} />);
    expect(screen.getByRole('status').textContent).toContain('Set the Worker URL');
    fireEvent.click(screen.getAllByRole('button', { name: 'Open settings' })[1]!);
    expect(a.openOptions).toHaveBeenCalled();
    expect(a.getSummary).not.toHaveBeenCalled();
  });

  it('shows an error with a retry that works', async () => {
    const getSummary = vi
      .fn<PopupActions['getSummary']>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'NETWORK', message: 'fetch failed' } })
      .mockResolvedValueOnce({ ok: true, data: makeSummary() });
    render(<App lang="en" configured actions={actions({ getSummary })} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Cannot reach the Worker');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect((await screen.findByTestId('clicks-today')).textContent).toBe('3');
  });
});
