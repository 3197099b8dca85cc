import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/schemas';
import { errorMessage } from '../../../extension/components/error-message';

describe('error messages', () => {
  it('gives a Chinese reader every Worker code in Chinese, never the English server text or the raw code', () => {
    for (const code of [...ERROR_CODES, 'NETWORK', 'BAD_RESPONSE', 'NOT_CONFIGURED'] as const) {
      const text = errorMessage('zh', { code, message: 'Too many requests for this key' });
      expect(text, code).toMatch(/\p{Script=Han}/u);
      expect(text, code).not.toMatch(/[A-Za-z]{4,}/); // "App" is Chinese usage;
    }
  });

  it('passes on the network’s own Chinese words when it refuses, and the server’s words in English', () => {
    expect(errorMessage('zh', { code: 'NETWORK_REJECTED', message: '该商品不在推广中' })).toBe('联盟说：该商品不在推广中');
    expect(errorMessage('en', { code: 'RATE_LIMITED', message: 'at most 30 codes a minute' })).toContain('at most 30 codes a minute');
  });
});
