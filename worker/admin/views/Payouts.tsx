import { useEffect, useState } from 'preact/hooks';
import { formatChinaTime } from '../../../shared/china-time';
import { formatFen, parseYuanToFen } from '../../../shared/money';
import { PAYOUT_STATUSES, monthSummarySchema, payoutListSchema, type MonthSummaryRow, type Payout, type PayoutStatus } from '../../../shared/schemas/payouts';
import { ApiError } from '../api-error';
import { chinaDate, yuan } from '../format';
import { client, ok, okAs } from '../client';
import { useLoad } from '../../../shared/ui/use-load';
import type { T } from '../i18n';

const PAGE = 50;

/** Hold period and minimum payout, saved together. */
function PayoutSettings({ t }: { t: T }) {
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

/** One request's actions: approve, reject with a reason, mark paid with the transfer reference. */
function PayoutActions({ payout, t, onDone }: { payout: Payout; t: T; onDone(error: string | null): void }) {
  const [text, setText] = useState('');
  const open = payout.status === 'requested' || payout.status === 'approved';
  if (!open) return <span>{payout.reference ?? payout.reason ?? ''}</span>;
  async function step(action: 'approve' | 'reject' | 'paid') {
    const param = { id: payout.id };
    try {
      const route = client.api.admin.payouts[':id'];
      await ok(
        action === 'reject'
          ? route.reject.$post({ param, json: { reason: text } })
          : action === 'paid'
            ? route.paid.$post({ param, json: { reference: text } })
            : route.approve.$post({ param }),
      );
      setText('');
      onDone(null);
    } catch (err) {
      onDone(err instanceof ApiError ? err.message : String(err));
    }
  }
  return (
    <span class="actions">
      <input
        aria-label={`${t('rejectReason')} / ${t('paidReference')}`}
        placeholder={t('paidReference')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {payout.status === 'requested' && (
        <button type="button" onClick={() => void step('approve')}>
          {t('approve')}
        </button>
      )}
      <button type="button" onClick={() => void step('paid')} disabled={!text.trim()}>
        {t('markPaid')}
      </button>
      <button type="button" onClick={() => void step('reject')} disabled={text.trim().length < 2} title={t('rejectReason')}>
        {t('reject')}
      </button>
    </span>
  );
}

/** What the programme owed at the start and end of a month, per affiliate, for bookkeeping; read again after each step. */
function MonthSummary({ t, version }: { t: T; version: number }) {
  const [month, setMonth] = useState(formatChinaTime(Date.now()).slice(0, 7));
  const rows = useLoad(
    () =>
      /^\d{4}-\d{2}$/.test(month)
        ? okAs(client.api.admin.statements[':month'].$get({ param: { month }, query: {} }), monthSummarySchema).then((r) => r.rows as MonthSummaryRow[])
        : null,
    [month, version],
  ).value;
  return (
    <section>
      <div class="row">
        <h2>{t('monthSummary')}</h2>
        <label>
          {t('month')} <input type="month" value={month} onInput={(e) => setMonth(e.currentTarget.value)} />
        </label>
        <a class="button" href={`/api/admin/statements/${month}?format=csv`} download>
          {t('exportCsv')}
        </a>
      </div>
      <div class="scroll">
        <table data-testid="month-summary">
          <thead>
            <tr>
              <th>{t('affiliate')}</th>
              <th>{t('openingOwed')}</th>
              <th>{t('earned')}</th>
              <th>{t('adjusted')}</th>
              <th>{t('paidOut')}</th>
              <th>{t('closingOwed')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((r) => (
              <tr key={r.affiliateId}>
                <td>{r.name}</td>
                <td>{yuan(r.openingOwedFen)}</td>
                <td>{yuan(r.earnedFen)}</td>
                <td>{yuan(r.adjustedFen)}</td>
                <td>{yuan(r.paidFen)}</td>
                <td>{yuan(r.closingOwedFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** 提现: the requests, a page at a time, each step one click; the rules; the month's books. */
export function Payouts({ t }: { t: T }) {
  const [status, setStatus] = useState<PayoutStatus | ''>('requested');
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const list = useLoad<{ payouts: Payout[]; total: number }>(
    () => okAs(client.api.admin.payouts.$get({ query: { ...(status ? { status } : {}), limit: String(PAGE), offset: String(offset) } }), payoutListSchema),
    [status, offset, version],
  ).value;

  return (
    <div>
      <PayoutSettings t={t} />
      <div class="row">
        <label>
          {t('statusFilter')}{' '}
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value as PayoutStatus | '');
              setOffset(0);
            }}
          >
            <option value="">{t('allStatuses')}</option>
            {PAYOUT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`payout_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <a class="button" href={`/api/admin/payouts?${status ? `status=${status}&` : ''}format=csv`} download>
          {t('exportCsv')}
        </a>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!list ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : list.payouts.length === 0 ? (
        <p class="empty">{t('noPayouts')}</p>
      ) : (
        <>
          <div class="scroll">
            <table data-testid="payouts">
              <thead>
                <tr>
                  <th>{t('requestedAt')}</th>
                  <th>{t('affiliate')}</th>
                  <th>{t('amount')}</th>
                  <th>{t('status')}</th>
                  <th>{t('action')}</th>
                </tr>
              </thead>
              <tbody>
                {list.payouts.map((p) => (
                  <tr key={p.id} data-payout={p.id}>
                    <td>{chinaDate(p.requestedAt)}</td>
                    <td>{p.affiliateName}</td>
                    <td>{yuan(p.amountFen)}</td>
                    <td>{t(`payout_${p.status}`)}</td>
                    <td>
                      <PayoutActions
                        payout={p}
                        t={t}
                        onDone={(message) => {
                          setError(message);
                          setVersion((v) => v + 1);
                        }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="row">
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('prevPage')}
            </button>
            <span>{t('pageOf', { from: offset + 1, to: offset + list.payouts.length, total: list.total })}</span>
            <button type="button" disabled={offset + PAGE >= list.total} onClick={() => setOffset(offset + PAGE)}>
              {t('nextPage')}
            </button>
          </div>
        </>
      )}
      <MonthSummary t={t} version={version} />
    </div>
  );
}
