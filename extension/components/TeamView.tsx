import { useState } from 'preact/hooks';
import { useLoad } from '@@/shared/ui/use-load';
import { formatChinaTime } from '@@/shared/china-time';
import { formatFen } from '@@/shared/money';
import type { Invite, TeamMember } from '@@/shared/schemas';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';
import { CopyField } from './CopyField';
import { errorMessage } from './error-message';
import { QrCode } from './QrCode';

export interface TeamActions {
  getTeam(): Promise<ApiResult<{ invites: Invite[]; members: TeamMember[] }>>;
  createInvite(): Promise<ApiResult<Invite>>;
  copy(text: string): Promise<boolean>;
}

/**
 * 邀请: the affiliate's open invite link with its QR code (or a button to make one), and their team —
 * the people they invited directly, with the last 30 days' orders and sales. Never deeper than that.
 */
export function TeamView({ lang, actions }: { lang: Lang; actions: TeamActions }) {
  const { value: team, reload } = useLoad(() => actions.getTeam(), []);
  const [error, setError] = useState<string | null>(null);

  if (!team) return <p aria-busy="true">{t(lang, 'loading')}</p>;
  if (!team.ok)
    return (
      <p role="alert" class="dh-error">
        {errorMessage(lang, team.error)}
      </p>
    );
  const open = team.data.invites.find((i) => i.revokedAt === null);
  async function make() {
    const made = await actions.createInvite();
    if (made.ok) reload();
    else setError(errorMessage(lang, made.error));
  }
  return (
    <section class="dh-team" aria-labelledby="dh-team-title">
      <h2 id="dh-team-title">{t(lang, 'teamTitle')}</h2>
      {open ? (
        <div class="dh-invite" data-testid="invite">
          <CopyField lang={lang} label={t(lang, 'inviteLink')} value={open.url} copy={actions.copy} testId="invite-url" />
          <QrCode text={open.url} size={112} label={t(lang, 'inviteQr')} />
          <p class="dh-note">{t(lang, 'inviteJoins', { n: open.joins })}</p>
        </div>
      ) : (
        <button type="button" class="dh-primary" onClick={() => void make()}>
          {t(lang, 'inviteCreate')}
        </button>
      )}
      {error && (
        <p role="alert" class="dh-error">
          {error}
        </p>
      )}
      {team.data.members.length === 0 ? (
        <p class="dh-empty" data-testid="no-team">
          {t(lang, 'teamEmpty')}
        </p>
      ) : (
        <ul class="dh-orders" data-testid="team">
          {team.data.members.map((m) => (
            <li key={m.id}>
              <span class="dh-code-title">
                {m.name} {m.waiting && <span class="dh-status">{t(lang, 'teamWaiting')}</span>}
              </span>
              <span class="dh-code-meta">
                <span>{formatChinaTime(m.joinedAt).slice(0, 10)}</span>
                <span>{t(lang, 'teamOrders', { n: m.orders })}</span>
                <strong>¥{formatFen(m.salesFen)}</strong>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
