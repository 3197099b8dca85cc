import { browser } from 'wxt/browser';
import type {
  Balance,
  Bindings,
  ConvertResponse,
  OfflineCode,
  CreateCodeRequest,
  Earnings,
  EarningsRange,
  Invite,
  OfferAnswer,
  Payout,
  PayoutAccount,
  PayoutAccountInput,
  ResolveResponse,
  ShareCode,
  Statement,
  Summary,
  TeamMember,
  TierStatus,
} from '@@/shared/schemas';
import type { ApiResult } from '../api/result';

/** Every message the content script and popup send to the background, with its answer. */
export interface ProtocolMap {
  createCode: { request: CreateCodeRequest; response: ApiResult<ShareCode> };
  /** What the product pays, before a code exists (the panel shows it first). */
  getOffer: { request: { url: string; priceFen: number | null }; response: ApiResult<OfferAnswer> };
  getSummary: { request: null; response: ApiResult<Summary> };
  getEarnings: { request: { range: EarningsRange; ordersLimit?: number }; response: ApiResult<Earnings> };
  openOptions: { request: null; response: null };
  /** From the content script on a product page: inject the panel's script into it. */
  loadPanel: { request: null; response: null };
  getWallet: { request: null; response: ApiResult<{ balance: Balance; payouts: Payout[] }> };
  requestPayout: { request: { amountFen: number }; response: ApiResult<Payout> };
  getPayoutAccount: { request: null; response: ApiResult<{ account: PayoutAccount | null }> };
  savePayoutAccount: { request: PayoutAccountInput; response: ApiResult<{ account: PayoutAccount | null }> };
  getStatement: { request: { month: string }; response: ApiResult<Statement> };
  getTeam: { request: null; response: ApiResult<{ invites: Invite[]; members: TeamMember[] }> };
  createInvite: { request: null; response: ApiResult<Invite> };
  getTier: { request: null; response: ApiResult<TierStatus> };
  getBindings: { request: null; response: ApiResult<Bindings> };
  getOfflineCodes: { request: null; response: ApiResult<{ codes: OfflineCode[] }> };
  convert: { request: { text: string; prefer: 'link' | 'password' }; response: ApiResult<ConvertResponse> };
  /** Starts Taobao 渠道备案 and opens Taobao's authorise page in a new tab. */
  bindTaobao: { request: null; response: ApiResult<{ authorizeUrl: string }> };
  resolve: { request: { text: string }; response: ApiResult<ResolveResponse> };
  /** A product image as a data: URL, so a canvas drawing it stays exportable; null when unavailable. */
  fetchImage: { request: { url: string }; response: string | null };
}
export type MessageType = keyof ProtocolMap;
export const MESSAGE_TYPES = [
  'createCode',
  'getOffer',
  'getSummary',
  'getEarnings',
  'openOptions',
  'loadPanel',
  'resolve',
  'fetchImage',
  'getWallet',
  'requestPayout',
  'getPayoutAccount',
  'savePayoutAccount',
  'getStatement',
  'getTeam',
  'createInvite',
  'getTier',
  'getBindings',
  'getOfflineCodes',
  'convert',
  'bindTaobao',
] as const satisfies readonly MessageType[];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: ProtocolMap[K]['request'];
}

export function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (MESSAGE_TYPES as readonly unknown[]).includes((message as Envelope).type);
}

/** Typed `runtime.sendMessage` to the background. */
export function sendMessage<K extends MessageType>(type: K, payload: ProtocolMap[K]['request']): Promise<ProtocolMap[K]['response']> {
  return browser.runtime.sendMessage({ type, payload } satisfies Envelope<K>) as Promise<ProtocolMap[K]['response']>;
}
