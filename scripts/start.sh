#!/usr/bin/env bash
# `npm start`: installs, builds, and serves the main job on localhost, printing the address.
# Until the React package lands, that is a page listing what the core knows.
set -euo pipefail
source "$(dirname "$0")/ensure-pnpm.sh"
cd "$ROOT"
pnpm install --frozen-lockfile
pnpm -r build
exec node scripts/core-overview.mjs "$@"
