import type { InferResponseType } from 'hono/client';
import type { client } from '../../client';

// The routes' own answer types (Hono's typed client): the search and the unattributed queue.
type SearchRow = InferResponseType<typeof client.api.admin.reports.orders.$get>['orders'][number];
type WaitingRow = InferResponseType<typeof client.api.admin.orders.unattributed.$get>['orders'][number];
export type OrderRow = Pick<
  SearchRow,
  'id' | 'network' | 'platform' | 'orderNo' | 'productTitle' | 'status' | 'paidAmountFen' | 'estimatedCommissionFen' | 'orderedAt'
> &
  Partial<Omit<SearchRow, keyof WaitingRow>> & { waitReason?: string | null };
export type AffiliateChoice = { id: string; name: string };
