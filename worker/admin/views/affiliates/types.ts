import type { InferResponseType } from 'hono/client';
import type { client } from '../../client';

// The routes' own answer types (Hono's typed client), not copies of them.
export type Joiner = InferResponseType<typeof client.api.admin.joiners.$get>['joiners'][number];
export type Affiliate = InferResponseType<typeof client.api.admin.reports.affiliates.$get>['affiliates'][number];
export type Tier = InferResponseType<typeof client.api.admin.tiers.$get>['tiers'][number];
export type TierSettings = InferResponseType<typeof client.api.admin.tiers.$get>;
export type Depth = 0 | 1 | 2;
export const depthOf = (value: string) => Number(value) as Depth;
