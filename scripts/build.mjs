// Bundles the library, CLI, language server and VS Code client with esbuild:
// one self-contained CommonJS file per entry point (Node 20, VS Code extension host),
// so nothing is downloaded or loaded from the workspace at run time.
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Prefer ES modules: jsonc-parser's UMD build requires its parts dynamically, which a bundle cannot follow.
  mainFields: ['module', 'main'],
};
const executable = { banner: { js: '#!/usr/bin/env node' } };
const entries = [
  { name: 'lib', src: 'server/src/index.ts' },
  { name: 'cli', src: 'server/src/cli/bin.ts', ...executable },
  { name: 'server', src: 'server/src/lsp/main.ts', ...executable },
  { name: 'client', src: 'client/src/extension.ts', external: ['vscode'] },
];
await Promise.all(
  entries
    .filter((e) => existsSync(e.src))
    .map(({ name, src, ...rest }) => build({ ...common, ...rest, entryPoints: { [name]: src }, outdir: 'dist' })),
);
for (const f of ['dist/cli.js', 'dist/server.js']) if (existsSync(f)) chmodSync(f, 0o755);
