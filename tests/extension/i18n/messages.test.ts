import { describe, expect, it } from 'vitest';
import { resolveLang, t } from '../../../extension/i18n/messages';

describe('i18n', () => {
  it('follows the browser when set to auto', () => {
    expect(resolveLang('auto', 'zh-CN')).toBe('zh');
    expect(resolveLang('auto', 'zh-TW')).toBe('zh');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('en', 'zh-CN')).toBe('en');
  });

  it('fills placeholders', () => {
    expect(t('zh', 'clicksN', { n: 5 })).toBe('5 次点击');
    expect(t('en', 'savedAs', { name: 'Ann' })).toBe('Connected as Ann');
  });
});
