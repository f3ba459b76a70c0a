#!/bin/sh
# Drives Neovim and Emacs (Eglot) headless against the built server, with the
# configuration snippets of docs/editors.md. Needs: node scripts/build.mjs, and
# apt-get install neovim emacs-nox elpa-eglot elpa-markdown-mode (Debian 12).
set -e
cd "$(dirname "$0")/../../../.."
export IMVO_LINT_SERVER="$PWD/dist/server.js"
tmp=$(mktemp -d)
# The server's code cache (server/src/lsp/code-cache.ts) in the test's own folder.
export IMVO_LINT_CODE_CACHE="$tmp/code-cache"
cp test-fixtures/documents/community-engagement-plan.md "$tmp/plan-en.md"
cp test-fixtures/documents/dialoogplan-koffie-cooperaties.md "$tmp/plan-nl.md"
echo "== Neovim $(nvim --version | head -1)"
nvim --headless -u server/test/lsp/editors/init.lua --cmd 'filetype on' -c 'luafile server/test/lsp/editors/check.lua' "$tmp/plan-en.md"
echo
echo "== $(emacs --version | head -1), Eglot"
emacs --batch -l server/test/lsp/editors/eglot-check.el "$tmp/plan-nl.md" 2>&1 | grep -v '^Loading'
rm -rf "$tmp"
