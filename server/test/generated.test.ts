// Generated docs and schema must match the catalogue: run `npm run generate`.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../src/docs/render.js';

describe('generated files', () => {
  it.each([...generatedFiles()].map(([path, content]) => [path, content]))('%s is up to date (npm run generate)', (path, content) => {
    expect(existsSync(path), `${path} is missing: run npm run generate`).toBe(true);
    expect(readFileSync(path, 'utf8') === content, `${path} is stale: run npm run generate`).toBe(true);
  });

  it('documents every element in both languages', () => {
    const files = generatedFiles();
    const page = files.get('docs/rules/follow-up.md')!;
    expect(page).toMatch(/## Follow-up/);
    expect(page).toMatch(/## Opvolging/);
    expect(page).toMatch(/ser\.nl/);
  });
});
