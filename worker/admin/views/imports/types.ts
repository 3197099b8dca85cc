import type { InferResponseType } from 'hono/client';
import type { client } from '../../client';

// The routes' own answer type (Hono's typed client), not a copy of it.
export type Batch = InferResponseType<typeof client.api.admin.reports.imports.$get>['batches'][number];
