// workerd reports an outbound fetch it cannot make (no DNS, no route — a shop's short link opened on a
// machine without internet) as an internal error: a red block with a native stack trace and a Sentry id,
// although the Worker caught the failure and answered SHORT_LINK_UNRESOLVED. In `npm start`'s output that
// reads like a crash, so each such block becomes one plain line; every other line passes unchanged.

const ANSI = /\x1b\[[0-9;]*m/g;
const INTERNAL_ERROR = /✘ \[ERROR\] e = \S+: failed: (.+)$/;

/** A line filter for wrangler's output: returns the line to print, or null to drop it. */
export function createWorkerdLogFilter(): (line: string) => string | null {
  let inBlock = false;
  return (line) => {
    const plain = line.replace(ANSI, '');
    const internal = INTERNAL_ERROR.exec(plain);
    if (internal) {
      inBlock = true;
      return `  (an outbound request failed inside workerd: ${internal[1]!.trim()}; the Worker answered with an error code)`;
    }
    if (inBlock) {
      if (plain.trim() === '' || plain.trimStart().startsWith('stack:')) return null;
      inBlock = false;
    }
    return line;
  };
}
