import { isbot } from 'isbot';
import type { UserAgentClass } from '../db/schema';

// In-app browsers matter more than OS here: WeChat and QQ decide whether a Taobao link even opens.
const WECHAT = /MicroMessenger/i;
const QQ = /\bQQ\/[\d.]+|MQQBrowser/i;
const MOBILE = /Mobi|Android|iPhone|iPad|iPod|HarmonyOS/i;

/**
 * A coarse class for one click's user agent. Bots (crawlers and link-preview fetchers, detected by isbot)
 * are kept but not counted as clicks.
 */
export function classifyUserAgent(userAgent: string | undefined): UserAgentClass {
  if (!userAgent) return 'unknown';
  if (isbot(userAgent)) return 'bot';
  if (WECHAT.test(userAgent)) return 'wechat';
  if (QQ.test(userAgent)) return 'qq';
  return MOBILE.test(userAgent) ? 'mobile' : 'desktop';
}
