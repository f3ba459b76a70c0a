// V8 flags of the CLI (and, through lsp/v8-flags.ts, the language server), set
// before the engine's code is loaded: bin.ts imports this module first.
//
// V8 optimises a function with TurboFan once it has run for a while (its
// "interrupt budget", 66 KB of bytecode in Node 20). Linting one short
// document makes hundreds of functions (most of them micromark's) hot just long
// enough to be optimised and then barely run again, so the first lints spend
// more time compiling than they save. Four times the budget: the first lint of
// a 150-line plan ~200 → ~120 ms CPU, twenty more ~25% faster, a warm
// 5,000-line plan within ~5–10% (docs/protocol.md, "Start-up"). Another V8
// ignores a flag it does not know.
import { setFlagsFromString } from 'node:v8';

export const TIERING_FLAGS = ['--interrupt-budget=270336'] as const;

for (const f of TIERING_FLAGS) setFlagsFromString(f);
