import { useEffect, useState } from 'preact/hooks';
import { formatFen, parseYuanToFen } from '../../../../shared/money';
import { client, ok } from '../../client';
import type { T } from '../../i18n';

/** Hold period and minimum payout, saved together. */
export function PayoutSettings({ t }: { t: T }) {
  const [values, setValues] = useState<{ hold: string; minimum: string } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    void ok(client.api.admin.tiers.$get()).then((s) => setValues({ hold: String(s.payoutHoldDays), minimum: formatFen(s.minimumPayoutFen) }));
  }, []);
  if (!values) return null;
  // Read at submit from the form itself: a save right after typing must not send a render's stale copy.
  async function save(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const minimumPayoutFen = parseYuanToFen(String(form.get('minimum') ?? ''));
    try {
      await ok(
        client.api.admin.settings.$put({
          json: { payoutHoldDays: Number(form.get('hold')), ...(minimumPayoutFen === null ? {} : { minimumPayoutFen }) },
        }),
      );
      setMessage({ text: t('saved'), error: false });
    } catch (err) {
      setMessage({ text: err instanceof Error ? err.message : String(err), error: true });
    }
  }
  return (
    <form class="row" onSubmit={save} data-testid="payout-settings">
      <strong>{t('payoutSettings')}</strong>
      <label>
        {t('holdDays')}{' '}
        <input name="hold" type="number" min={0} max={180} value={values.hold} onInput={(e) => setValues({ ...values, hold: e.currentTarget.value })} />
      </label>
      <label>
        {t('minimumPayout')}{' '}
        <input name="minimum" inputMode="decimal" value={values.minimum} onInput={(e) => setValues({ ...values, minimum: e.currentTarget.value })} />
      </label>
      <button type="submit">{t('save')}</button>
      {message && (
        <span role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'notice'}>
          {message.text}
        </span>
      )}
    </form>
  );
}
