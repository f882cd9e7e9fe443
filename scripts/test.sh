#!/usr/bin/env bash
# `npm test`: every check CI runs, each counted, ending with the plain line "N passed, N failed".
# Vitest counts its own tests; every other check (typecheck, lint, build, package checks, size) counts once.
set -uo pipefail
source "$(dirname "$0")/ensure-pnpm.sh"
cd "$ROOT"
export STORYBOOK_DISABLE_TELEMETRY=1 NEXT_TELEMETRY_DISABLED=1
if ! source "$ROOT/scripts/ensure-chromium.sh"; then
  echo "0 passed, 1 failed"
  exit 1
fi
if ! source "$ROOT/scripts/ensure-redis.sh"; then
  echo "0 passed, 1 failed"
  exit 1
fi
export CI="${CI:-true}"
RESULTS="$ROOT/.ci/results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
passed=0
failed=0
failures=()
T0=$SECONDS

step() { printf '\n=== [%ss] %s\n' "$((SECONDS - T0))" "$*"; }
check() { # check NAME COMMAND...: one pass or fail
  local name=$1; shift
  step "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}
vitest_project() { # vitest_project NAME DIR [ARGS...]: counts each test from vitest's JSON report
  local name=$1 dir=$2 report="$RESULTS/$1.json"
  shift 2
  step "tests: $name"
  (cd "$ROOT/$dir" && pnpm exec vitest run "$@" --reporter=default --reporter=json --outputFile="$report")
  local status=$?
  if [ -f "$report" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrors ?? 0))' "$report")
    passed=$((passed + p)); failed=$((failed + f))
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
    [ "$status" -ne 0 ] && failures+=("tests: $name")
  else
    failed=$((failed + 1)); failures+=("tests: $name (no report)")
  fi
}

step "install (pnpm $(pnpm -v), node $(node -v))"
if ! pnpm install --frozen-lockfile; then
  echo "pnpm install failed; nothing else can run."
  echo "0 passed, 1 failed"
  exit 1
fi

check "build" pnpm -r build
check "typecheck" pnpm -r --include-workspace-root typecheck
check "lint and format (biome)" pnpm exec biome ci .
check "API reference (typedoc, every warning an error)" pnpm run docs:api
vitest_project core packages/core
vitest_project react packages/react
vitest_project element packages/element
vitest_project server packages/server
vitest_project stories . --project storybook
vitest_project examples examples
check "storybook build" pnpm exec storybook build --quiet --output-dir storybook-static
check "package core: publint --strict, attw" pnpm --filter @wamigrate/core lint:pkg
check "package react: publint --strict, attw" pnpm --filter @wamigrate/react lint:pkg
check "package element: publint --strict, attw" pnpm --filter @wamigrate/element lint:pkg
check "package server: publint --strict, attw" pnpm --filter @wamigrate/server lint:pkg
check "packages as published: dry-run publish, LICENSE and README in every tarball" node scripts/check-packages.mjs
check "release rehearsal: changeset version on a copy, a changelog entry for every package" node scripts/check-release.mjs
check "size budgets core (size-limit)" pnpm --filter @wamigrate/core size
check "size budgets react (size-limit)" pnpm --filter @wamigrate/react size
check "size budgets element (size-limit)" pnpm --filter @wamigrate/element size
check "bench harness (one smoke run; npm run bench for figures)" pnpm --filter @wamigrate/bench run bench --smoke

step "done in $((SECONDS - T0))s"
[ "${#failures[@]}" -gt 0 ] && printf 'failed: %s\n' "${failures[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
