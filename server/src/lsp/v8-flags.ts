// V8 flags of the language server, set before the server's code is compiled
// (launch.ts, the start of dist/server.js, calls setServerFlags first; main.ts
// again, which changes nothing). They never change afterwards: V8 accepts a
// code cache (code-cache.ts) only under the flags it was made with.
//
// 1. The catalogue's matchers are large regular expressions that run on every
//    sentence. V8 normally interprets a regular expression first and compiles
//    it to machine code on a later run, paying twice; compiling at once lowers
//    the cost of each re-lint (measured with scripts/bench/lsp.mjs).
// 2. Keep the young generation at its initial size instead of letting it grow
//    to 2 × 16 MB: a language server allocates in small, short-lived bursts.
//    With 200 open documents this keeps the resident memory some 20–40 MB
//    lower (bench: ~140 → ~120 MB), at no measurable cost per edit or before
//    the first diagnostics.
// 3. A full garbage collection once the server has been idle for a while
//    frees what linting left over (idle.ts).
// 4. Optimise hot functions a little later (TIERING_FLAGS, shared with the
//    CLI): see cli/v8-flags.ts for why and what it was measured to do.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TIERING_FLAGS } from '../cli/v8-flags.js';

export const SERVER_FLAGS = ['--no-regexp-tier-up', '--semi-space-growth-factor=1', '--expose-gc', ...TIERING_FLAGS] as const;

export function setServerFlags(): void {
  for (const f of SERVER_FLAGS) setFlagsFromString(f);
}

setServerFlags();

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  try {
    // `gc` exists only in contexts made after --expose-gc: make one the first time.
    if (gc === undefined) gc = runInNewContext('gc') as () => void;
    gc?.();
  } catch {
    gc = null; // not available: V8 collects on its own
  }
}
