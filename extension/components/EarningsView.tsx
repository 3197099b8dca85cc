import type { Earnings, EarningsRange } from '@@/shared/schemas';
import { formatChinaTime } from '@@/shared/china-time';
import { formatFen } from '@@/shared/money';
import { PLATFORM_IDS, type PlatformId } from '@@/shared/platforms';
import { t, type Lang } from '../i18n/messages';
import { Tiles } from './Tiles';
import { EarningsChart } from './EarningsChart';

const RANGES: Array<[EarningsRange, 'rangeToday' | 'range7' | 'range30']> = [
  ['today', 'rangeToday'],
  ['7d', 'range7'],
  ['30d', 'range30'],
];
const yuan = (fen: number) => `¥${formatFen(fen)}`;

interface Props {
  lang: Lang;
  range: EarningsRange;
  onRange(range: EarningsRange): void;
  earnings: Earnings | null;
  /** Lists more of the range's orders. */
  onMore?: () => void;
}

const isPlatform = (p: string): p is PlatformId => (PLATFORM_IDS as readonly string[]).includes(p);

/** Clicks, orders and money for a range, a daily chart, and each recent order with why it changed. */
export function EarningsView({ lang, range, onRange, earnings, onMore }: Props) {
  const tiles = earnings
    ? ([
        ['clicks', String(earnings.clicks), 'earn-clicks'],
        ['orders', String(earnings.orders), 'earn-orders'],
        ['estimated', yuan(earnings.estimatedFen), 'earn-estimated'],
        ['settled', yuan(earnings.settledFen), 'earn-settled'],
      ] as const)
    : [];
  return (
    <section class="dh-earnings" aria-labelledby="dh-earnings-title">
      <div class="dh-row dh-earnings-head">
        <h2 id="dh-earnings-title">{t(lang, 'earningsTitle')}</h2>
        <fieldset class="dh-range">
          {RANGES.map(([value, key]) => (
            <button type="button" key={value} aria-pressed={range === value} onClick={() => onRange(value)}>
              {t(lang, key)}
            </button>
          ))}
        </fieldset>
      </div>
      {!earnings ? (
        <p aria-busy="true">{t(lang, 'loading')}</p>
      ) : (
        <>
          <Tiles lang={lang} tiles={tiles} />
          {earnings.reversedFen > 0 && (
            <p class="dh-balance dh-reversed">
              {t(lang, 'reversed')} {yuan(earnings.reversedFen)}
            </p>
          )}
          {earnings.series.length > 1 && <EarningsChart series={earnings.series} label={t(lang, 'chartLabel')} />}
          <RecentOrders lang={lang} earnings={earnings} onMore={onMore} />
        </>
      )}
    </section>
  );
}

/** The range's orders, each with its shop, status, what the affiliate earns and why it last changed. */
function RecentOrders({ lang, earnings, onMore }: { lang: Lang; earnings: Earnings; onMore: (() => void) | undefined }) {
  return (
    <>
      {earnings.recentOrders.length === 0 ? (
        <p class="dh-empty" data-testid="no-orders">
          {t(lang, 'noOrders')}
        </p>
      ) : (
        <>
          <h2>{t(lang, 'rangeOrders', { n: earnings.orders })}</h2>
          <ul class="dh-orders" data-testid="recent-orders">
            {earnings.recentOrders.map((order) => (
              <li key={`${order.orderNo}-${order.orderedAt}`}>
                <span class="dh-code-title">{order.productTitle ?? order.orderNo}</span>
                <span class="dh-code-meta">
                  <span>{formatChinaTime(order.orderedAt).slice(5, 16)}</span>
                  {isPlatform(order.platform) && <span>{t(lang, `platform_${order.platform}`)}</span>}
                  {order.channel === 'self' && <span class="dh-channel">{t(lang, 'buySelf')}</span>}
                  <span class={`dh-status dh-status-${order.status}`}>{t(lang, `status_${order.status}`)}</span>
                  <strong>{yuan(order.earnedFen)}</strong>
                </span>
                <span class="dh-why">{order.orderNo}</span>
                {order.history.length > 1 && <span class="dh-why">{order.history[order.history.length - 1]!.reason}</span>}
              </li>
            ))}
          </ul>
          {earnings.moreOrders && onMore && (
            <button type="button" class="dh-more" data-testid="more-orders" onClick={onMore}>
              {t(lang, 'moreOrders')}
            </button>
          )}
        </>
      )}
    </>
  );
}
