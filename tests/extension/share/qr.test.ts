import { describe, expect, it } from 'vitest';
import { qrMatrix, qrPath } from '../../../extension/share/qr';

describe('qrMatrix', () => {
  it('is square with a quiet zone and the three finder patterns', () => {
    const { size, data } = qrMatrix('http://127.0.0.1:8787/s/Kx7mP3qa');
    expect(data).toHaveLength(size);
    for (const row of data) expect(row).toHaveLength(size);
    expect(data[0]!.every((dark) => !dark)).toBe(true); // border
    // A finder's corner module sits just inside the 2-module border at three corners.
    expect([data[2]![2], data[2]![size - 3], data[size - 3]![2]]).toEqual([true, true, true]);
    expect(data[size - 3]![size - 3]).toBe(false);
  });

  it('grows with the text and draws one square per dark module', () => {
    const small = qrMatrix('http://a.b/s/Kx7mP3qa');
    const large = qrMatrix(`http://a.b/s/${'K'.repeat(200)}`);
    expect(large.size).toBeGreaterThan(small.size);
    const dark = small.data.flat().filter(Boolean).length;
    expect(qrPath(small).match(/M/g)).toHaveLength(dark);
  });
});
