/**
 * `length` characters drawn uniformly from `alphabet` with the platform's CSPRNG.
 * Rejection sampling keeps the draw unbiased for alphabets that do not divide 256.
 */
export function randomString(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const byte of bytes) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}
