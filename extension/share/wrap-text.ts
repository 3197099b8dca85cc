/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, character by character (Chinese
 * has no spaces to break at), ending the last line with `…` when text is left over.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  for (let i = 0; i < chars.length; i++) {
    const next = line + chars[i];
    if (measure(next) <= maxWidth || line === '') {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      while (line && measure(`${line}…`) > maxWidth) line = line.slice(0, -1);
      return [...lines, `${line}…`];
    }
    lines.push(line);
    line = chars[i]!;
  }
  return line ? [...lines, line] : lines;
}
