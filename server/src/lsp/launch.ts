// The start of dist/server.js (the `imvo-lint-server` command): sets the V8
// flags, then compiles and runs the server's bundle (main.ts), which the build
// embeds as IMVO_SERVER_SOURCE, with the code cache (code-cache.ts).

import { setServerFlags } from './v8-flags.js';
import { runWithCodeCache } from './code-cache.js';

declare const IMVO_SERVER_SOURCE: string;
declare const IMVO_SERVER_HASH: string;

setServerFlags();
runWithCodeCache(IMVO_SERVER_SOURCE, IMVO_SERVER_HASH, __filename, require, module);
