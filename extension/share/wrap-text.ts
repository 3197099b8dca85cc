// Where a line may break: at the word boundaries of Intl.Segmenter (which knows Chinese words), but never
// inside a run of Latin letters, digits and symbols — the segmenter cuts "256G/B" and "31/6" at the slash,
// a line must not — and never before closing punctuation (，。）」 …).
const SEGMENTER = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const LATIN = /[\x21-\x7E×÷±°%‰]/;
const CLOSING = /^[，。、！？；：）》」』】〕”’…,.!?;:)\]}]/;
/** U+2060 between two words keeps them on one line; it is taken out of the lines drawn. */
export const WORD_JOINER = '\u2060';

/** The text cut into units no line may split, each keeping the spaces that follow it. */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  // Words joined by U+2060 are one unit up to the spaces around them; the rest goes to the segmenter.
  for (const piece of text.split(/(?<= )/)) {
    if (piece.includes(WORD_JOINER)) {
      // A piece that opens with the joiner holds on to the word before its space ("Sold ⁠3,200").
      if (piece.startsWith(WORD_JOINER) && units.length > 0) units[units.length - 1] += piece;
      else units.push(piece);
      continue;
    }
    for (const { segment } of SEGMENTER.segment(piece)) {
      const last = units.at(-1);
      const before = last?.at(-1) ?? ' ';
      const after = segment[0]!;
      const canBreak = before === ' ' || (!(LATIN.test(before) && LATIN.test(after)) && !CLOSING.test(segment));
      if (last === undefined || (canBreak && after !== ' ')) units.push(segment);
      else units[units.length - 1] = last + segment;
    }
  }
  return units;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, ending the last line with `…`
 * when text is left over. A unit wider than a whole line is cut by character, the only place that happens.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  return wrapUnits(text, maxWidth, maxLines, measure).map((line) => line.replaceAll(WORD_JOINER, ''));
}

function wrapUnits(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const units = breakUnits(text.replace(/\s+/g, ' ').trim()).flatMap(
    (unit) => (measure(unit.trimEnd()) <= maxWidth ? [unit] : [...unit]), // too long for any line: characters
  );
  for (const unit of units) {
    const next = line + unit;
    if (measure(next.trimEnd()) <= maxWidth || line === '') {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      let last = line.trimEnd();
      while (last && measure(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
      return [...lines, `${last}…`];
    }
    lines.push(line.trimEnd());
    line = unit.trimStart();
  }
  line = line.trimEnd();
  return line ? [...lines, line] : lines;
}
