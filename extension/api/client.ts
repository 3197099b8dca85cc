import { z, type ZodType } from 'zod';
import {
  balanceSchema,
  bindingsSchema,
  convertResponseSchema,
  type ConvertResponse,
  offlineCodeSchema,
  type OfflineCode,
  taobaoBindingStartSchema,
  type Bindings,
  inviteSchema,
  tierStatusSchema,
  type TierStatus,
  teamMemberSchema,
  type Invite,
  type TeamMember,
  payoutListSchema,
  payoutSchema,
  statementSchema,
  type Balance,
  type Payout,
  type Statement,
  earningsSchema,
  errorEnvelopeSchema,
  resolveResponseSchema,
  shareCodeSchema,
  summarySchema,
  offerAnswerSchema,
  type OfferAnswer,
  payoutAccountSchema,
  type PayoutAccount,
  type PayoutAccountInput,
  type CreateCodeRequest,
  type Earnings,
  type EarningsRange,
  type ResolveResponse,
  type ShareCode,
  type Summary,
} from '@@/shared/schemas';
import type { Settings } from '../storage/items';
import { fail, type ApiResult } from './result';

type Fetch = typeof fetch;

/** Calls the Worker and parses every answer with the shared schemas; never throws. */
export function createApiClient(settings: Settings, fetchImpl: Fetch = fetch) {
  async function request<T>(path: string, schema: ZodType<T>, init: RequestInit = {}): Promise<ApiResult<T>> {
    if (!settings.workerUrl || !settings.apiKey) return fail('NOT_CONFIGURED', 'Worker URL or API key not set');
    let res: Response;
    try {
      res = await fetchImpl(`${settings.workerUrl.replace(/\/+$/, '')}${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${settings.apiKey}`, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
      });
    } catch (err) {
      return fail('NETWORK', err instanceof Error ? err.message : String(err));
    }
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) {
      const envelope = errorEnvelopeSchema.safeParse(body);
      return envelope.success ? { ok: false, error: envelope.data.error } : fail('BAD_RESPONSE', `HTTP ${res.status}`);
    }
    const parsed = schema.safeParse(body);
    return parsed.success ? { ok: true, data: parsed.data } : fail('BAD_RESPONSE', 'Unexpected answer from the Worker');
  }

  return {
    createCode: (req: CreateCodeRequest): Promise<ApiResult<ShareCode>> =>
      request('/api/codes', shareCodeSchema, { method: 'POST', body: JSON.stringify(req) }),
    getOffer: (url: string, priceFen: number | null): Promise<ApiResult<OfferAnswer>> =>
      request(`/api/offer?${new URLSearchParams({ url, ...(priceFen === null ? {} : { priceFen: String(priceFen) }) })}`, offerAnswerSchema),
    getSummary: (): Promise<ApiResult<Summary>> => request('/api/me/summary', summarySchema),
    getEarnings: (range: EarningsRange, ordersLimit = 20): Promise<ApiResult<Earnings>> =>
      request(`/api/me/earnings?range=${range}&ordersLimit=${ordersLimit}`, earningsSchema),
    getBalance: (): Promise<ApiResult<Balance>> => request('/api/me/balance', balanceSchema),
    getPayouts: (): Promise<ApiResult<{ payouts: Payout[]; total: number }>> => request('/api/me/payouts?limit=10', payoutListSchema),
    getPayoutAccount: (): Promise<ApiResult<{ account: PayoutAccount | null }>> =>
      request('/api/me/payout-account', z.object({ account: payoutAccountSchema.nullable() })),
    savePayoutAccount: (input: PayoutAccountInput): Promise<ApiResult<{ account: PayoutAccount | null }>> =>
      request('/api/me/payout-account', z.object({ account: payoutAccountSchema.nullable() }), { method: 'PUT', body: JSON.stringify(input) }),
    requestPayout: (amountFen: number): Promise<ApiResult<Payout>> =>
      request('/api/me/payouts', payoutSchema, { method: 'POST', body: JSON.stringify({ amountFen }) }),
    getStatement: (month: string): Promise<ApiResult<Statement>> => request(`/api/me/statements/${encodeURIComponent(month)}`, statementSchema),
    getInvites: (): Promise<ApiResult<{ invites: Invite[] }>> => request('/api/me/invites', z.object({ invites: z.array(inviteSchema) })),
    createInvite: (): Promise<ApiResult<Invite>> => request('/api/me/invites', inviteSchema, { method: 'POST', body: '{}' }),
    getTeam: (): Promise<ApiResult<{ members: TeamMember[] }>> => request('/api/me/team', z.object({ members: z.array(teamMemberSchema) })),
    getTier: (): Promise<ApiResult<TierStatus>> => request('/api/me/tier', tierStatusSchema),
    getBindings: (): Promise<ApiResult<Bindings>> => request('/api/me/bindings', bindingsSchema),
    convert: (text: string, prefer: 'link' | 'password'): Promise<ApiResult<ConvertResponse>> =>
      request('/api/convert', convertResponseSchema, { method: 'POST', body: JSON.stringify({ text, prefer }) }),
    getOfflineCodes: (): Promise<ApiResult<{ codes: OfflineCode[] }>> => request('/api/me/codes/offline', z.object({ codes: z.array(offlineCodeSchema) })),
    startTaobaoBinding: (): Promise<ApiResult<{ authorizeUrl: string; expiresAt: number }>> =>
      request('/api/me/bindings/taobao', taobaoBindingStartSchema, { method: 'POST', body: '{}' }),
    resolve: (text: string): Promise<ApiResult<ResolveResponse>> =>
      request('/api/resolve', resolveResponseSchema, { method: 'POST', body: JSON.stringify({ text }) }),
  };
}
