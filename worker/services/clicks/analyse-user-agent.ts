import { createIsbotFromList, list } from 'isbot';
import type { InAppBrowser } from '../../../shared/platforms/types';
import UAParser from 'ua-parser-js';

export const CLICK_KINDS = ['human', 'bot', 'preview'] as const;
export type ClickKind = (typeof CLICK_KINDS)[number];

export interface UserAgentFacts {
  kind: ClickKind;
  /** `mobile`, `tablet`, `desktop`, or null when unknown. */
  device: string | null;
  os: string | null;
  browser: string | null;
  /** The in-app browser (WeChat, QQ, Weibo, DingTalk, Alipay, Taobao, JD, Feishu…), or null. */
  app: InAppBrowser | null;
}

// Link-preview fetchers: they fetch a shared link to draw a card, not because a person clicked.
// isbot knows the Western ones as bots; we keep them apart as "preview" so admins see all three counts.
// The Chinese apps' fetchers are not in any maintained list and their user agents are not documented;
// these patterns are the ones seen in public logs and are deliberately narrow (an app's own in-app
// browser must stay human).
const PREVIEW_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/WhatsApp\//, 'WhatsApp'],
  [/TelegramBot/, 'Telegram'],
  [/Slackbot-LinkExpanding|Slack-ImgProxy|Slackbot/, 'Slack'],
  [/Discordbot/, 'Discord'],
  [/facebookexternalhit|Facebot|meta-externalagent/, 'Facebook'],
  [/Twitterbot/, 'X'],
  [/LinkedInBot/, 'LinkedIn'],
  [/SkypeUriPreview/, 'Skype'],
  [/redditbot/, 'Reddit'],
  [/Iframely|Embedly/, 'Embed'],
  [/WeChat[- ]?(?:Bot|Spider|LinkPreview)|MicroMessenger.*(?:Spider|Crawler)|mmbizwxspider/i, 'WeChat'],
  [/QQ-URL-Manager|QQ[- ]?(?:Bot|Spider|LinkPreview)|\bMQQBrowser\/[\d.]+.*(?:Spider|Crawler)/i, 'QQ'],
  [/DingTalk[- ]?(?:Bot|Preview|Spider)/i, 'DingTalk'],
  [/(?:Feishu|Lark)[- ]?(?:Bot|Preview|Spider|LinkPreview)/i, 'Feishu'],
  [/Weibo[- ]?(?:Bot|Spider|Preview)/i, 'Weibo'],
];

// isbot treats any `|` as a bot sign, but Alipay's in-app browser writes `ws:390|780|3.0` in its user
// agent: without this exclusion every Alipay visitor would be dropped as a bot.
const isbot = createIsbotFromList(list.filter((pattern) => pattern !== '\\|'));

// Crawlers isbot may miss: Chinese search and AI crawlers.
const EXTRA_BOTS = /Bytespider|Baiduspider|Sogou (?:web|inst) spider|360Spider|HaosouSpider|YisouSpider|PetalBot|Yahoo! Slurp China|Quark-?Bot|AliyunSecBot/i;

// In-app browsers, most specific first (DingTalk and Feishu run on top of other engines).
const APPS: ReadonlyArray<[RegExp, InAppBrowser]> = [
  [/DingTalk/i, 'DingTalk'],
  [/Lark\/|Feishu/i, 'Feishu'],
  [/MicroMessenger\/[\d.]+.*wxwork|wxwork/i, 'WeCom'],
  [/MicroMessenger|WindowsWechat|MacWechat/i, 'WeChat'],
  [/\bQQ\/[\d.]+|\bV1_AND_SQ_|\bQQ\/\d/i, 'QQ'],
  [/Weibo|__weibo__/i, 'Weibo'],
  [/AlipayClient|AliApp\(AP/i, 'Alipay'],
  [/AliApp\(TB|TBIOS|\bTaobao\/|TTID\/[^;\s]*taobao/i, 'Taobao'],
  [/jdapp|JDMobile/i, 'JD'],
  [/aweme|BytedanceWebview|ByteLocale/i, 'Douyin'],
  [/Kwai|ksNebula/i, 'Kuaishou'],
  [/XiaoHongShu|discover\/\d/i, 'Xiaohongshu'],
];

// What only a crawler writes. isbot's generic rules (e.g. `tools`, an e-mail address) misfire on the
// Chinese apps' own in-app browsers — WeChat's web-view process is `Process/toolsmp`, the Taobao app
// carries `TTID/…@taobao_android_…` — so a recognised in-app browser is a person unless one of these is there.
const CRAWLER_TOKEN = /spider|crawl|bot\b|bot\/|headless|python|curl\/|wget|java\/|go-http|okhttp\/[\d.]+$/i;

// Real traffic repeats a few thousand user agents; parsing one is the costliest step of a redirect.
const cache = new Map<string, UserAgentFacts>();
const CACHE_LIMIT = 5000;

/** Everything the redirect learns from one user agent: bot, preview or human, and on what. */
export function analyseUserAgent(userAgent: string | undefined): UserAgentFacts {
  const key = userAgent ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const facts = analyse(key);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, facts);
  return facts;
}

function analyse(userAgent: string): UserAgentFacts {
  const ua = userAgent?.slice(0, 1024) ?? '';
  const preview = PREVIEW_PATTERNS.find(([re]) => re.test(ua));
  const parsed = new UAParser(ua).getResult();
  const app = APPS.find(([re]) => re.test(ua))?.[1] ?? null;
  const deviceType = parsed.device.type;
  const device = deviceType === 'mobile' || deviceType === 'tablet' ? deviceType : parsed.os.name ? 'desktop' : null;
  const looksLikeBot = !ua || EXTRA_BOTS.test(ua) || (app ? CRAWLER_TOKEN.test(ua) : isbot(ua));
  const kind: ClickKind = preview ? 'preview' : looksLikeBot ? 'bot' : 'human';
  return {
    kind,
    device: kind === 'human' ? device : null,
    os: parsed.os.name ?? null,
    browser: preview?.[1] ?? parsed.browser.name ?? null,
    app: kind === 'human' ? app : null,
  };
}
