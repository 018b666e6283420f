# Source this file (". scripts/env.sh"): puts a Node >= 22 first on PATH — Node 24 from the npm
# registry, installed once into a cache folder, when the machine's Node is older — and installs
# Debian's Chromium, its language packs (chromium-l10n: the end-to-end tests run the UI in German too)
# and firefox-esr for the end-to-end tests when they are missing and apt-get can run
# (NEEDLE_SKIP_BROWSERS=1 skips them, e.g. to only build from the sources archive).
NEEDLE_NODE_CACHE="${NEEDLE_NODE_CACHE:-$HOME/.cache/needle-safe-node}"
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 22 ]; then
  if [ ! -x "$NEEDLE_NODE_CACHE/node_modules/.bin/node" ]; then
    echo "Installing Node 24 from the npm registry into $NEEDLE_NODE_CACHE"
    mkdir -p "$NEEDLE_NODE_CACHE"
    npm install --prefix "$NEEDLE_NODE_CACHE" --no-audit --no-fund --loglevel=error node@24 >/dev/null
  fi
  export PATH="$NEEDLE_NODE_CACHE/node_modules/.bin:$PATH"
fi
_needle_missing=""
command -v chromium >/dev/null 2>&1 || _needle_missing=" chromium openssl"
# The language packs must match Chromium's version: asked for together, apt upgrades both if needed.
[ -f /usr/lib/chromium/locales/de.pak ] || _needle_missing="$_needle_missing chromium chromium-l10n"
command -v firefox-esr >/dev/null 2>&1 || _needle_missing="$_needle_missing firefox-esr"
if [ -n "$_needle_missing" ] && [ -z "${NEEDLE_SKIP_BROWSERS:-}" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing from Debian for the end-to-end tests:$_needle_missing"
  if [ "$(id -u)" -eq 0 ]; then _needle_sudo=""; else _needle_sudo="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $_needle_sudo apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $_needle_sudo apt-get install -y -qq $_needle_missing >/dev/null
  unset _needle_sudo
fi
unset _needle_missing
echo "node $(node --version) · $(chromium --version 2>/dev/null | head -n 1) · $(firefox-esr --version 2>/dev/null | head -n 1)"
