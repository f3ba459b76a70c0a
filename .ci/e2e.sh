#!/usr/bin/env bash
# End-to-end tests of the VS Code extension in a real VS Code (1.100.3, as
# code-server from the npm registry), driven by Playwright in Debian's Chromium:
#   1. install apt packages and code-server (idempotent; cached in $E2E_CACHE,
#      default ~/.cache/imvo-lint-e2e, outside the repository)
#   2. build the .vsix (npm run package: production esbuild bundles + vsce)
#   3. run the extension test suite (client/test/suite) in code-server's extension host
#   4. run the UI test against the installed .vsix; screenshots go to docs/images/
# Prints how long each part took. Needs Node 20 and root for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

declare -a report=()
t_all=$(date +%s)
part() { # part "name" command...
  local name=$1 t0 rc=0
  shift
  t0=$(date +%s)
  echo "=== e2e: $name"
  "$@" || rc=$?
  report+=("$(printf '%-34s %4d s  %s' "$name" $(( $(date +%s) - t0 )) "$([ $rc = 0 ] && echo ok || echo "FAILED ($rc)")")")
  return $rc
}
summary() {
  echo "=== e2e timings"
  printf '  %s\n' "${report[@]}"
  echo "  total                              $(( $(date +%s) - t_all )) s"
}
trap summary EXIT

part "install (apt, code-server)" bash client/test/e2e/install.sh
part "package .vsix" npm run --silent package
ls -l imvo-lint.vsix | awk '{ printf "  imvo-lint.vsix: %d bytes (%.0f KB)\n", $5, $5/1024 }'
part "build test suite" node client/test/build.mjs
part "extension suite in code-server" node client/test/e2e/run-suite.mjs
part "UI test with the .vsix" node client/test/e2e/ui.mjs imvo-lint.vsix --shots "${E2E_SHOTS:-docs/images}"
