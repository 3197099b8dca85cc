import type { InferResponseType } from 'hono/client';
import type { client } from '../../client';

// The routes' own answer types (Hono's typed client): the search and the unattributed queue.
export type SearchAnswer = InferResponseType<typeof client.api.admin.reports.orders.$get>;
export type SearchRow = SearchAnswer['orders'][number];
export type WaitingRow = InferResponseType<typeof client.api.admin.orders.unattributed.$get>['orders'][number];
export type AffiliateChoice = { id: string; name: string };
