# Sourced by the other scripts: puts the pinned pnpm on PATH, installing it from the npm registry into
# .tools/ when it is missing (no global install, so it works without root). Corepack is not used: the
# one bundled with Node 20 rejects pnpm's signatures (TOOLCHAIN.md step 1).
PNPM_VERSION=12.21.0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/.tools/bin:$PATH"
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
if [ "$(pnpm -v 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION into .tools/ ..."
  npm install --global --prefix "$ROOT/.tools" "pnpm@$PNPM_VERSION" --loglevel=error >/dev/null
fi
