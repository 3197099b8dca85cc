/** Every UI string in both languages; `satisfies` keeps the two tables in step. */
const zh = {
  appName: '带货 Daihuo',
  createCode: '生成分享码',
  creating: '生成中…',
  shortLink: '短链接',
  shareText: '分享文案',
  copy: '复制',
  copied: '已复制',
  close: '关闭',
  price: '价格',
  notConfigured: '还没有设置 Worker 地址和 API Key。',
  openOptions: '打开设置',
  clicksToday: '今日点击',
  clicks7: '7 天点击',
  clicks30: '30 天点击',
  codeCount: '分享码',
  recentCodes: '最近的分享码',
  noCodes: '还没有分享码。打开淘宝、天猫或京东的商品页，点「生成分享码」。',
  clicksN: '{n} 次点击',
  clicksOne: '1 次点击',
  loading: '加载中…',
  retry: '重试',
  optionsTitle: 'Daihuo 设置',
  workerUrl: 'Worker 地址',
  workerUrlHint: '例如 http://127.0.0.1:8787 或你的 https://…workers.dev',
  apiKey: 'API Key',
  apiKeyHint: '管理员为你创建账号时给出的 dh_ 开头的密钥',
  language: '界面语言',
  languageAuto: '跟随浏览器',
  save: '保存并测试连接',
  saving: '正在连接…',
  savedAs: '已连接：{name}',
  invalidUrl: '请输入以 http:// 或 https:// 开头的地址。',
  missingKey: '请输入 API Key。',
  errorNetwork: '连不上 Worker，请检查地址和网络。',
  errorUnauthorized: 'API Key 无效，请在设置里检查。',
  errorUnsupported: '这不是支持的商品页。',
  errorGeneric: '出错了：{message}',
} as const;

type Key = keyof typeof zh;

const en = {
  appName: 'Daihuo',
  createCode: 'Create share code',
  creating: 'Creating…',
  shortLink: 'Short link',
  shareText: 'Share text',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  price: 'Price',
  notConfigured: 'Set the Worker URL and your API key first.',
  openOptions: 'Open settings',
  clicksToday: 'Clicks today',
  clicks7: 'Clicks, 7 days',
  clicks30: 'Clicks, 30 days',
  codeCount: 'Share codes',
  recentCodes: 'Recent share codes',
  noCodes: 'No share codes yet. Open a Taobao, Tmall or JD product page and press “Create share code”.',
  clicksN: '{n} clicks',
  clicksOne: '1 click',
  loading: 'Loading…',
  retry: 'Retry',
  optionsTitle: 'Daihuo settings',
  workerUrl: 'Worker URL',
  workerUrlHint: 'e.g. http://127.0.0.1:8787 or your https://…workers.dev',
  apiKey: 'API key',
  apiKeyHint: 'The dh_… key your admin gave you',
  language: 'Language',
  languageAuto: 'Same as browser',
  save: 'Save and test connection',
  saving: 'Connecting…',
  savedAs: 'Connected as {name}',
  invalidUrl: 'Enter an address starting with http:// or https://.',
  missingKey: 'Enter your API key.',
  errorNetwork: 'Cannot reach the Worker. Check the URL and your network.',
  errorUnauthorized: 'The API key is not valid. Check it in settings.',
  errorUnsupported: 'This is not a supported product page.',
  errorGeneric: 'Something went wrong: {message}',
} as const satisfies Record<Key, string>;

export type Lang = 'zh' | 'en';
export type MessageKey = Key;
const tables: Record<Lang, Record<Key, string>> = { zh, en };

/** The string for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** `auto` follows the browser: Chinese for any zh-* locale, English otherwise. */
export function resolveLang(setting: Lang | 'auto', browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
