import { z } from 'zod';

/**
 * C0/C1 control characters (NUL, BEL, ESC …), zero-width and invisible formatting marks, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C)
 * that make a name read differently than it is stored. Tab and newline are white space, folded below.
 */
export const CONTROL_OR_BIDI = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

const foldLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const foldLines = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * The one rule for every field a person types (names, titles, notes, reasons, references, templates):
 * white space folded (runs become one space; with `lines`, line breaks are kept but no more than one
 * blank line), control and direction characters refused, the length capped after folding. `min` is the
 * shortest accepted (1 by default: an empty field is refused).
 */
export function personText(max: number, { min = 1, lines = false, what = 'text' }: { min?: number; lines?: boolean; what?: string } = {}) {
  return z
    .string()
    .max(max * 4, `${what} must be at most ${max} characters`)
    .refine((s) => !CONTROL_OR_BIDI.test(s), `${what} must not contain control or text-direction characters`)
    .transform(lines ? foldLines : foldLine)
    .pipe(
      z
        .string()
        .min(min, min === 1 ? `${what} must not be empty` : `${what} must be at least ${min} characters`)
        .max(max, `${what} must be at most ${max} characters`),
    );
}

const withoutControls = (s: string) => s.replace(new RegExp(CONTROL_OR_BIDI.source, 'g'), '');

/** Display-only text (from a shop page, echoed back on a form): the same characters stripped instead of refused. */
export function stripControls(s: string): string {
  return foldLine(withoutControls(s));
}

/** The same for text kept in lines (the affiliate's share-text templates). */
export function stripControlsKeepLines(s: string): string {
  return foldLines(withoutControls(s));
}
