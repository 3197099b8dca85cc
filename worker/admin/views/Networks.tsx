import { useEffect, useState } from 'preact/hooks';
import { NETWORK_NAMES } from '../../../shared/platforms/types';
import type { NetworkStatus } from '../../../shared/schemas/networks';
import { ApiError } from '../api-error';
import { chinaDate } from '../format';
import { client, ok } from '../client';
import type { T } from '../i18n';
import { RejectedRows } from './RejectedRows';

type Network = NetworkStatus['network'];

// The fields each network's connection takes (the Worker validates them; secrets are password inputs).
const FIELDS: Record<Network, Array<{ name: string; label: string; secret?: boolean; optional?: boolean }>> = {
  taobao: [
    { name: 'appKey', label: 'AppKey' },
    { name: 'appSecret', label: 'AppSecret', secret: true },
    { name: 'adzoneId', label: '推广位 ID (adzone_id)' },
    { name: 'siteId', label: '媒体 ID (site_id)', optional: true },
    { name: 'session', label: '运营方授权 session', secret: true, optional: true },
  ],
  jd: [
    { name: 'appKey', label: 'AppKey' },
    { name: 'appSecret', label: 'AppSecret', secret: true },
    { name: 'siteId', label: '网站 ID (siteId)' },
    { name: 'positionId', label: '推广位 ID (positionId)', optional: true },
  ],
  pdd: [
    { name: 'clientId', label: 'client_id' },
    { name: 'clientSecret', label: 'client_secret', secret: true },
    { name: 'pid', label: '推广位 ID (pid)' },
  ],
};
const label = (network: Network) => `${NETWORK_NAMES[network].zh} / ${NETWORK_NAMES[network].en}`;

function NetworkCard({ status, t, onChange }: { status: NetworkStatus; t: T; onChange: () => void }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const { network } = status;

  async function act(work: () => Promise<string>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: await work(), error: false });
      onChange();
    } catch (err) {
      setMessage({ text: err instanceof ApiError ? err.message : String(err), error: true });
    } finally {
      setBusy(false);
    }
  }

  const save = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const body = Object.fromEntries([...form.entries()].filter(([, v]) => String(v).trim() !== ''));
    void act(async () => {
      await ok(
        client.api.admin.networks[':network'].$put(
          { param: { network } },
          { init: { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } },
        ),
      );
      (event.target as HTMLFormElement).reset();
      return t('connected');
    });
  };
  const syncPublishers = () => act(async () => t('publishersResult', await ok(client.api.admin.networks.taobao.publishers.sync.$post())));
  const sync = () =>
    act(async () => {
      const { done, ...r } = await ok(client.api.admin.networks[':network'].sync.$post({ param: { network } }));
      return t(done ? 'pulledResult' : 'pulledPart', r);
    });

  return (
    <section class="card" data-testid={`network-${network}`} aria-labelledby={`net-${network}`}>
      <h2 id={`net-${network}`}>
        {label(network)}{' '}
        <small class={status.connected ? 'ok' : 'muted'}>{status.connected ? `${t('connected')} · ${status.maskedKey}` : t('notConnected')}</small>
      </h2>
      {status.simulated && <p class="notice">{t('simulatedNetwork')}</p>}
      <p class="muted">{t(`networkHelp_${network}`)}</p>
      {status.connected && (
        <p class="muted">
          {status.lastCheckAt && `${t('lastCheck')} ${chinaDate(status.lastCheckAt)}`}
          {status.lastSyncAt && ` · ${t('lastSync')} ${chinaDate(status.lastSyncAt)}`}
          {status.lastRun && ` · ${t('lastRun', status.lastRun)}`}
          {` · ${t('usageToday', { used: status.usageToday.mints + status.usageToday.renewals + status.usageToday.pulls, ...status.usageToday })}`}
          {status.lastError && (
            <span class="error">
              {' '}
              · {t('lastError')}: {status.lastError}
            </span>
          )}
        </p>
      )}
      {status.range && (
        <p class="notice" data-testid={`range-${network}`}>
          {t('rangeProgress', {
            from: chinaDate(status.range.from),
            to: chinaDate(status.range.to),
            cursor: chinaDate(status.range.cursor),
            percent: Math.floor(((status.range.cursor - status.range.from) / Math.max(1, status.range.to - status.range.from)) * 100),
          })}
        </p>
      )}
      <RejectedRows network={network} count={status.rejectedRows} t={t} />
      <form class="filters" onSubmit={save}>
        {FIELDS[network].map((f) => (
          <span key={f.name}>
            <label for={`${network}-${f.name}`}>{f.label}</label>
            {f.secret ? (
              <input id={`${network}-${f.name}`} name={f.name} type="password" autoComplete="off" required={!status.connected} />
            ) : (
              <input id={`${network}-${f.name}`} name={f.name} type="text" autoComplete="off" required={!f.optional && !status.connected} />
            )}
          </span>
        ))}
        <button type="submit" disabled={busy}>
          {t('connect')}
        </button>
        {status.connected && (
          <button type="button" disabled={busy} onClick={() => void sync()}>
            {t('syncNow')}
          </button>
        )}
        {status.connected && network === 'taobao' && (
          <button type="button" disabled={busy} onClick={() => void syncPublishers()}>
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

/** 联盟账号: connect each network (checked by the network before saving), see its state, pull orders now. */
export function Networks({ t }: { t: T }) {
  const [networks, setNetworks] = useState<NetworkStatus[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void ok(client.api.admin.networks.$get()).then((r) => setNetworks(r.networks));
  }, [version]);
  if (!networks) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <div>
      {networks.map((status) => (
        <NetworkCard key={status.network} status={status} t={t} onChange={() => setVersion((v) => v + 1)} />
      ))}
    </div>
  );
}
