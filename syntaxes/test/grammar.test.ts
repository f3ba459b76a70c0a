// Runs the TextMate grammar tests (syntaxes/test/*.test.md) with vscode-tmgrammar-test,
// against VS Code's own Markdown and YAML grammars (copies in this folder, see README.md).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const grammars = [
  'syntaxes/test/markdown.tmLanguage.json',
  'syntaxes/test/yaml.tmLanguage.json',
  'syntaxes/test/yaml-1.2.tmLanguage.json',
  'syntaxes/test/yaml-embedded.tmLanguage.json',
  'syntaxes/imvo-lint.injection.tmLanguage.json',
  'syntaxes/imvo-lint.frontmatter.tmLanguage.json',
];
const cli = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

function run(pattern: string): Promise<{ code: number; out: string }> {
  const args = [cli, '--compact', ...grammars.flatMap((g) => ['-g', g]), pattern];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: root, timeout: 15000 }, (error, stdout, stderr) => {
      const out = (stdout + stderr)
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('grammar not found')) // other embedded languages are not needed
        .join('\n');
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out });
    });
  });
}

describe('Markdown injection grammar', () => {
  it('passes the grammar tests in syntaxes/test', async () => {
    const { code, out } = await run('syntaxes/test/*.test.md');
    expect(out).not.toMatch(/failed|ERROR/);
    expect(code, out).toBe(0);
    expect(out).toMatch(/body\.test\.md run successfuly/);
    expect(out).toMatch(/frontmatter\.test\.md run successfuly/);
  });

  it('would catch a wrong scope (the harness is not vacuous)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imvo-grammar-'));
    try {
      const file = join(dir, 'wrong.test.md');
      writeFileSync(
        file,
        ['<!-- SYNTAX TEST "text.html.markdown" "deliberately wrong"', 'TODOS are not placeholders', '<!-- <---- markup.changed.placeholder.imvo-lint', ''].join('\n'),
      );
      const { code, out } = await run(file);
      expect(code).not.toBe(0);
      expect(out).toMatch(/missing required scopes: \[? *markup\.changed\.placeholder\.imvo-lint/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
