// The start of dist/server.js (the `imvo-lint-server` command): sets the V8
// flags, then compiles and runs the server's bundle (main.ts, built as
// dist/server-main.js) and the LSP protocol bundle it shares with the client
// (dist/protocol.js), both beside this file, with the code cache
// (code-cache.ts). scripts/build.mjs makes all three.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setServerFlags } from './v8-flags.js';
import { runWithCodeCache } from './code-cache.js';

declare const IMVO_SERVER_HASH: string;
declare const IMVO_SERVER_LENGTHS: [number, number];

setServerFlags();
const main = join(__dirname, 'server-main.js');
const protocol = join(__dirname, 'protocol.js');
const read = (file: string): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`imvo-lint-server: ${file} is missing or unreadable; it belongs beside ${__filename} (${(e as Error).message})`);
  }
};
const [source, protocolSource] = [read(main), read(protocol)];
// Files changed after the build (by hand) get a cache of their own, not the build's.
const built = source.length === IMVO_SERVER_LENGTHS[0] && protocolSource.length === IMVO_SERVER_LENGTHS[1];
const hash = built ? IMVO_SERVER_HASH : `${IMVO_SERVER_HASH}-${source.length}-${protocolSource.length}`;
runWithCodeCache(source, hash, main, require, module, [{ file: protocol, source: protocolSource }]);
