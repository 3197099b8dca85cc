import type { NetworkStatus } from '../../../../shared/schemas/networks';
import { chinaDate } from '../../format';
import type { T } from '../../i18n';

/** When the network was last checked and pulled, today's use of its quota, its last error and a long pull's progress. */
export function NetworkState({ status, t }: { status: NetworkStatus; t: T }) {
  const { range, usageToday } = status;
  return (
    <>
      {status.connected && (
        <p class="muted">
          {status.lastCheckAt && `${t('lastCheck')} ${chinaDate(status.lastCheckAt)}`}
          {status.lastSyncAt && ` · ${t('lastSync')} ${chinaDate(status.lastSyncAt)}`}
          {status.lastRun && ` · ${t('lastRun', status.lastRun)}`}
          {` · ${t('usageToday', { used: usageToday.mints + usageToday.renewals + usageToday.pulls, ...usageToday })}`}
          {status.lastError && (
            <span class="error">
              {' '}
              · {t('lastError')}: {status.lastError}
            </span>
          )}
        </p>
      )}
      {range && (
        <p class="notice" data-testid={`range-${status.network}`}>
          {t('rangeProgress', {
            from: chinaDate(range.from),
            to: chinaDate(range.to),
            cursor: chinaDate(range.cursor),
            percent: Math.floor(((range.cursor - range.from) / Math.max(1, range.to - range.from)) * 100),
          })}
        </p>
      )}
    </>
  );
}
