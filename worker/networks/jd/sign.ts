import { canonicalParams, md5Upper } from '../digest';

/** JD Union's signature: md5(secret + sorted name+value pairs + secret); the business JSON signed is the one sent. */
export function signJd(params: Readonly<Record<string, string>>, secret: string): string {
  return md5Upper(`${secret}${canonicalParams(params)}${secret}`);
}
