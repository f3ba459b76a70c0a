// Bundles the extension test suite (client/test/suite) into out/test/suite/index.js,
// the module that VS Code's extension host loads as extensionTestsPath.
// `vscode` comes from the host and mocha from node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
await build({
  entryPoints: [join(root, 'client/test/suite/index.ts')],
  outfile: join(root, 'out/test/suite/index.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
