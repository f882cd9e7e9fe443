#!/usr/bin/env bash
# `npm run bench`: sizes and speed beside Mantine's and MUI's steppers (bench/README.md). Not part of
# `npm test`, which runs only a one-iteration smoke run. Takes about eight minutes on two cores; arguments pass
# through (--runs N, --cycles N, --events N, --smoke).
set -euo pipefail
source "$(dirname "$0")/ensure-pnpm.sh"
cd "$ROOT"
export NEXT_TELEMETRY_DISABLED=1
source "$ROOT/scripts/ensure-chromium.sh"
source "$ROOT/scripts/ensure-redis.sh"
pnpm install --frozen-lockfile
# The benchmarks measure the built packages; build them unless `npm test` already has.
for built in packages/core/dist/index.js packages/react/dist/index.js packages/element/dist/wamigrate-guide.js packages/server/dist/index.js; do
  [ -f "$built" ] || { pnpm -r build; break; }
done
exec pnpm --filter @wamigrate/bench run bench "$@"
