import { useState } from 'preact/hooks';
import { useLoad } from '../../../../shared/ui/use-load';
import { client, ok } from '../../client';
import type { T, ViewProps } from '../../i18n';
import { AffiliateTable } from './AffiliateTable';
import { Joiners } from './Joiners';
import { TierTable } from './TierTable';
import { depthOf, type Depth } from './types';

/** Create affiliates (key shown once), change tier, disable, rotate keys; approve joiners; edit tiers. */
export function Affiliates({ t, lang }: ViewProps) {
  const [name, setName] = useState('');
  const [shownKey, setShownKey] = useState<{ name: string; apiKey: string } | null>(null);
  // #/affiliates?unbound (the overview's 未绑定 card) opens filtered.
  const [onlyUnbound, setOnlyUnbound] = useState(() => location.hash.includes('?unbound'));
  const affiliates = useLoad(() => ok(client.api.admin.reports.affiliates.$get()), []);
  const tiers = useLoad(() => ok(client.api.admin.tiers.$get()), []);
  const joiners = useLoad(() => ok(client.api.admin.joiners.$get()), []);
  const reload = () => {
    for (const l of [affiliates, tiers, joiners]) l.reload();
  };

  async function create(event: Event) {
    event.preventDefault();
    if (!name.trim()) return;
    setShownKey(await ok(client.api.admin.affiliates.$post({ json: { name } })));
    setName('');
    reload();
  }
  const settings = (json: { joinMode?: Depth; overrideDepth?: Depth }) => void ok(client.api.admin.settings.$put({ json })).then(reload);
  const decide = (id: string, approve: boolean) =>
    void ok((approve ? client.api.admin.affiliates[':id'].approve : client.api.admin.affiliates[':id'].decline).$post({ param: { id } })).then(reload);

  return (
    <section>
      {tiers.value && <JoinModeSelect mode={tiers.value.joinMode} t={t} set={(joinMode) => settings({ joinMode })} />}
      <Joiners joiners={joiners.value?.joiners ?? []} t={t} decide={decide} />
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
      <AffiliateTable
        affiliates={affiliates.value?.affiliates ?? null}
        tiers={tiers.value?.tiers ?? []}
        onlyUnbound={onlyUnbound}
        t={t}
        lang={lang}
        reload={reload}
        showKey={setShownKey}
      />
      <TierTable settings={tiers.value} t={t} reload={reload} setDepth={(overrideDepth) => settings({ overrideDepth })} />
    </section>
  );
}

/** Whether joining through an invite needs the admin's approval, is open, or is closed. */
function JoinModeSelect({ mode, t, set }: { mode: number; t: T; set(mode: Depth): void }) {
  return (
    <label class="filters">
      {t('joinMode')}
      <select value={mode} onChange={(e) => set(depthOf(e.currentTarget.value))}>
        {[1, 2, 0].map((n) => (
          <option key={n} value={n}>
            {t(`joinMode_${n}` as 'joinMode_0')}
          </option>
        ))}
      </select>
    </label>
  );
}
