// Writes the generated docs and schema (see server/src/docs/render.ts).
// Run with `npm run generate`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedFiles } from '../server/src/docs/render.js';

for (const [path, content] of generatedFiles()) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
console.log(`wrote ${generatedFiles().size} files`);
