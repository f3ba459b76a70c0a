// Entry point of the language server (dist/server.js, the `imvo-lint-server`
// command). `createConnection(ProposedFeatures.all)` picks the transport from
// the command line: --stdio, --node-ipc or --socket=<port>.

import './v8-flags.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

if (process.argv.includes('--version')) {
  process.stdout.write('imvo-lint-server 0.1.0\n');
  process.exit(0);
}
if (process.argv.includes('--help') || !process.argv.some((a) => /^--(?:stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stdout.write('Usage: imvo-lint-server --stdio | --node-ipc | --socket=<port>\nThe IMVO Lint language server (LSP). See docs/editors.md.\n');
  process.exit(process.argv.includes('--help') ? 0 : 2);
}
startServer(createConnection(ProposedFeatures.all));
