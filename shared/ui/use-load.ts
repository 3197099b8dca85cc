import { useEffect, useState } from 'preact/hooks';

/**
 * Loads with `load` whenever `deps` change (or `reload` is called) and keeps only the answer to the
 * latest call: an answer that arrives after a newer call started, or after the view went away, is
 * dropped — so a slow answer to an old filter never overwrites the list for the new one. `load` may
 * answer null for "nothing to load" (a half-typed month); `clear` empties the value while loading.
 * Used by the popup, the options page and the dashboard alike.
 */
export function useLoad<T>(load: () => Promise<T> | null, deps: readonly unknown[], { clear = false } = {}) {
  const [value, setValue] = useState<T | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (clear) setValue(null);
    const answer = load();
    if (!answer) return;
    let live = true;
    void answer.then((v) => live && setValue(() => v));
    return () => {
      live = false;
    };
  }, [...deps, version]);
  // `set`: a fresher value the view already has in hand (an answer that came with a refusal).
  return { value, reload: () => setVersion((v) => v + 1), set: (v: T) => setValue(() => v) };
}
