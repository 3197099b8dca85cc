import { describe, expect, it, vi } from 'vitest';
import { mintFromLink } from '../../../extension/features/context-menu';
import { makeShareCode } from '../factories';

describe('mintFromLink', () => {
  it('resolves the link, then mints for the product it names', async () => {
    const client = {
      resolve: vi.fn(async () => ({
        ok: true as const,
        data: { platform: 'jd' as const, productId: '100012043978', url: 'https://item.jd.com/100012043978.html', source: 'short-link' as const },
      })),
      createCode: vi.fn(async () => ({ ok: true as const, data: makeShareCode() })),
    };
    expect(await mintFromLink(client, 'https://u.jd.com/AbCdEfG')).toEqual({ ok: true, data: makeShareCode() });
    expect(client.resolve).toHaveBeenCalledWith('https://u.jd.com/AbCdEfG');
    expect(client.createCode).toHaveBeenCalledWith({ url: 'https://item.jd.com/100012043978.html' });
  });

  it('stops at a link it cannot resolve and mints nothing', async () => {
    const client = {
      resolve: vi.fn(async () => ({ ok: false as const, error: { code: 'SHORT_LINK_UNRESOLVED' as const, message: 'loop' } })),
      createCode: vi.fn(),
    };
    expect(await mintFromLink(client, 'https://u.jd.com/LoopLoo')).toEqual({ ok: false, error: { code: 'SHORT_LINK_UNRESOLVED', message: 'loop' } });
    expect(client.createCode).not.toHaveBeenCalled();
  });
});
