import { canonicalParams, md5Upper } from '../digest';

/** 多多进宝's signature: md5(client_secret + sorted name+value pairs + client_secret). */
export function signPdd(params: Readonly<Record<string, string>>, secret: string): string {
  return md5Upper(`${secret}${canonicalParams(params)}${secret}`);
}
