#!/usr/bin/env bash
# End-to-end tests of the VS Code extension in a real VS Code (1.100.3, as
# code-server from the npm registry), driven by Playwright in Debian's Chromium:
#   1. install apt packages and code-server (idempotent; cached in $E2E_CACHE,
#      default ~/.cache/imvo-lint-e2e, outside the repository)
#   2. build the .vsix (npm run package: production esbuild bundles + vsce)
#   3. run the extension test suite (client/test/suite) in code-server's extension
#      host, with VS Code's display language English and then Dutch
#   4. run the UI test against the installed .vsix, English and Dutch;
#      screenshots go to docs/images/ (E2E_SHOTS overrides)
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
  report+=("$(printf '%-36s %4d s  %s' "$name" $(( $(date +%s) - t0 )) "$([ $rc = 0 ] && echo ok || echo "FAILED ($rc)")")")
  return $rc
}
summary() {
  echo "=== e2e timings"
  printf '  %s\n' "${report[@]}"
  printf '  %-36s %4d s\n' "total" $(( $(date +%s) - t_all ))
}
trap summary EXIT

part "install (apt, code-server)" bash client/test/e2e/install.sh
part "package .vsix" npm run --silent package
ls -l imvo-lint.vsix | awk '{ printf "  imvo-lint.vsix: %d bytes (%.0f KB)\n", $5, $5/1024 }'
# The size budget of the extension (400 KB): fail here, not in a user's download.
vsix_bytes=$(stat -c %s imvo-lint.vsix)
if [ "$vsix_bytes" -gt 409600 ]; then echo "  imvo-lint.vsix is over its 400 KB budget" >&2; exit 1; fi
part "build test suite" node client/test/build.mjs
shots="${E2E_SHOTS:-docs/images}"
part "extension suite, English" node client/test/e2e/run-suite.mjs
part "extension suite, Dutch (nl)" node client/test/e2e/run-suite.mjs --locale nl
part "UI test with the .vsix, English" node client/test/e2e/ui.mjs imvo-lint.vsix --shots "$shots"
part "UI test with the .vsix, Dutch" node client/test/e2e/ui.mjs imvo-lint.vsix --shots "$shots" --locale nl --file dialoogplan.md --prefix vscode-nl
