// The start of dist/server.js (the `imvo-lint-server` command): sets the V8
// flags, then compiles and runs the server's bundle (main.ts), which the build
// embeds as IMVO_SERVER_SOURCE, with the code cache (code-cache.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setServerFlags } from './v8-flags.js';
import { runWithCodeCache, type Companion } from './code-cache.js';

declare const IMVO_SERVER_SOURCE: string;
declare const IMVO_SERVER_HASH: string;

setServerFlags();
// The LSP protocol bundle the server shares with the client (scripts/build.mjs),
// compiled with the server's code cache. Without it beside this file, the
// server's own require of it says what is missing.
const protocol = join(__dirname, 'protocol.js');
let companions: Companion[] = [];
try {
  companions = [{ file: protocol, source: readFileSync(protocol, 'utf8') }];
} catch {
  // see above
}
runWithCodeCache(IMVO_SERVER_SOURCE, IMVO_SERVER_HASH, __filename, require, module, companions);
