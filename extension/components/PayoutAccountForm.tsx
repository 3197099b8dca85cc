import { useState } from 'preact/hooks';
import { PAYOUT_METHODS, payoutAccountInputSchema, type PayoutAccount, type PayoutAccountInput, type PayoutMethod } from '@@/shared/schemas';
import { useLoad } from '@@/shared/ui/use-load';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';
import { errorMessage } from './error-message';

export interface PayoutAccountActions {
  getPayoutAccount(): Promise<ApiResult<{ account: PayoutAccount | null }>>;
  savePayoutAccount(input: PayoutAccountInput): Promise<ApiResult<{ account: PayoutAccount | null }>>;
}

/** Which field the shared rule refused, for a message in the reader's words (the Worker applies the same rule). */
function problemOf(input: unknown): 'account' | 'realName' | null {
  const parsed = payoutAccountInputSchema.safeParse(input);
  if (parsed.success) return null;
  return parsed.error.issues.some((i) => i.path[0] === 'account') ? 'account' : 'realName';
}

/** 收款账户: where the operator pays the affiliate — 支付宝 or 微信 and the real name — shown masked once saved. */
export function PayoutAccountForm({ lang, actions }: { lang: Lang; actions: PayoutAccountActions }) {
  const saved = useLoad(() => actions.getPayoutAccount(), []);
  const [editing, setEditing] = useState(false);
  const [method, setMethod] = useState<PayoutMethod>('alipay');
  const [error, setError] = useState<string | null>(null);
  const account = saved.value?.ok ? saved.value.data.account : null;
  if (!saved.value) return null;

  async function save(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const input = { method, account: String(form.get('account') ?? '').trim(), realName: String(form.get('realName') ?? '').trim() };
    const problem = problemOf(input);
    if (problem) return setError(t(lang, problem === 'account' ? (method === 'alipay' ? 'accountBadAlipay' : 'accountBadWechat') : 'accountBadName'));
    const result = await actions.savePayoutAccount(input as PayoutAccountInput);
    if (!result.ok) return setError(errorMessage(lang, result.error));
    setError(null);
    setEditing(false);
    saved.set(result);
  }

  if (account && !editing)
    return (
      <p class="dh-row dh-note" data-testid="payout-account">
        {t(lang, 'accountTitle')}：{t(lang, `method_${account.method}`)} {account.masked}
        <button type="button" class="dh-link" onClick={() => setEditing(true)}>
          {t(lang, 'accountChange')}
        </button>
      </p>
    );
  return (
    <form class="dh-account-form" onSubmit={save} data-testid="payout-account-form">
      <strong>{t(lang, 'accountTitle')}</strong>
      {!account && <p class="dh-note">{t(lang, 'accountNeeded')}</p>}
      <fieldset class="dh-range">
        {PAYOUT_METHODS.map((m) => (
          <button type="button" key={m} aria-pressed={method === m} onClick={() => setMethod(m)}>
            {t(lang, `method_${m}`)}
          </button>
        ))}
      </fieldset>
      <label>
        {t(lang, method === 'alipay' ? 'accountAlipay' : 'accountWechat')}
        <input name="account" autoComplete="off" inputMode={method === 'alipay' ? 'email' : 'text'} maxLength={100} required />
      </label>
      <label>
        {t(lang, 'accountRealName')}
        <input name="realName" autoComplete="name" maxLength={30} required />
      </label>
      <button type="submit" class="dh-primary">
        {t(lang, 'accountSave')}
      </button>
      {error && (
        <p role="alert" class="dh-error">
          {error}
        </p>
      )}
    </form>
  );
}
