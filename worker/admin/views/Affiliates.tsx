import type { InferResponseType } from 'hono/client';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatChinaTime } from '../../../shared/china-time';
import { formatFen, parseYuanToFen } from '../../../shared/money';
import { chinaDate, yuan } from '../format';
import { client, ok } from '../client';
import { BindingCell, isUnbound } from './BindingCell';
import type { T } from '../i18n';

// The routes' own answer types (Hono's typed client), not copies of them.
type Joiner = InferResponseType<typeof client.api.admin.joiners.$get>['joiners'][number];
type Affiliate = InferResponseType<typeof client.api.admin.reports.affiliates.$get>['affiliates'][number];
type Tier = InferResponseType<typeof client.api.admin.tiers.$get>['tiers'][number];

const THRESHOLDS = ['promoteOwnSalesFen', 'promoteOwnCommissionFen', 'promoteTeamSalesFen'] as const;
const yuanText = (fen: number | null) => (fen === null ? '' : formatFen(fen));

/** One editable tier: percentages in the form, basis points on the wire; the server checks the total. */
function TierRow({ tier, t, onSaved }: { tier: Tier; t: T; onSaved(): void }) {
  const [form, setForm] = useState({
    name: tier.name,
    rate: tier.rateBp / 100,
    l1: tier.overrideL1Bp / 100,
    l2: tier.overrideL2Bp / 100,
    promoteOwnSalesFen: yuanText(tier.promoteOwnSalesFen),
    promoteOwnCommissionFen: yuanText(tier.promoteOwnCommissionFen),
    promoteTeamSalesFen: yuanText(tier.promoteTeamSalesFen),
  });
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Typing is faster than rendering: edits and the save read the latest values, not a render's copy.
  const latest = useRef(form);
  const edit = (patch: Partial<typeof form>) => {
    latest.current = { ...latest.current, ...patch };
    setForm(latest.current);
    setSaved(false);
  };
  const field = (key: 'rate' | 'l1' | 'l2', label: string) => (
    <td>
      <input
        type="number"
        min={0}
        max={100}
        step={0.01}
        aria-label={`${tier.name} ${label}`}
        value={form[key]}
        onInput={(e) => edit({ [key]: Number(e.currentTarget.value) })}
      />
    </td>
  );
  async function save(event: Event) {
    event.preventDefault();
    const bp = (n: number) => Math.round(n * 100);
    const form = latest.current;
    try {
      // Empty: no threshold. Yuan in the form, fen on the wire.
      const threshold = (key: (typeof THRESHOLDS)[number]) => (form[key].trim() ? parseYuanToFen(form[key]) : null);
      await ok(
        client.api.admin.tiers[':id'].$put({
          param: { id: tier.id },
          json: {
            name: form.name,
            rateBp: bp(form.rate),
            overrideL1Bp: bp(form.l1),
            overrideL2Bp: bp(form.l2),
            promoteOwnSalesFen: threshold('promoteOwnSalesFen'),
            promoteOwnCommissionFen: threshold('promoteOwnCommissionFen'),
            promoteTeamSalesFen: threshold('promoteTeamSalesFen'),
          },
        }),
      );
      setError(null);
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  return (
    <tr>
      <td>
        <input aria-label={`${tier.name} ${t('name')}`} value={form.name} maxLength={40} onInput={(e) => edit({ name: e.currentTarget.value })} />
      </td>
      {field('rate', t('rate'))}
      {field('l1', t('overrideL1'))}
      {field('l2', t('overrideL2'))}
      {THRESHOLDS.map((key) => (
        <td key={key}>
          <input
            inputMode="decimal"
            size={8}
            aria-label={`${tier.name} ${t(key)}`}
            placeholder="—"
            value={form[key]}
            onInput={(e) => edit({ [key]: e.currentTarget.value })}
          />
        </td>
      ))}
      <td>
        <button type="button" onClick={save}>
          {t('save')}
        </button>
        {error && (
          <span role="alert" class="error">
            {' '}
            {error}
          </span>
        )}
        {saved && (
          <span role="status" class="muted">
            {' '}
            {t('saved')}
          </span>
        )}
      </td>
    </tr>
  );
}

/** Create affiliates (key shown once), change tier, disable, rotate keys; edit tiers. */
export function Affiliates({ t }: { t: T }) {
  const [affiliates, setAffiliates] = useState<Affiliate[] | null>(null);
  const [tiers, setTiers] = useState<Tier[]>([]);
  const [depth, setDepth] = useState<number | null>(null);
  const [joinMode, setJoinMode] = useState<number | null>(null);
  const [windowDays, setWindowDays] = useState<number | null>(null);
  const [joiners, setJoiners] = useState<Joiner[]>([]);
  const [name, setName] = useState('');
  const [shownKey, setShownKey] = useState<{ name: string; apiKey: string } | null>(null);
  const [onlyUnbound, setOnlyUnbound] = useState(false);
  const [version, setVersion] = useState(0);
  const reload = () => setVersion(version + 1);

  useEffect(() => {
    void ok(client.api.admin.reports.affiliates.$get()).then((r) => setAffiliates(r.affiliates));
    void ok(client.api.admin.tiers.$get()).then((r) => {
      setWindowDays(r.promotionWindowDays);
      setTiers(r.tiers);
      setDepth(r.overrideDepth);
      setJoinMode(r.joinMode);
    });
    void ok(client.api.admin.joiners.$get()).then((r) => setJoiners(r.joiners));
  }, [version]);

  async function create(event: Event) {
    event.preventDefault();
    if (!name.trim()) return;
    const created = await ok(client.api.admin.affiliates.$post({ json: { name } }));
    setShownKey(created);
    setName('');
    reload();
  }
  const settings = (json: { joinMode?: 0 | 1 | 2; overrideDepth?: 0 | 1 | 2 }) => ok(client.api.admin.settings.$put({ json })).then(reload);
  const decide = (id: string, approve: boolean) =>
    ok((approve ? client.api.admin.affiliates[':id'].approve : client.api.admin.affiliates[':id'].decline).$post({ param: { id } })).then(reload);
  const depthOf = (value: string) => Number(value) as 0 | 1 | 2;

  return (
    <section>
      {joinMode !== null && (
        <label class="filters">
          {t('joinMode')}
          <select value={joinMode} onChange={(e) => void settings({ joinMode: depthOf(e.currentTarget.value) })}>
            {[1, 2, 0].map((n) => (
              <option key={n} value={n}>
                {t(`joinMode_${n}` as 'joinMode_0')}
              </option>
            ))}
          </select>
        </label>
      )}
      {joiners.length > 0 && (
        <div data-testid="joiners">
          <h2>{t('joinersTitle', { n: joiners.length })}</h2>
          <ul class="list">
            {joiners.map((j) => (
              <li key={j.id} data-joiner={j.id}>
                <strong>{j.name}</strong> · {t('invitedBy')} {j.inviterName ?? '—'} · {chinaDate(j.since)}{' '}
                <button type="button" onClick={() => void decide(j.id, true)}>
                  {t('approve')}
                </button>{' '}
                <button type="button" onClick={() => void decide(j.id, false)}>
                  {t('decline')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form class="filters" onSubmit={create}>
        <input aria-label={t('name')} placeholder={t('name')} value={name} onInput={(e) => setName(e.currentTarget.value)} maxLength={100} />
        <button type="submit">{t('create')}</button>
        <label>
          <input type="checkbox" checked={onlyUnbound} onChange={(e) => setOnlyUnbound(e.currentTarget.checked)} /> {t('onlyUnbound')}
        </label>
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
                <th>{t('owed')}</th>
                <th>{t('paidOut')}</th>
                <th>{t('bindingsColumn')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {(onlyUnbound ? affiliates.filter(isUnbound) : affiliates).map((a) => (
                <tr key={a.id} class={a.disabledAt ? 'disabled' : ''}>
                  <td>
                    {a.name} {a.disabledAt && <span class="status status-invalid">{t('disabled')}</span>}
                  </td>
                  <td>
                    <select
                      aria-label={`${t('tier')} ${a.name}`}
                      value={a.tierId ?? tiers[0]?.id}
                      onChange={(e) =>
                        void ok(client.api.admin.affiliates[':id'].$patch({ param: { id: a.id }, json: { tierId: e.currentTarget.value } })).then(reload)
                      }
                    >
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
                  <td>{yuan(a.owedFen)}</td>
                  <td>{yuan(a.paidFen)}</td>
                  <BindingCell taobaoRelation={a.taobaoRelation} pddBound={Boolean(a.pddBound)} t={t} />
                  <td class="actions">
                    <a class="button" href={`/api/admin/affiliates/${a.id}/statements/${formatChinaTime(Date.now()).slice(0, 7)}?format=csv`} download>
                      {t('statement')}
                    </a>
                    <button
                      type="button"
                      onClick={() =>
                        void ok(client.api.admin.reports.affiliates[':id'].disabled.$put({ param: { id: a.id }, json: { disabled: !a.disabledAt } })).then(
                          reload,
                        )
                      }
                    >
                      {a.disabledAt ? t('enable') : t('disable')}
                    </button>
                    <button
                      type="button"
                      onClick={() =>
                        void ok(client.api.admin.reports.affiliates[':id']['rotate-key'].$post({ param: { id: a.id } })).then((r) =>
                          setShownKey({ name: a.name, apiKey: r.apiKey }),
                        )
                      }
                    >
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
      {depth !== null && (
        <label class="filters">
          {t('overrideDepth')}
          <select value={depth} onChange={(e) => void settings({ overrideDepth: depthOf(e.currentTarget.value) })}>
            {[0, 1, 2].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <span class="muted">{t('overrideDepthHint')}</span>
        </label>
      )}
      {windowDays !== null && (
        <p class="muted" data-testid="promotion-hint">
          {t('promotionHint', { days: windowDays })}
        </p>
      )}
      <div class="scroll">
        <table data-testid="tiers">
          <thead>
            <tr>
              <th>{t('tier')}</th>
              <th>{t('rate')} %</th>
              <th>{t('overrideL1')} %</th>
              <th>{t('overrideL2')} %</th>
              {THRESHOLDS.map((key) => (
                <th key={key}>{t(key)} ¥</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {tiers.map((tier) => (
              <TierRow key={tier.id} tier={tier} t={t} onSaved={reload} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
