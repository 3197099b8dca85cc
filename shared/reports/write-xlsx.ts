import { utils, write } from '@e965/xlsx';

/**
 * A one-sheet `.xlsx` of text cells (SheetJS), for files the operator opens in Excel or uploads to a bank:
 * every cell is text (`t: 's'`), so an account like 13812345678 or an amount like 30.00 keeps every digit
 * instead of becoming a number Excel reformats.
 */
export function writeXlsx(rows: readonly (readonly string[])[], sheetName: string): Uint8Array<ArrayBuffer> {
  const sheet = utils.aoa_to_sheet(rows.map((row) => row.map((v) => ({ t: 's', v }))));
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, sheetName);
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
