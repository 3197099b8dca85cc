import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../i18n/messages';
import { renderPoster } from '../share/poster';
import { qrMatrix } from '../share/qr';

export interface PosterActions {
  fetchImage(url: string): Promise<string | null>;
  copyImage(blob: Blob): Promise<boolean>;
}

interface Props {
  lang: Lang;
  code: string;
  shortUrl: string;
  title: string | null;
  priceFen: number | null;
  imageUrl: string | null;
  actions: PosterActions;
}

type State = { kind: 'idle' } | { kind: 'rendering' } | { kind: 'ready'; blob: Blob; url: string } | { kind: 'error'; message: string };

/** A button that draws the share poster in the browser, then offers download and copy. */
export function Poster({ lang, code, shortUrl, title, priceFen, imageUrl, actions }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => () => void (state.kind === 'ready' && URL.revokeObjectURL(state.url)), [state]);

  async function draw() {
    setState({ kind: 'rendering' });
    try {
      const imageDataUrl = imageUrl ? await actions.fetchImage(imageUrl) : null;
      const blob = await renderPoster({ title, priceFen, imageDataUrl, qr: qrMatrix(shortUrl), shortUrl, scanHint: t(lang, 'posterScan') });
      setState({ kind: 'ready', blob, url: URL.createObjectURL(blob) });
    } catch (err) {
      setState({ kind: 'error', message: t(lang, 'errorGeneric', { message: err instanceof Error ? err.message : String(err) }) });
    }
  }

  async function copy(blob: Blob) {
    if (!(await actions.copyImage(blob))) setState({ kind: 'error', message: t(lang, 'copyImageFailed') });
  }

  if (state.kind === 'ready') {
    return (
      <div class="dh-poster">
        <img src={state.url} alt={t(lang, 'posterAlt')} data-testid="poster-image" />
        <div class="dh-row">
          <a class="dh-button" href={state.url} download={`daihuo-${code}.png`}>
            {t(lang, 'download')}
          </a>
          <button type="button" onClick={() => void copy(state.blob)}>
            {t(lang, 'copyImage')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="dh-poster">
      <button type="button" data-testid="make-poster" disabled={state.kind === 'rendering'} onClick={() => void draw()}>
        {state.kind === 'rendering' ? t(lang, 'posterRendering') : t(lang, 'poster')}
      </button>
      {state.kind === 'error' && (
        <p role="alert" class="dh-error">
          {state.message}
        </p>
      )}
    </div>
  );
}
