#!/usr/bin/env bash
# The one test command (README, CI): installs test dependencies, type-checks, lints the layers
# (dependency-cruiser), runs the unit tests (vitest), builds the app and checks its bundle sizes
# against bench/ratchets.json, serves it, runs the browser tests (playwright-core + Debian
# Chromium) and the benchmark harness in quick mode, then prints one line summing all tests:
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
# the server's Postgres and Redis tests run here, never skip (test/server/postgresHarness.ts)
export CALLFLOOR_REQUIRE_SERVICES=1

out=$(mktemp -d)
status=0
unit_pass=0; unit_fail=0; e2e_pass=0; e2e_fail=0; other_fail=0

echo "== type check"
if ! npx tsc --noEmit -p tsconfig.json; then other_fail=$((other_fail + 1)); status=1; fi

echo "== layer lint (dependency-cruiser: .dependency-cruiser.cjs)"
if ! npm run --silent lint:layers; then other_fail=$((other_fail + 1)); status=1; fi

echo "== unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile="$out/vitest.json" || status=1
if [ -f "$out/vitest.json" ]; then
  read -r unit_pass unit_fail < <(node -e '
    const r = require(process.argv[1]);
    console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites || 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0));
  ' "$out/vitest.json")
else
  unit_fail=1
fi

echo "== build"
outdir=".test-dist"
if npx vite build --logLevel warn --outDir "$outdir" --emptyOutDir; then
  echo "== bundle size ratchets (bench/ratchets.json)"
  if ! npx tsx bench/checkBundle.ts "$outdir"; then other_fail=$((other_fail + 1)); status=1; fi
  # a 2,000-seat floor for the browser timing test (generated, not committed)
  npx tsx -e "import('./src/floorplan/generate/park.ts').then(async (g) => { const { serializePlan } = await import('./src/floorplan/format/serializePlan.ts'); (await import('node:fs')).writeFileSync('$outdir/samples/dense-2000.callfloor.json', serializePlan(g.generateDenseFloor(2000), { indent: 0 })); })"
  port=${CALLFLOOR_PORT:-4173}
  node_modules/.bin/vite preview --host 127.0.0.1 --port "$port" --strictPort --outDir "$outdir" >"$out/preview.log" 2>&1 &
  preview=$!
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.5; done
  echo "== browser tests (playwright-core + /usr/bin/chromium)"
  shopt -s nullglob
  specs=(test/e2e/*.e2e.ts)
  if [ ${#specs[@]} -gt 0 ]; then
    CALLFLOOR_URL="http://127.0.0.1:$port" npx tsx --test --test-concurrency=1 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$out/e2e.tap" "${specs[@]}" || status=1
    e2e_pass=$(grep -E '^# pass ' "$out/e2e.tap" | awk '{s+=$3} END {print s+0}')
    e2e_fail=$(grep -E '^# fail ' "$out/e2e.tap" | awk '{s+=$3} END {print s+0}')
    [ -s "$out/e2e.tap" ] || e2e_fail=1
  fi
  kill "$preview" 2>/dev/null; wait "$preview" 2>/dev/null
else
  other_fail=$((other_fail + 1)); status=1
fi

if [ -f bench/run.ts ]; then
  echo "== benchmark harness (quick)"
  if ! CALLFLOOR_DIST="$outdir" npm run --silent bench -- --quick --no-record; then other_fail=$((other_fail + 1)); status=1; fi
fi

passed=$((unit_pass + e2e_pass))
failed=$((unit_fail + e2e_fail + other_fail))
[ "$failed" -gt 0 ] && status=1
echo "unit: $unit_pass passed, $unit_fail failed; browser: $e2e_pass passed, $e2e_fail failed; other steps failed: $other_fail"
echo "$passed passed, $failed failed"
exit $status
