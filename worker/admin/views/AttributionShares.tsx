import { useLoad } from '../../../shared/ui/use-load';
import type { InferResponseType } from 'hono/client';
import { NETWORK_NAMES } from '../../../shared/platforms/types';
import { yuan } from '../format';
import { client, ok } from '../client';
import type { T } from '../i18n';

type Shares = InferResponseType<typeof client.api.admin.reports.attribution.$get>;
const HOWS = ['identity', 'click', 'hand', 'contested', 'waiting'] as const;

/**
 * How the range's order lines found their affiliate, per network: by identity (sub-id, registered 渠道),
 * by click time, by hand, contested (booked to no one until decided), still waiting — as shares of lines.
 */
export function AttributionShares({ from, to, t }: { from: string; to: string; t: T }) {
  const { value: shares } = useLoad<Shares>(() => ok(client.api.admin.reports.attribution.$get({ query: { from, to } })), [from, to]);
  if (!shares) return <p aria-busy="true">{t('loading')}</p>;
  const rows = shares.networks.filter((n) => n.total > 0);
  if (rows.length === 0) return <p class="muted">{t('attributionNone')}</p>;
  const pct = (n: number, total: number) => `${Math.round((n / total) * 100)}%`;
  return (
    <div class="scroll">
      <table data-testid="attribution-shares">
        <thead>
          <tr>
            <th>{t('network')}</th>
            {HOWS.map((how) => (
              <th key={how} title={t(`attributionHelp_${how}`)}>
                {t(`attribution_${how}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.network}>
              <td>{NETWORK_NAMES[n.network].zh}</td>
              {HOWS.map((how) => (
                <td key={how} title={`${n[how].lines} · ${yuan(n[how].commissionFen)}`}>
                  {how === 'contested' && n.contested.lines > 0 ? <a href="#/orders">{pct(n[how].lines, n.total)}</a> : pct(n[how].lines, n.total)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
