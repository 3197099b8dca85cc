export type ReportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gbk';

/**
 * Report files arrive as UTF-8 (with or without BOM), UTF-16 (Alimama's newer CSV) or GBK (older
 * exports saved by Excel on Chinese Windows). BOMs decide; without one, NUL bytes betray UTF-16 and
 * bytes that are not valid UTF-8 mean GBK (decoded as gb18030, its superset).
 */
export function decodeReport(bytes: Uint8Array): { text: string; encoding: ReportEncoding } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 4096);
  let oddNuls = 0;
  let evenNuls = 0;
  sample.forEach((byte, i) => byte === 0 && (i % 2 ? oddNuls++ : evenNuls++));
  if (oddNuls > sample.length / 8) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (evenNuls > sample.length / 8) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
  }
}
