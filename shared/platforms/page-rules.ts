import { numericQueryParam } from './host';

/**
 * One kind of product page: its host(s), its path, and where the id sits (a path group, or query
 * parameters). Product pages are recognised by host + path, never by "any id on a shop host": service
 * pages, description endpoints and search pages carry item ids too.
 */
export interface PageRule {
  hosts: readonly string[];
  path: RegExp;
  /** Query parameters holding the id; when absent, the path's first group is the id. */
  params?: readonly string[];
}

/** The product id of `url` under the first rule whose host and path match, else null. */
export function idFromPageRules(url: URL, rules: readonly PageRule[], min = 5, max = 15): string | null {
  for (const rule of rules) {
    if (!rule.hosts.includes(url.hostname)) continue;
    const match = rule.path.exec(url.pathname);
    if (!match) continue;
    const id = rule.params ? numericQueryParam(url, rule.params, min, max) : (match[1] ?? null);
    if (id && id.length >= min && id.length <= max && /^\d+$/.test(id)) return id;
  }
  return null;
}
