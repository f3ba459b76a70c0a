// The start of dist/server.js (the `imvo-lint-server` command): sets the V8
// flags, then compiles and runs the server's bundle (main.ts), which the build
// embeds as IMVO_SERVER_BUNDLE, with the code cache (code-cache.ts).

import { setServerFlags } from './v8-flags.js';
import { runWithCodeCache } from './code-cache.js';

/** A function whose body is the bundle, in a comment with "*\0/" for "*\/" (scripts/build.mjs). */
declare const IMVO_SERVER_BUNDLE: () => void;
declare const IMVO_SERVER_HASH: string;

setServerFlags();
const text = IMVO_SERVER_BUNDLE.toString();
const source = text.slice(text.indexOf('/*') + 2, text.lastIndexOf('*/')).replaceAll('*\0/', '*/');
runWithCodeCache(source, IMVO_SERVER_HASH, __filename, require, module);
