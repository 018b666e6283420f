# Source this file (". scripts/env.sh"): puts a Node >= 22 first on PATH — Node 24 from the npm
# registry, installed once into a cache folder, when the machine's Node is older — and installs
# Debian's Chromium for the end-to-end tests when it is missing and apt-get can run.
NEEDLE_NODE_CACHE="${NEEDLE_NODE_CACHE:-$HOME/.cache/needle-safe-node}"
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 22 ]; then
  if [ ! -x "$NEEDLE_NODE_CACHE/node_modules/.bin/node" ]; then
    echo "Installing Node 24 from the npm registry into $NEEDLE_NODE_CACHE"
    mkdir -p "$NEEDLE_NODE_CACHE"
    npm install --prefix "$NEEDLE_NODE_CACHE" --no-audit --no-fund --loglevel=error node@24 >/dev/null
  fi
  export PATH="$NEEDLE_NODE_CACHE/node_modules/.bin:$PATH"
fi
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the end-to-end tests"
  if [ "$(id -u)" -eq 0 ]; then _needle_sudo=""; else _needle_sudo="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $_needle_sudo apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $_needle_sudo apt-get install -y -qq chromium openssl >/dev/null
  unset _needle_sudo
fi
echo "node $(node --version) · $(chromium --version 2>/dev/null | head -n 1)"
