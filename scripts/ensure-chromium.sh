# Sourced by test.sh: finds Debian's Chromium for the browser tests (CHROMIUM_PATH, else /usr/bin/chromium).
# As root it installs Debian's package when missing; otherwise it says how. Never a downloaded browser.
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium package (needed by the browser tests) ..."
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -q || apt-get update -q; } >/dev/null
    apt-get install -y -q --no-install-recommends chromium fonts-liberation >/dev/null
  fi
fi
# The Japanese line-breaking tests read rendered line boxes: they need a Japanese font, as a Japanese
# help centre's visitors have one. Debian's Noto CJK, installed like Chromium when missing.
if ! fc-list :lang=ja 2>/dev/null | grep -q . && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's fonts-noto-cjk package (needed by the Japanese line-breaking tests) ..."
  export DEBIAN_FRONTEND=noninteractive
  # Not fatal: without it the line-breaking test still runs, on a fallback font.
  { { apt-get update -q || apt-get update -q; } >/dev/null &&
    apt-get install -y -q --no-install-recommends fonts-noto-cjk fontconfig >/dev/null; } ||
    echo "Could not install fonts-noto-cjk; Japanese text renders in a fallback font."
fi
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "Chromium was not found at $CHROMIUM_PATH and cannot be installed without root."
  echo "Install Debian's package (sudo apt-get install --no-install-recommends chromium fonts-liberation),"
  echo "or set CHROMIUM_PATH to a Chromium binary. The browser tests never download a browser."
  return 1 2>/dev/null || exit 1
fi
