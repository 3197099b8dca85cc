import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../shared/csv';

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-2+3+cmd', "'-2+3+cmd"],
    ['-2', '-2'],
    ['-30.00', '-30.00'],
    ['-1e3', "'-1e3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['两行\n文字', '"两行\n文字"'],
    ['普通', '普通'],
  ])('%j → %j', (input, output) => expect(csvCell(input)).toBe(output));

  it('leaves numbers (including negative ones) as numbers', () => {
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(null)).toBe('');
  });

  it('writes a BOM, a header and CRLF rows', () => {
    expect(toCsv(['a', 'b'], [[1, '=x']])).toBe("\uFEFFa,b\r\n1,'=x\r\n");
  });
});
