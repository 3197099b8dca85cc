import { describe, expect, it } from 'vitest';
import { analyseUserAgent } from '../../../../worker/services/clicks/analyse-user-agent';

// Real user-agent strings as apps and fetchers send them.
const HUMANS: Array<[string, string, Partial<ReturnType<typeof analyseUserAgent>>]> = [
  [
    'WeChat on iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
    { app: 'WeChat', device: 'mobile', os: 'iOS' },
  ],
  [
    'WeChat on Android',
    'Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
    { app: 'WeChat', device: 'mobile', os: 'Android' },
  ],
  [
    'WeCom',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 wxwork/4.1.16 MicroMessenger/7.0.1 Language/zh ColorScheme/Light',
    { app: 'WeCom' },
  ],
  [
    'QQ on Android',
    'Mozilla/5.0 (Linux; Android 12; PEHM00 Build/SKQ1.210216.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/98.0.4758.102 MQQBrowser/6.2 TBS/046715 Mobile Safari/537.36 V1_AND_SQ_8.9.83_4680_YYB_D QQ/8.9.83.12605 NetType/WIFI WebP/0.3.0 AppId/537182771',
    { app: 'QQ', device: 'mobile' },
  ],
  [
    'Weibo',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Weibo (iPhone15,2__weibo__13.11.1__iphone__os17.1)',
    { app: 'Weibo' },
  ],
  [
    'DingTalk',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(DingTalk/7.0.45) com.laiwang.DingTalk/30291855 Channel/201200 language/zh-Hans-CN UT4Aplus/0.0.6 WK',
    { app: 'DingTalk' },
  ],
  [
    'Alipay',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Ariver/1.1.0 AliApp(AP/10.3.86.6000) Nebula WK RVKType(0) AlipayDefined(nt:WIFI,ws:390|780|3.0) AlipayClient/10.3.86.6000 Language/zh-Hans Region/CN',
    { app: 'Alipay' },
  ],
  [
    'Taobao app',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(TB/10.30.10) WindVane/8.7.2 UT4Aplus/0.2.29 1170x2532 WK',
    { app: 'Taobao' },
  ],
  [
    'JD app',
    'jdapp;iPhone;12.3.4;;;M/5.0;appBuild/169112;jdSupportDarkMode/0;Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148;supportJDSHWK/1',
    { app: 'JD' },
  ],
  [
    'Feishu',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36 Lark/7.4.9 LarkLocale/zh_CN ChannelName/Feishu',
    { app: 'Feishu', device: 'desktop' },
  ],
  // isbot's generic rules misfire on these: WeChat's web-view process and the Taobao app's TTID.
  [
    'WeChat web-view process (toolsmp)',
    'Mozilla/5.0 (Linux; Android 12; SM-G9910 Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5043 MMWEBSDK/20230405 MMWEBID/6151 MicroMessenger/8.0.35.2360(0x2800235D) WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64 Process/toolsmp',
    { app: 'WeChat', device: 'mobile' },
  ],
  [
    'WeChat on Windows',
    'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x6309092b) XWEB/8555 Flue',
    { app: 'WeChat', device: 'desktop' },
  ],
  [
    'WeChat on Mac',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) MicroMessenger/6.8.0(0x16080000) MacWechat/3.8.6(0x13080610) XWEB/1156 Flue NetType/WIFI',
    { app: 'WeChat', device: 'desktop' },
  ],
  [
    'Taobao app on Android (TTID)',
    'Mozilla/5.0 (Linux; U; Android 13; zh-CN; 22081212C Build/TKQ1.220829.002) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UWS/3.22.2.62 Mobile Safari/537.36 AliApp(TB/10.31.10) UCBS/2.11.1.1 TTID/227200@taobao_android_10.31.10 WindVane/8.5.0 1080X2400',
    { app: 'Taobao', device: 'mobile' },
  ],
  [
    'Douyin',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 aweme_28.7.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/zh Region/CN AppTheme/light RevealType/Dialog WKWebView/1 BytedanceWebview/d8a21c6',
    { app: 'Douyin' },
  ],
  [
    'Kuaishou',
    'Mozilla/5.0 (Linux; Android 12; PGJM10 Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/97.0.4692.98 Mobile Safari/537.36 Kwai/11.8.30.33526 ISLP/0 StatusHT/29 KDT/PHONE iosGCR/0 TitleHT/44 NetType/WIFI ISDM/0 ICFO/0 locale/zh-Hans CT/0 Yoda/3.1.6',
    { app: 'Kuaishou' },
  ],
  [
    'Xiaohongshu',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 discover/8.16.1 (iPhone; iOS 17.0; Scale/3.00) Resolution/1170*2532 Version/8.16.1 Build/8161103 Device/(Apple Inc.;iPhone15,2) NetType/WiFi',
    { app: 'Xiaohongshu' },
  ],
  [
    'QQ on iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 QQ/9.0.1.607 V1_IPH_SQ_9.0.1_1_APP_A Pixel/1170 MiniAppEnable SimpleUISwitch/0 StudyMode/0 CurrentMode/0 CurrentFontScale/1.000000 QQTheme/1000 AppId/537200148 Core/WKWebView Device/Apple(iPhone 14 Pro) NetType/WIFI QBWebViewType/1 WKType/1',
    { app: 'QQ' },
  ],
  [
    'desktop Chrome',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    { app: null, device: 'desktop', os: 'Windows', browser: 'Chrome' },
  ],
  [
    'iPad Safari',
    'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    { device: 'tablet' },
  ],
];

