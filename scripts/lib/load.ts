import autocannon, { type Request as LoadRequest } from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  serverErrors: number;
  errors: number;
  requests: number;
}

export interface LoadOptions {
  url: string;
  connections?: number;
  durationSeconds: number;
  /** Fixed total rate (requests/s) instead of as fast as possible. */
  overallRate?: number;
  userAgents?: string[];
}

/** autocannon on loopback; redirects are not followed, so a 302 is the whole answer. */
export async function load({
  url,
  connections = 32,
  durationSeconds,
  overallRate,
  userAgents,
}: LoadOptions): Promise<LoadResult & { byUserAgent: Map<string, number> }> {
  const byUserAgent = new Map<string, number>();
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    ...(overallRate ? { overallRate } : {}),
    ...(userAgents
      ? {
          requests: [
            {
              setupRequest: (request: LoadRequest): LoadRequest => {
                const ua = userAgents[next++ % userAgents.length]!;
                byUserAgent.set(ua, (byUserAgent.get(ua) ?? 0) + 1);
                return { ...request, headers: { ...request.headers, 'user-agent': ua } };
              },
            },
          ],
        }
      : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    serverErrors: result['5xx'],
    errors: result.errors + result.timeouts,
    requests: result.requests.total,
    byUserAgent,
  };
}
