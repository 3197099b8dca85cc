import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type Lang } from '../i18n/messages';

interface Props {
  lang: Lang;
  label: string;
  value: string;
  multiline?: boolean;
  copy: (text: string) => Promise<boolean>;
  testId: string;
}

/** A read-only value with a copy button that confirms for two seconds. */
export function CopyField({ lang, label, value, multiline = false, copy, testId }: Props) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  const id = `dh-${testId}`;
  // A multi-line value is shown whole: the box grows with its text, so the 口令 line at the end of a
  // share text is never scrolled out of sight.
  const area = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    const grow = () => {
      el.style.height = 'auto';
      if (el.scrollHeight > 0) el.style.height = `${el.scrollHeight + 2}px`;
    };
    grow();
    // Measured again when its width changes (a scrollbar appearing, the panel resized): lines re-wrap.
    let width = el.clientWidth;
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (el.clientWidth === width) return;
            width = el.clientWidth;
            grow();
          });
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [value]);
  return (
    <div class="dh-field">
      <label for={id}>{label}</label>
      <div class="dh-field-row">
        {multiline ? (
          <textarea ref={area} id={id} data-testid={testId} readOnly rows={Math.max(2, value.split('\n').length)} value={value} />
        ) : (
          <input id={id} data-testid={testId} readOnly value={value} />
        )}
        <button type="button" onClick={async () => setCopied(await copy(value))} aria-live="polite">
          {copied ? t(lang, 'copied') : t(lang, 'copy')}
        </button>
      </div>
    </div>
  );
}
