import { Hono } from 'hono';
import type { AppEnv } from '../env';
import worker, { app } from '../index';
import { benchRoutes } from './routes';

// `npm run bench` runs this entry instead of worker/index.ts: the same Worker with /__bench mounted in
// front. Nothing here is reachable from the deployed bundle (npm test checks the dry-run output).
const withBench = new Hono<AppEnv>().route('/__bench', benchRoutes).route('/', app);

export default { ...worker, fetch: withBench.fetch } satisfies ExportedHandler<AppEnv['Bindings']>;
