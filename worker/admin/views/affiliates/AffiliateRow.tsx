import { formatChinaTime } from '../../../../shared/china-time';
import { client, ok } from '../../client';
import { yuan } from '../../format';
import type { Lang, T } from '../../i18n';
import { BindingCell } from '../BindingCell';
import type { Affiliate, Tier } from './types';

interface Props {
  affiliate: Affiliate;
  tiers: Tier[];
  t: T;
  lang: Lang;
  reload(): void;
  showKey(key: { name: string; apiKey: string }): void;
}

/** One affiliate: tier, team, money, bindings and the actions on them. */
export function AffiliateRow({ affiliate: a, tiers, t, lang, reload, showKey }: Props) {
  const param = { id: a.id };
  const setTier = (tierId: string) => void ok(client.api.admin.affiliates[':id'].$patch({ param, json: { tierId } })).then(reload);
  const toggle = () => void ok(client.api.admin.reports.affiliates[':id'].disabled.$put({ param, json: { disabled: !a.disabledAt } })).then(reload);
  const rotate = () =>
    void ok(client.api.admin.reports.affiliates[':id']['rotate-key'].$post({ param })).then((r) => showKey({ name: a.name, apiKey: r.apiKey }));
  return (
    <tr class={a.disabledAt ? 'disabled' : ''}>
      <td class="sticky">
        {a.name} {a.disabledAt && <span class="status status-invalid">{t('disabled')}</span>}
      </td>
      <td>
        <select aria-label={`${t('tier')} ${a.name}`} value={a.tierId ?? tiers[0]?.id} onChange={(e) => setTier(e.currentTarget.value)}>
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
        <a class="button" href={`/api/admin/affiliates/${a.id}/statements/${formatChinaTime(Date.now()).slice(0, 7)}?format=csv&lang=${lang}`} download>
          {t('statement')}
        </a>
        <button type="button" onClick={toggle}>
          {a.disabledAt ? t('enable') : t('disable')}
        </button>
        <button type="button" onClick={rotate}>
          {t('rotateKey')}
        </button>
      </td>
    </tr>
  );
}
