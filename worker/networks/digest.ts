import { hmac } from '@noble/hashes/hmac.js';
import { md5 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

// The networks sign with MD5 and HMAC-MD5, which WebCrypto does not offer; @noble/hashes does, in
// plain JS, the same in the Worker and in Node.

const upper = (bytes: Uint8Array) => bytesToHex(bytes).toUpperCase();

export const md5Upper = (text: string) => upper(md5(utf8ToBytes(text)));
export const hmacMd5Upper = (key: string, text: string) => upper(hmac(md5, utf8ToBytes(key), utf8ToBytes(text)));
export const hmacSha256Upper = (key: string, text: string) => upper(hmac(sha256, utf8ToBytes(key), utf8ToBytes(text)));

/**
 * The string all three networks sign: every parameter but `sign`, sorted by name in ASCII order, written
 * name+value with no separators; parameters with an empty value are left out, as the SDKs do.
 */
export function canonicalParams(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((k) => k !== 'sign' && params[k] !== '' && params[k] !== undefined)
    .sort()
    .map((k) => `${k}${params[k]}`)
    .join('');
}
