#!/usr/bin/env bash
# Builds the extension for Chrome and Firefox (the build fails when the content script is over its
# budget, wxt.config.ts) and runs Mozilla's store linter on the Firefox build: errors fail, warnings
# (Preact's innerHTML path, zod's `new Function` probe) are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
quiet() { local out; out=$("$@" 2>&1) || { echo "$out"; return 1; }; echo "$out" | grep -ao 'content script: .*' || true; }
quiet wxt build
quiet wxt build -b firefox --mv3
web-ext lint --source-dir .output/firefox-mv3 --no-input --output json 2>/dev/null | node -e "
  let s = '';
  process.stdin.on('data', (d) => (s += d)).on('end', () => {
    const r = JSON.parse(s);
    for (const m of [...r.errors, ...r.warnings]) console.log(m._type, m.code, m.file ?? '', m.message);
    console.log('web-ext lint (Firefox):', r.summary.errors, 'errors,', r.summary.warnings, 'warnings');
    process.exit(r.summary.errors === 0 ? 0 : 1);
  });
"
