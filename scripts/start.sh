#!/usr/bin/env bash
# `npm start`: installs, builds the packages and the example pages, then serves
#   - Storybook (every component in every state, the docs, and the API reference at /api/) on
#     http://127.0.0.1:${PORT:-6006}/
#   - the example pages (a help-centre article and a React portal, under a strict CSP) on
#     http://127.0.0.1:${EXAMPLES_PORT:-6007}/
# Telemetry and update checks are off: nothing is fetched from the internet. Ctrl-C stops both.
set -euo pipefail
source "$(dirname "$0")/ensure-pnpm.sh"
cd "$ROOT"
export STORYBOOK_DISABLE_TELEMETRY=1 NEXT_TELEMETRY_DISABLED=1
pnpm install --frozen-lockfile
pnpm -r build
# The API reference: a type error mid-edit should not keep Storybook from starting.
pnpm run docs:api || echo "The API reference was not built (see above); Storybook starts without /api/."
EXAMPLES_PORT="${EXAMPLES_PORT:-6007}" node examples/server.mjs &
pids=($!)
echo "Storybook: http://127.0.0.1:${PORT:-6006}/"
pnpm exec storybook dev --port "${PORT:-6006}" --host 127.0.0.1 --no-open --no-version-updates --ci "$@" &
pids+=($!)
trap 'kill "${pids[@]}" 2>/dev/null' EXIT INT TERM
# When either server stops, stop the other.
wait -n
