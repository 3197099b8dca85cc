import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** KEY=VALUE lines of a .dev.vars file (comments and blanks skipped). */
export function readDevVars(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const vars: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*"?(.*?)"?\s*$/.exec(line);
    if (match) vars[match[1]!] = match[2]!;
  }
  return vars;
}

/** Adds each missing secret with a fresh random value; existing values are never touched. Returns the result. */
export function ensureDevSecrets(path: string, names: readonly string[]): Record<string, string> {
  const vars = readDevVars(path);
  const missing = names.filter((name) => !vars[name]);
  if (missing.length > 0) {
    const lines = missing.map((name) => `${name}=${randomBytes(24).toString('base64url')}`);
    const before = existsSync(path) ? readFileSync(path, 'utf8').replace(/\n*$/, '\n') : '# Local Worker secrets (gitignored), written by npm start.\n';
    writeFileSync(path, `${before + lines.join('\n')}\n`, { mode: 0o600 });
  }
  return readDevVars(path);
}
