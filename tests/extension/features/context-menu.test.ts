import { describe, expect, it, vi } from 'vitest';
import { mintFromLink, selectionOf } from '../../../extension/features/context-menu';
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

describe('selectionOf', () => {
  const lines = '京东好价 蓝牙耳机\nhttps://item.jd.com/100012043978.html\n速度上车';

  it('takes the page’s own selection, line breaks and all, over Chrome’s folded copy', async () => {
    expect(await selectionOf(lines.replaceAll('\n', ' '), async () => lines)).toBe(lines);
  });

  it('falls back to Chrome’s copy where the page cannot be read or has nothing selected', async () => {
    const folded = lines.replaceAll('\n', ' ');
    expect(
      await selectionOf(folded, async () => {
        throw new Error('Cannot access contents of the page');
      }),
    ).toBe(folded);
    expect(await selectionOf(folded, async () => '  ')).toBe(folded);
    expect(await selectionOf(undefined, async () => undefined)).toBe('');
  });
});
