/** True when `host` is `domain` itself or one of its subdomains. */
export function isHostOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** First query parameter among `names` whose value is all digits of a plausible id length. */
export function numericQueryParam(url: URL, names: readonly string[], min = 6, max = 15): string | null {
  for (const name of names) {
    const value = url.searchParams.get(name);
    if (value && value.length >= min && value.length <= max && /^\d+$/.test(value)) return value;
  }
  return null;
}
