import type { Lang, T } from '../../i18n';
import { isUnbound } from '../BindingCell';
import { AffiliateRow } from './AffiliateRow';
import type { Affiliate, Tier } from './types';

interface Props {
  affiliates: Affiliate[] | null;
  tiers: Tier[];
  onlyUnbound: boolean;
  t: T;
  lang: Lang;
  reload(): void;
  showKey(key: { name: string; apiKey: string }): void;
}

const COLUMNS = ['tier', 'inviter', 'team', 'codes', 'owed', 'paidOut', 'bindingsColumn'] as const;

export function AffiliateTable({ affiliates, tiers, onlyUnbound, t, lang, reload, showKey }: Props) {
  if (!affiliates) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <div class="scroll">
      <table data-testid="affiliates">
        <thead>
          <tr>
            <th class="sticky">{t('name')}</th>
            {COLUMNS.map((key) => (
              <th key={key}>{t(key)}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {(onlyUnbound ? affiliates.filter(isUnbound) : affiliates).map((a) => (
            <AffiliateRow key={a.id} affiliate={a} tiers={tiers} t={t} lang={lang} reload={reload} showKey={showKey} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
