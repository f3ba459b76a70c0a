// Imported first by main.ts, before the engine.
//
// 1. The catalogue's matchers are large regular expressions that run on every
//    sentence. V8 normally interprets a regular expression first and compiles
//    it to machine code on a later run, paying twice; compiling at once
//    roughly halves the time to the first diagnostics and lowers the cost of
//    each re-lint (measured with scripts/bench/lsp.mjs).
// 2. A full garbage collection once the server has been idle for a while
//    hands memory left over from linting back to the system (idle.ts).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--no-regexp-tier-up');

let gc: (() => void) | null = null;
try {
  setFlagsFromString('--expose-gc');
  gc = runInNewContext('gc') as () => void;
} catch {
  gc = null;
}

export function collectGarbage(): void {
  try {
    gc?.();
  } catch {
    // not available: V8 collects on its own
  }
}
