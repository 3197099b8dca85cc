import { hc } from 'hono/client';
import type { ZodType } from 'zod';
// Declarations emitted by worker/tsconfig.app-types.json (tsc -b builds them first): the dashboard is a
// DOM app and cannot type-check the Worker's own sources, but it can use their route types.
import type { AppType } from '../../.types/worker/worker/index';
import type { Network } from '../../shared/schemas/orders';
import { ApiError } from './api-error';

/** The Worker's API, typed by its routes: paths, inputs and JSON answers checked at compile time. */
export const client = hc<AppType>('/', { init: { credentials: 'same-origin' } });

/** The JSON of an answer, or the server's error (code and message) thrown as ApiError. */
export async function ok<T>(answer: Promise<{ ok: boolean; status: number; json(): Promise<T> }>): Promise<T> {
  const res = await answer;
  const body = (await res.json().catch(() => null)) as T & { error?: { code: string; message: string; network?: Network } };
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'INTERNAL', body?.error?.message ?? `HTTP ${res.status}`, body?.error?.network);
  return body;
}

/**
 * For the routes that answer JSON or CSV by a query flag — their JSON is not typed by the route — the
 * answer is checked against the shared schema instead.
 */
export async function okAs<T>(answer: Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>, schema: ZodType<T>): Promise<T> {
  return schema.parse(await ok(answer));
}
