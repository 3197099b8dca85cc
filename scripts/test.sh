#!/usr/bin/env bash
# `npm test`: every check and every test, ending with one plain line "N passed, N failed" for CI.
# Runs under npm, so node_modules/.bin (Node 24) is first on PATH.
set -uo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false WRANGLER_HIDE_BANNER=true CLOUDFLARE_CF_FETCH_ENABLED=false

checks_passed=0
checks_failed=0
check() {
  local name="$1"; shift
  echo "▶ $name"
  if "$@"; then checks_passed=$((checks_passed + 1)); else checks_failed=$((checks_failed + 1)); echo "✖ $name failed"; fi
}

check "chromium present" bash scripts/ensure-chromium.sh
check "lint, format and layering (biome)" biome check --error-on-warnings --no-errors-on-unmatched --max-diagnostics=50 .
check "admin dashboard build (vite)" npm run --silent build:admin
quietly() { local out; out=$("$@" 2>&1) || { echo "$out"; return 1; }; }
check "extension builds, content-script budget, store lint (web-ext)" bash scripts/check-extension.sh
check "worker types (wrangler types)" quietly npm run --silent cf-typegen
check "typecheck (tsc -b)" tsc -b
check "deploy dry run (wrangler deploy --dry-run)" quietly npm run --silent deploy:check
# The bench's routes live in their own entry (worker/bench/entry.ts) and must never ship.
check "deployed bundle carries no bench routes" bash -c '! grep -rq "__bench\|bench/routes" .output/worker-dry-run'

REPORT=.vitest-report.json
rm -f "$REPORT"
echo "▶ vitest: shared, worker (workerd + D1), extension, e2e (Chromium)"
vitest run --config tests/vitest.config.ts --reporter=default --reporter=json --outputFile="$REPORT"

read -r tests_passed tests_failed tests_total < <(node -e "
  const fs = require('fs');
  if (!fs.existsSync('$REPORT')) { console.log('0 1 0'); process.exit(0); }
  const r = JSON.parse(fs.readFileSync('$REPORT', 'utf8'));
  // A suite that fails to load has no test results but must still count as a failure.
  const broken = r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  console.log(r.numPassedTests, r.numFailedTests + broken, r.numTotalTests);
")
if [ "$tests_total" -eq 0 ]; then tests_failed=$((tests_failed + 1)); echo "✖ no test ran"; fi

echo "checks: $checks_passed passed, $checks_failed failed; tests: $tests_passed passed, $tests_failed failed"
passed=$((checks_passed + tests_passed))
failed=$((checks_failed + tests_failed))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
