import { describe, expect, it } from 'vitest';
import type { ClickMessage } from '../../../../shared/schemas';
import { bufferClick } from '../../../../worker/services/clicks/click-buffer';

const click = (i: number) => ({ id: `clk_${String(i).padStart(22, '0')}` }) as ClickMessage;

describe('bufferClick', () => {
  it('coalesces clicks of one window into sends of at most 100, and settles every caller', async () => {
    const sends: number[] = [];
    const send = async (batch: ClickMessage[]) => void sends.push(batch.length);
    const waits = Array.from({ length: 250 }, (_, i) => bufferClick(click(i), send));
    await Promise.all(waits);
    expect(sends).toEqual([100, 100, 50]);
    await bufferClick(click(999), send);
    expect(sends).toEqual([100, 100, 50, 1]);
  });
});
