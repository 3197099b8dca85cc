import { useState } from 'preact/hooks';
import type { Network } from '../../../../shared/schemas/orders';
import { ApiError } from '../../api-error';
import { client, ok } from '../../client';
import type { T } from '../../i18n';

/** Connect, pull now and import registrations: one at a time, each ending in a message. */
export function useNetworkActions(network: Network, t: T, onChange: () => void) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

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
  const save = (form: HTMLFormElement) => {
    const body = Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => String(v).trim() !== ''));
    const init = { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
    void act(async () => {
      await ok(client.api.admin.networks[':network'].$put({ param: { network } }, { init }));
      form.reset();
      return t('connected');
    });
  };
  const syncPublishers = () => void act(async () => t('publishersResult', await ok(client.api.admin.networks.taobao.publishers.sync.$post())));
  const sync = () =>
    void act(async () => {
      const { done, ...r } = await ok(client.api.admin.networks[':network'].sync.$post({ param: { network } }));
      return t(done ? 'pulledResult' : 'pulledPart', r);
    });
  return { message, busy, save, sync, syncPublishers };
}
