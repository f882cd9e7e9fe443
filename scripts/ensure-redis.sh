# Sourced by test.sh: Debian's redis-server for the tests of limits shared across server instances
# (REDIS_SERVER_PATH, else redis-server on PATH). As root it installs Debian's package when missing;
# otherwise it says how. The tests start their own instance on a free loopback port and stop it.
if ! command -v "${REDIS_SERVER_PATH:-redis-server}" >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's redis-server package (needed by the shared-limit tests) ..."
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -q || apt-get update -q; } >/dev/null
    apt-get install -y -q --no-install-recommends redis-server >/dev/null
    # The package starts a system instance; the tests want only their own.
    { service redis-server stop || systemctl stop redis-server; } >/dev/null 2>&1 || true
  fi
fi
if ! command -v "${REDIS_SERVER_PATH:-redis-server}" >/dev/null 2>&1; then
  echo "redis-server was not found and cannot be installed without root."
  echo "Install Debian's package (sudo apt-get install --no-install-recommends redis-server),"
  echo "or set REDIS_SERVER_PATH to a redis-server binary."
  return 1 2>/dev/null || exit 1
fi
export REDIS_SERVER_PATH="${REDIS_SERVER_PATH:-$(command -v redis-server)}"
