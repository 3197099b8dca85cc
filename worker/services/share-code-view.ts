import { networkOfPlatform } from '../../shared/schemas/orders';
import type { ShareCode } from '../../shared/schemas';
import { dealPrice } from '../../shared/deal-price';
import { defaultShareText, formatPassword } from '../../shared/share-template';
import type { PlatformId } from '../../shared/platforms';
import type { ProductOffer } from '../networks/types';
import { offerView } from './offers/offer-view';

export interface StoredCode {
  code: string;
  channel: string;
  platform: PlatformId;
  externalId: string;
  url: string;
  title: string | null;
  priceFen: number | null;
  tracking: 'network' | 'none';
  networkPassword: string | null;
  carries: 'sub_id' | 'click_time' | null;
  offer: ProductOffer | null;
  mintError: string | null;
  trackedUrl?: string | null;
  linkMintedAt?: number | null;
  linkExpiresAt?: number | null;
  linkStatus?: 'live' | 'renewed' | 'offline' | 'untracked';
  linkReason?: string | null;
  linkRenewedAt?: number | null;
}

export interface ViewContext {
  baseUrl: string;
  /** The affiliate's tier rate, for what they keep per sale. */
  rateBp: number;
  /** The network's name in Chinese, for the note when nothing tracks the link. */
  networkName: string;
  simulated: boolean;
  /** Whether the affiliate is bound at the network (Taobao 渠道备案, PDD 备案); null where no binding exists (JD). */
  bound: boolean | null;
}

/** The public short link of a code on this deployment. */
export function shortUrlFor(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/s/${code}`;
}

function trackingReason(row: StoredCode, context: ViewContext): ShareCode['trackingReason'] {
  if (row.tracking === 'network') return row.carries === 'click_time' ? 'click-time-only' : context.bound === false ? 'needs-binding' : null;
  return row.mintError ? 'network-refused' : 'not-connected';
}

function trackingNote(row: StoredCode, context: ViewContext): string | null {
  if (row.tracking === 'network') {
    if (row.carries === 'click_time') return `${context.networkName}账号没有子渠道权限：这个链接的订单只能按点击时间认领。`;
    return context.bound === false ? `你还没有在${context.networkName}完成绑定：这个链接的订单可能算不到你名下。在插件的“团队”页一键绑定。` : null;
  }
  if (row.mintError) return `${context.networkName}没有为这个商品生成推广链接：${row.mintError}。这个链接暂时不能赚佣金。`;
  return `运营方还没有接入${context.networkName}：这个链接暂时不能赚佣金。`;
}

/** The API shape of a stored code: short link, the network's password, share text, and the money before sharing. */
export function toShareCodeView(row: StoredCode, context: ViewContext): ShareCode {
  const shortUrl = shortUrlFor(context.baseUrl, row.code);
  const offer = row.offer;
  const deal = dealPrice(row.priceFen, offer);
  return {
    code: row.code,
    shortUrl,
    password: formatPassword(row.code),
    shareText: defaultShareText({
      platform: row.platform,
      title: row.title ?? offer?.title ?? null,
      deal,
      shortUrl,
      password: row.networkPassword,
    }),
    channel: row.channel,
    product: { platform: row.platform, productId: row.externalId, url: row.url },
    title: row.title ?? offer?.title ?? null,
    priceFen: row.priceFen ?? offer?.priceFen ?? null,
    tracking: row.tracking,
    networkPassword: row.networkPassword,
    trackingNote: trackingNote(row, context),
    trackingReason: trackingReason(row, context),
    trackingDetail: row.tracking === 'network' ? null : row.mintError,
    network: networkOfPlatform(row.platform),
    offer: offer && offerView(offer, row.priceFen, context.rateBp),
    simulated: row.tracking === 'network' && context.simulated,
    link: {
      tracking: row.tracking,
      url: row.trackedUrl ?? null,
      password: row.networkPassword,
      mintedAt: row.linkMintedAt ?? null,
      expiresAt: row.linkExpiresAt ?? null,
      status: row.linkStatus ?? (row.tracking === 'network' ? 'live' : 'untracked'),
      reason: row.linkReason ?? null,
      renewedAt: row.linkRenewedAt ?? null,
    },
  };
}
