import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import type { T } from '../i18n';

interface Affiliate {
  id: string;
  name: string;
  tierId: string | null;
  tierName: string | null;
  inviterName: string | null;
  team: number;
  codes: number;
  disabledAt: number | null;
}
interface Tier {
  id: string;
  name: string;
  rateBp: number;
  overrideL1Bp: number;
  overrideL2Bp: number;
}

const pct = (bp: number) => `${bp / 100}%`;

/** Create affiliates (key shown once), change tier, disable, rotate keys; edit tiers. */
export function Affiliates({ t }: { t: T }) {
  const [affiliates, setAffiliates] = useState<Affiliate[] | null>(null);
  const [tiers, setTiers] = useState<Tier[]>([]);
  const [name, setName] = useState('');
  const [shownKey, setShownKey] = useState<{ name: string; apiKey: string } | null>(null);
  const [version, setVersion] = useState(0);
  const reload = () => setVersion(version + 1);

  useEffect(() => {
    void api<{ affiliates: Affiliate[] }>('/api/admin/reports/affiliates').then((r) => setAffiliates(r.affiliates));
    void api<{ tiers: Tier[] }>('/api/admin/tiers').then((r) => setTiers(r.tiers));
  }, [version]);

  async function create(event: Event) {
    event.preventDefault();
    if (!name.trim()) return;
    const created = await api<{ name: string; apiKey: string }>('/api/admin/affiliates', { method: 'POST', body: JSON.stringify({ name }) });
    setShownKey(created);
    setName('');
    reload();
  }
  async function act(path: string, method: string, body?: unknown) {
    const result = await api<{ apiKey?: string }>(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return result;
  }

  return (
    <section>
      <form class="filters" onSubmit={create}>
        <input aria-label={t('name')} placeholder={t('name')} value={name} onInput={(e) => setName(e.currentTarget.value)} maxLength={100} />
        <button type="submit">{t('create')}</button>
      </form>
      {shownKey && (
        <p class="notice" role="status" data-testid="new-key">
          {shownKey.name} — {t('newKeyOnce')} <code>{shownKey.apiKey}</code>
        </p>
      )}
      {!affiliates ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <div class="scroll">
          <table data-testid="affiliates">
            <thead>
              <tr>
                <th>{t('name')}</th>
                <th>{t('tier')}</th>
                <th>{t('inviter')}</th>
                <th>{t('team')}</th>
                <th>{t('codes')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {affiliates.map((a) => (
                <tr key={a.id} class={a.disabledAt ? 'disabled' : ''}>
                  <td>
                    {a.name} {a.disabledAt && <span class="status status-invalid">{t('disabled')}</span>}
                  </td>
                  <td>
                    <select aria-label={`${t('tier')} ${a.name}`} value={a.tierId ?? tiers[0]?.id} onChange={(e) => void act(`/api/admin/affiliates/${a.id}`, 'PATCH', { tierId: e.currentTarget.value }).then(reload)}>
                      {tiers.map((tier) => (
                        <option key={tier.id} value={tier.id}>
                          {tier.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{a.inviterName ?? '—'}</td>
                  <td>{a.team}</td>
                  <td>{a.codes}</td>
                  <td class="actions">
                    <button type="button" onClick={() => void act(`/api/admin/reports/affiliates/${a.id}/disabled`, 'PUT', { disabled: !a.disabledAt }).then(reload)}>
                      {a.disabledAt ? t('enable') : t('disable')}
                    </button>
                    <button type="button" onClick={() => void act(`/api/admin/reports/affiliates/${a.id}/rotate-key`, 'POST').then((r) => r.apiKey && setShownKey({ name: a.name, apiKey: r.apiKey }))}>
                      {t('rotateKey')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('tiers')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('tier')}</th>
            <th>{t('rate')}</th>
            <th>{t('overrideL1')}</th>
            <th>{t('overrideL2')}</th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier) => (
            <tr key={tier.id}>
              <td>{tier.name}</td>
              <td>{pct(tier.rateBp)}</td>
              <td>{pct(tier.overrideL1Bp)}</td>
              <td>{pct(tier.overrideL2Bp)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
