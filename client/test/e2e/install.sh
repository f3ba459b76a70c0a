#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently, outside the repository:
#   - Debian packages: chromium (driven by Playwright), ripgrep, and the toolchain
#     that code-server's native modules are compiled with;
#   - code-server (VS Code 1.100.3 for the web) from the npm registry into $E2E_CACHE/code-server.
# playwright-core (driver only, no browser download) and @vscode/vsce are devDependencies.
#
# This machine reaches only the npm registry and Debian's archive, so four of
# code-server's install steps that would download from elsewhere are redirected
# (see the numbered comments below).
set -euo pipefail

E2E_CACHE="${E2E_CACHE:-${HOME:-/root}/.cache/imvo-lint-e2e}"
CS_VERSION=4.100.3        # = VS Code 1.100.3; the last code-server whose engines accept Node 20
PW_VERSION=1.65.1
CS_DIR="$E2E_CACHE/code-server"
step() { printf '[e2e-install] %s\n' "$*"; }

[ "$(node -p 'process.versions.node.split(".")[0]')" = 20 ] || { echo "code-server $CS_VERSION needs Node 20, found $(node -v)" >&2; exit 1; }

# --- Debian packages (only what is missing) ------------------------------------
want=(chromium ripgrep build-essential python3 pkg-config libkrb5-dev libsecret-1-dev libxkbfile-dev libx11-dev git fonts-dejavu-core)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
else
  step "apt packages already installed"
fi

# code-server writes config and logs under XDG dirs even for --version: keep them in the cache.
# Its first run also prints a line about the config file it wrote, so look for the version on any line.
cs_has_version() {
  local out
  [ -x "$CS_DIR/node_modules/.bin/code-server" ] || return 1
  out="$(XDG_CONFIG_HOME="$CS_DIR/.xdg/config" XDG_DATA_HOME="$CS_DIR/.xdg/data" XDG_CACHE_HOME="$CS_DIR/.xdg/cache" \
    "$CS_DIR/node_modules/.bin/code-server" --config "$CS_DIR/config.yaml" --version 2>&1 || true)"
  grep -q "^$CS_VERSION " <<<"$out"
}

if cs_has_version; then
  step "code-server $CS_VERSION already in $CS_DIR"
else
  step "installing code-server $CS_VERSION into $CS_DIR (compiles native modules)"
  # (1) @vscode/ripgrep's postinstall fetches a ripgrep binary from GitHub unless it finds
  #     the tarball in its cache under the temp dir: seed that cache with Debian's rg.
  tmp="$(node -p 'require("os").tmpdir()')"
  rg_cache="$tmp/vscode-ripgrep-cache-1.15.11"
  rg_tar="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$rg_tar" ]; then
    mkdir -p "$rg_cache"
    stage="$(mktemp -d)"; cp "$(command -v rg)" "$stage/rg"; tar -C "$stage" -czf "$rg_tar" rg; rm -rf "$stage"
  fi
  # (2) code-server's postinstall stops when run as root unless unsafe-perm is set.
  export npm_config_unsafe_perm=true
  # (3) node-pty's postinstall calls `npx node-gyp`; let npx install it without asking.
  export npm_config_yes=true
  # (4) node-gyp would download Node's headers; point it at the installed Node's prefix.
  node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  [ -f "$node_prefix/include/node/node_version.h" ] || { echo "no Node headers in $node_prefix/include/node" >&2; exit 1; }
  export npm_config_nodedir="$node_prefix"
  export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
  mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || echo '{ "name": "imvo-lint-e2e-code-server", "private": true }' > "$CS_DIR/package.json"
  (cd "$CS_DIR" && npm install --no-save --save-exact --loglevel=error "code-server@$CS_VERSION" >/dev/null)
  cs_has_version || { echo "code-server $CS_VERSION did not install in $CS_DIR" >&2; exit 1; }
fi

step "ready: $CS_DIR/node_modules/.bin/code-server and /usr/bin/chromium"
