import { NETWORK_NAMES } from '../../../../shared/platforms/types';
import type { NetworkStatus } from '../../../../shared/schemas/networks';
import type { Lang, T } from '../../i18n';
import { CONNECTION_FIELDS } from './connection-fields';
import { NetworkState } from './NetworkState';
import { RejectedRows } from './RejectedRows';
import { useNetworkActions } from './use-network-actions';

/** One network: whether it is connected, its state, the rows it sent that could not be kept, and its form. */
export function NetworkCard({ status, t, lang, onChange }: { status: NetworkStatus; t: T; lang: Lang; onChange: () => void }) {
  const { network } = status;
  const { message, busy, save, sync, syncPublishers } = useNetworkActions(network, t, onChange);
  return (
    <section class="card" data-testid={`network-${network}`} aria-labelledby={`net-${network}`}>
      <h2 id={`net-${network}`}>
        {NETWORK_NAMES[network][lang]}{' '}
        <small class={status.connected ? 'ok' : 'muted'}>{status.connected ? `${t('connected')} · ${status.maskedKey}` : t('notConnected')}</small>
      </h2>
      {status.simulated && <p class="notice">{t('simulatedNetwork')}</p>}
      <p class="muted">{t(`networkHelp_${network}`)}</p>
      <NetworkState status={status} t={t} />
      <RejectedRows network={network} count={status.rejectedRows} lang={lang} t={t} />
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          save(event.currentTarget);
        }}
      >
        {CONNECTION_FIELDS[network].map((f) => (
          <span key={f.name}>
            <label for={`${network}-${f.name}`}>{f.label}</label>
            {f.secret ? (
              <input id={`${network}-${f.name}`} name={f.name} type="password" autoComplete="off" required={!f.optional && !status.connected} />
            ) : (
              <input id={`${network}-${f.name}`} name={f.name} type="text" autoComplete="off" required={!f.optional && !status.connected} />
            )}
          </span>
        ))}
        <button type="submit" disabled={busy}>
          {t('connect')}
        </button>
        {status.connected && (
          <button type="button" disabled={busy} onClick={sync}>
            {t('syncNow')}
          </button>
        )}
        {status.connected && network === 'taobao' && (
          <button type="button" disabled={busy} onClick={syncPublishers}>
            {t('syncPublishers')}
          </button>
        )}
      </form>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'notice'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
