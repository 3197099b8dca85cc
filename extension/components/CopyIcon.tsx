/** Two overlapping sheets, drawn: the "⧉" character has no glyph in many Linux and Windows fonts. */
export function CopyIcon() {
  return (
    <svg class="dh-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" stroke-width="1.5" />
    </svg>
  );
}
