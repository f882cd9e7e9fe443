#!/usr/bin/env bash
# `npm start`: installs, builds the packages, and serves Storybook (every component in every state) on
# http://127.0.0.1:${PORT:-6006}/. Telemetry and update checks are off: nothing is fetched from the internet.
set -euo pipefail
source "$(dirname "$0")/ensure-pnpm.sh"
cd "$ROOT"
export STORYBOOK_DISABLE_TELEMETRY=1
pnpm install --frozen-lockfile
pnpm -r build
exec pnpm exec storybook dev --port "${PORT:-6006}" --host 127.0.0.1 --no-open --no-version-updates --ci "$@"