const NOT_HUMANS: Array<[string, string, 'bot' | 'preview']> = [
  ['Googlebot', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'bot'],
  ['Baiduspider', 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)', 'bot'],
  [
    'Bytespider',
    'Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)',
    'bot',
  ],
  ['Sogou', 'Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)', 'bot'],
  ['360Spider', 'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/50.0.2661.102 Safari/537.36; 360Spider', 'bot'],
  ['curl', 'curl/8.5.0', 'bot'],
  ['no user agent', '', 'bot'],
  ['Telegram preview', 'TelegramBot (like TwitterBot)', 'preview'],
  ['Slack preview', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'preview'],
  ['Discord preview', 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)', 'preview'],
  ['Facebook preview', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', 'preview'],
  ['X preview', 'Twitterbot/1.0', 'preview'],
  ['WhatsApp preview', 'WhatsApp/2.23.20.0 A', 'preview'],
  ['LinkedIn preview', 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)', 'preview'],
  ['WeChat crawler', 'Mozilla/5.0 (compatible; mmbizwxspider)', 'preview'],
  ['QQ link manager', 'QQ-URL-Manager', 'preview'],
  // A specific crawler token still wins over an in-app browser's name.
  ['a crawler pretending to be WeChat', 'Mozilla/5.0 (compatible; Baiduspider/2.0) MicroMessenger/8.0.47', 'bot'],
  ['a scripted client claiming Taobao', 'python-requests/2.31 AliApp(TB/10.31.10)', 'bot'],
];

describe('analyseUserAgent', () => {
  it.each(HUMANS)('%s is a human click', (_, ua, expected) => {
    const facts = analyseUserAgent(ua);
    expect(facts.kind).toBe('human');
    expect(facts).toMatchObject(expected);
  });

  it.each(NOT_HUMANS)('%s is a %s', (_, ua, kind) => {
    const facts = analyseUserAgent(ua);
    expect(facts.kind).toBe(kind);
    expect(facts.app).toBeNull();
  });

  it('copes with an absurdly long user agent', () => {
    expect(analyseUserAgent(`Mozilla/5.0 ${'x'.repeat(100_000)}`).kind).toMatch(/human|bot/);
  });
});
