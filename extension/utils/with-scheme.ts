// Loopback and private-network hosts are served over plain HTTP (wrangler dev, a LAN box); anything
// else a person types bare is a deployed Worker, which is HTTPS.
const PLAIN_HTTP_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2})(?::\d+)?(?:[/?#]|$)/i;

// A host name with a dot, localhost or an IPv6 literal, then an optional port: anything else (a typo such as
// `http//host`) is left as typed for the URL check to refuse.
const BARE_HOST = /^(?:localhost|\[[\da-f:]+\]|[\w-]+(?:\.[\w-]+)+)(?::\d+)?(?:[/?#]|$)/i;

/** A service address as typed, with `https://` (or `http://` for loopback) added when it has no scheme. */
export function withScheme(address: string): string {
  if (!BARE_HOST.test(address)) return address;
  return `${PLAIN_HTTP_HOST.test(address) ? 'http' : 'https'}://${address}`;
}
