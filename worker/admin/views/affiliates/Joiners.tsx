import { chinaDate } from '../../format';
import type { T } from '../../i18n';
import type { Joiner } from './types';

/** People who joined through an invite and wait for approval. */
export function Joiners({ joiners, t, decide }: { joiners: Joiner[]; t: T; decide(id: string, approve: boolean): void }) {
  if (joiners.length === 0) return null;
  return (
    <div data-testid="joiners">
      <h2>{t('joinersTitle', { n: joiners.length })}</h2>
      <ul class="list">
        {joiners.map((j) => (
          <li key={j.id} data-joiner={j.id}>
            <strong>{j.name}</strong> · {t('invitedBy')} {j.inviterName ?? '—'} · {chinaDate(j.since)}{' '}
            <button type="button" onClick={() => decide(j.id, true)}>
              {t('approve')}
            </button>{' '}
            <button type="button" onClick={() => decide(j.id, false)}>
              {t('decline')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
