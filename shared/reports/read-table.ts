import Papa from 'papaparse';
import { read, utils } from '@e965/xlsx';
import { decodeText, type TextEncoding } from './decode-text';

export type ReportFormat = TextEncoding | 'xls' | 'xlsx' | 'html';

/** A report as rows of cell text, whatever file it came in, and what the file was. */
export interface ReportTable {
  rows: string[][];
  format: ReportFormat;
}

const isXls = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0; // OLE2 compound file (BIFF8)
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04; // .xlsx

/** The first sheet as text rows: every cell as it reads in Excel, times as `yyyy-mm-dd hh:mm:ss`. */
function sheetRows(workbook: ReturnType<typeof read>): string[][] {
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
  if (!sheet) return [];
  const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: false, dateNF: 'yyyy-mm-dd hh:mm:ss' });
  return rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))));
}

/** A spreadsheet that cannot be read: cut short in the download, or not a whole workbook. */
export class DamagedFileError extends Error {
  readonly format: 'xls' | 'xlsx';
  constructor(format: 'xls' | 'xlsx') {
    super(`the ${format} file is damaged or incomplete`);
    this.name = 'DamagedFileError';
    this.format = format;
  }
}

/** The Chinese words for a damaged file, with the advice that fits it (download it again, not upload it again). */
export const DAMAGED_FILE_MESSAGE = '文件已损坏或不完整（可能没有下载完），无法读取。请从联盟后台重新下载后再上传。';

function readWorkbook(bytes: Uint8Array, format: 'xls' | 'xlsx'): string[][] {
  try {
    return sheetRows(read(bytes, { type: 'array', dense: true, cellHTML: false, cellFormula: false }));
  } catch {
    throw new DamagedFileError(format);
  }
}

/**
 * Reads a network's export as it was downloaded: Alimama's binary `.xls` (BIFF8) and `.xlsx` through
 * SheetJS, HTML tables saved as `.xls`, and CSV/TSV in UTF-8, UTF-16 or GBK through Papa Parse. The same
 * function runs in the Worker (API uploads) and in the dashboard (which sends large files in parts).
 * A spreadsheet that cannot be read throws DamagedFileError.
 */
export function readReportTable(bytes: Uint8Array): ReportTable {
  if (isXls(bytes) || isZip(bytes)) {
    const format = isXls(bytes) ? 'xls' : 'xlsx';
    return { rows: readWorkbook(bytes, format), format };
  }
  const { text, encoding } = decodeText(bytes);
  if (/^\s*<(!doctype html|html|table|meta|\?xml)/i.test(text.slice(0, 512))) {
    return { rows: sheetRows(read(text, { type: 'string', dense: true, cellHTML: false })), format: 'html' };
  }
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';'] });
  return { rows: data, format: encoding };
}
