import { describe, expect, it } from 'vitest';
import { pageLang } from '../../../worker/pages/page-lang';

describe('pageLang', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['zh-CN,zh;q=0.9', 'zh'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['en-GB', 'en'],
    ['zh-CN;q=0.5,en-US;q=0.8', 'en'], // by q, not by order
    ['en;q=0,zh-CN', 'zh'], // q=0 means "not this"
    ['fr-FR,en;q=0.8', 'zh'], // English is not first
    ['*', 'zh'],
    [';;,,q=x', 'zh'],
  ])('%j → %s', (header, lang) => {
    expect(pageLang(header)).toBe(lang);
  });
});
