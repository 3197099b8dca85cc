import { canonicalParams, hmacMd5Upper, hmacSha256Upper, md5Upper } from '../digest';

export type TopSignMethod = 'md5' | 'hmac' | 'hmac-sha256';

/** TOP's signature of a request (docs/networks.md, TOP signing): md5 wraps the secret around the string, hmac variants key with it. */
export function signTop(params: Readonly<Record<string, string>>, secret: string, method: TopSignMethod): string {
  const text = canonicalParams(params);
  if (method === 'md5') return md5Upper(`${secret}${text}${secret}`);
  if (method === 'hmac') return hmacMd5Upper(secret, text);
  return hmacSha256Upper(secret, text);
}
