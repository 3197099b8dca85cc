import { t, type Lang, type MessageKey } from '../i18n/messages';

/** A row of figure tiles: value on top, label below; `testId` marks the value for tests. */
export function Tiles({ lang, tiles }: { lang: Lang; tiles: ReadonlyArray<readonly [label: MessageKey, value: string | number, testId: string]> }) {
  return (
    <ul class="dh-tiles">
      {tiles.map(([key, value, testId]) => (
        <li key={key}>
          <span class="dh-tile-value" data-testid={testId}>
            {value}
          </span>
          <span class="dh-tile-label">{t(lang, key)}</span>
        </li>
      ))}
    </ul>
  );
}
