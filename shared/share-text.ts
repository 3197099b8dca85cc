import type { PlatformId } from './platforms';
import { formatFen } from './money';

const HEADERS: Record<PlatformId, string> = { taobao: '【淘宝】', tmall: '【天猫】', jd: '【京东】' };
const OPEN_HINTS: Record<PlatformId, string> = {
  taobao: '打开淘宝APP即可查看',
  tmall: '打开淘宝APP即可查看',
  jd: '点击链接直接打开',
};

/** Our own password (口令): the share code in the ￥…￥ wrapping affiliates' friends recognise. */
export function formatPassword(code: string): string {
  return `￥${code}￥`;
}

export interface ShareTextInput {
  platform: PlatformId;
  title: string | null;
  priceFen: number | null;
  shortUrl: string;
  password: string;
}

/**
 * Ready-to-paste share text in the layout people know from the shop apps (networks.md §1.13, §2.8):
 * `【淘宝】{title} ¥{price}` then the link, then `复制 ￥{code}￥ …`.
 */
export function buildShareText({ platform, title, priceFen, shortUrl, password }: ShareTextInput): string {
  const price = priceFen === null ? '' : ` ¥${formatFen(priceFen)}`;
  const head = `${HEADERS[platform]}${title ?? ''}${price}`.trim();
  return [head, shortUrl, `复制 ${password} ${OPEN_HINTS[platform]}`].join('\n');
}
