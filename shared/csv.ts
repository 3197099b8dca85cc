/**
 * One CSV cell. Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading
 * `'` (OWASP's CSV-injection advice), and cells are quoted when they hold commas, quotes or newlines.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A plain negative number (`-30.00`) is no formula, and must stay a number for the spreadsheet.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a header row; CRLF line ends and a BOM so Excel reads UTF-8 Chinese correctly. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
