import { useLoad } from '../../../../shared/ui/use-load';
import { client, ok } from '../../client';
import type { ViewProps } from '../../i18n';
import { NetworkCard } from './NetworkCard';

/** 联盟账号: connect each network (checked by the network before saving), see its state, pull orders now. */
export function Networks({ t, lang }: ViewProps) {
  const networks = useLoad(() => ok(client.api.admin.networks.$get()).then((r) => r.networks), []);
  if (!networks.value) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <div>
      {networks.value.map((status) => (
        <NetworkCard key={status.network} status={status} t={t} lang={lang} onChange={networks.reload} />
      ))}
    </div>
  );
}
