// Imported first by main.ts, before the engine: the catalogue's matchers are
// large regular expressions that run on every sentence. V8 normally
// interprets a regular expression first and compiles it to machine code on a
// later run, paying twice; compiling at once roughly halves the time to the
// first diagnostics and lowers the cost of each re-lint (measured with
// scripts/bench/lsp.mjs).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
