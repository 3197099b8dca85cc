export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gbk';

/** Valid multi-byte UTF-8 sequences and bytes that fit no sequence, in a sample. */
function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === 0) {
      i++;
      continue;
    }
    let ok = need > 0 && i + need < bytes.length + 1;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else if (i + need >= bytes.length && need > 0) {
      i = bytes.length; // a sequence cut off by the end of the sample
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/**
 * Valid UTF-8 apart from a few stray bytes: no invalid byte at all, or a handful (at most 3, or one in ten
 * of the valid sequences in a large file) against at least three times as many valid sequences.
 */
export function looksLikeUtf8(multibyte: number, invalid: number): boolean {
  return invalid === 0 || (multibyte >= 3 * invalid && invalid <= Math.max(3, multibyte / 10));
}

/**
 * Report text arrives as UTF-8 (with or without BOM), UTF-16 (Alimama's newer CSV) or GBK (exports
 * saved by Excel on Chinese Windows). BOMs decide; without one, NUL bytes betray UTF-16. Then every
 * byte of the file is counted: GBK text is mostly byte pairs that are not UTF-8 (only about one pair in
 * twelve happens to form a UTF-8 sequence), while a UTF-8 file with a few stray bytes (a truncated cell,
 * a paste from elsewhere) is still valid UTF-8 everywhere else — however small the file — and is read as
 * such, the stray bytes becoming U+FFFD in the cell they spoil.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 4096);
  let oddNuls = 0;
  let evenNuls = 0;
  for (const [i, byte] of sample.entries()) {
    if (byte === 0 && i % 2) oddNuls++;
    else if (byte === 0) evenNuls++;
  }
  if (oddNuls > sample.length / 8) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (evenNuls > sample.length / 8) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const { multibyte, invalid } = utf8Census(bytes);
  if (looksLikeUtf8(multibyte, invalid)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
}
