import { chinaDayOfDate, chinaDayStartOf } from '../../../shared/china-time';
import { NETWORKS } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { attributionShares } from '../../db/queries/admin-reports';

const HOWS = ['identity', 'click', 'hand', 'contested', 'waiting'] as const;

/**
 * How the range's lines found their affiliate, per network: by identity, by click time, by hand,
 * contested, or still waiting — lines and the network's commission for each, zeros included.
 */
export async function getAttributionShares(db: Db, from: string, to: string) {
  const rows = await attributionShares(db, chinaDayStartOf(chinaDayOfDate(from)), chinaDayStartOf(chinaDayOfDate(to) + 1));
  return {
    from,
    to,
    networks: NETWORKS.map((network) => {
      const mine = rows.filter((r) => r.network === network);
      const of = (how: (typeof HOWS)[number]) => mine.find((r) => r.how === how) ?? { lines: 0, commissionFen: 0 };
      return {
        network,
        total: mine.reduce((n, r) => n + r.lines, 0),
        ...Object.fromEntries(HOWS.map((how) => [how, { lines: of(how).lines, commissionFen: of(how).commissionFen }])),
      } as {
        network: (typeof NETWORKS)[number];
        total: number;
      } & Record<(typeof HOWS)[number], { lines: number; commissionFen: number }>;
    }),
  };
}
