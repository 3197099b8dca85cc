import { useEffect, useState } from 'preact/hooks';
import { chinaDayNumber, dateOfChinaDay } from '../../../../shared/china-time';
import type { CodeClicksPage } from '../../../../shared/schemas';
import { ApiError } from '../../api-error';
import { client, ok } from '../../client';
import type { ViewProps } from '../../i18n';
import { ClickTable } from './ClickTable';

type Asked = { code: string; day: string };
type Loaded = { pages: CodeClicksPage[]; error: string | null; busy: boolean };

/** `#/clickLog?code=…&day=…` (the breakdown by share code links here): what to show first. */
const askedFromHash = (): Asked => {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  return { code: params.get('code') ?? '', day: params.get('day') ?? dateOfChinaDay(chinaDayNumber(Date.now())) };
};

/** One share code's raw clicks of one day, for looking into a dispute or a flood; a page at a time. */
export function Clicks({ t, lang }: ViewProps) {
  const [asked, setAsked] = useState<Asked>(askedFromHash);
  const { loaded, load } = useClickPages(t, asked.code !== '');
  // Opened from a breakdown row: show that code's day at once.
  useEffect(() => {
    if (asked.code) void load(asked, null);
  }, []);
  const submit = (e: Event) => {
    e.preventDefault();
    if (asked.code.trim()) void load({ code: asked.code.trim(), day: asked.day }, null);
  };
  const last = loaded.pages.at(-1);
  return (
    <section>
      <h2>{t('clicksTitle')}</h2>
      <p class="muted">{t('clicksHelp')}</p>
      <form class="filters" onSubmit={submit}>
        <label>
          {t('clicksCode')}
          <input value={asked.code} maxLength={20} required onInput={(e) => setAsked({ ...asked, code: e.currentTarget.value })} />
        </label>
        <label>
          {t('clicksDay')}
          <input type="date" value={asked.day} required onInput={(e) => setAsked({ ...asked, day: e.currentTarget.value })} />
        </label>
        <button type="submit" class="primary" disabled={loaded.busy}>
          {t('clicksShow')}
        </button>
      </form>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.busy && <p aria-busy="true">{t('loading')}</p>}
      {last && (
        <>
          <p class="muted" data-testid="clicks-source">
            {t(last.source === 'recent' ? 'clicksFromRecent' : 'clicksFromArchive', { n: loaded.pages.reduce((n, p) => n + p.clicks.length, 0) })}
          </p>
          {loaded.pages[0]!.clicks.length === 0 ? (
            <p class="muted">{t('clicksNone')}</p>
          ) : (
            <ClickTable clicks={loaded.pages.flatMap((p) => p.clicks)} lang={lang} t={t} />
          )}
          {last.next && (
            <button type="button" disabled={loaded.busy} onClick={() => void load({ code: last.code, day: last.day }, last.next)}>
              {t('clicksMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** Pages of a code's day: a new question starts over, `after` appends the next page. */
function useClickPages(t: ViewProps['t'], loadingFirst: boolean) {
  const [loaded, setLoaded] = useState<Loaded>({ pages: [], error: null, busy: loadingFirst });
  const load = async ({ code, day }: Asked, after: string | null) => {
    setLoaded((l) => ({ pages: after ? l.pages : [], error: null, busy: true }));
    try {
      const page = await ok(client.api.admin.codes[':code'].clicks.$get({ param: { code }, query: { day, ...(after ? { after } : {}) } }));
      setLoaded((l) => ({ pages: [...(after ? l.pages : []), page as CodeClicksPage], error: null, busy: false }));
    } catch (err) {
      const error =
        err instanceof ApiError && err.status === 404 ? t('clicksNoSuchCode', { code }) : err instanceof ApiError ? t('clicksBadQuestion') : String(err);
      setLoaded((l) => ({ ...l, error, busy: false }));
    }
  };
  return { loaded, load };
}
