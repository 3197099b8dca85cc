import { describe, expect, it } from 'vitest';
import { generateShareCode, SHARE_CODE_ALPHABET, SHARE_CODE_PATTERN } from '../../shared/share-code';

describe('generateShareCode', () => {
  it('uses only unambiguous characters', () => {
    for (const ch of '0Oo1Il') expect(SHARE_CODE_ALPHABET).not.toContain(ch);
    expect(new Set(SHARE_CODE_ALPHABET).size).toBe(SHARE_CODE_ALPHABET.length);
  });

  it('makes 8-character codes that match the pattern and do not repeat', () => {
    const codes = Array.from({ length: 5000 }, generateShareCode);
    for (const code of codes) expect(code).toMatch(SHARE_CODE_PATTERN);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('draws every symbol roughly evenly (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) for (const ch of generateShareCode()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const expected = (4000 * 8) / SHARE_CODE_ALPHABET.length; // ≈ 615
    expect(counts.size).toBe(SHARE_CODE_ALPHABET.length);
    for (const n of counts.values()) expect(Math.abs(n - expected)).toBeLessThan(expected * 0.25);
  });
});
