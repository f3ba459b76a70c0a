// The built CLI (dist/cli.js) against hostile files: a few spawns, not
// thousands. Generated documents give the library's result (same process or
// not); binary, invalid UTF-8, a directory symlink loop, a missing file and a
// malformed config each give one clear error while the other files are still
// linted (exit 2); `init --out` never overwrites.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { lint } from '../../src/index.js';
import { toJson } from '../../src/cli/format.js';
import { ROOT } from '../lsp/harness.js';
import { fewRuns, markdownDocument, params } from './arbitraries.js';

const CLI = join(ROOT, 'dist/cli.js');
const GOOD = "---\ntype: dialoogplan\nlang: nl\n---\n# Dialoogplan\n\nWij voeren een dialoog met leveranciers.\n";

function cli(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' }, timeout: 300_000, maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the CLI on hostile files', () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node scripts/build.mjs` first');
    dir = mkdtempSync(join(tmpdir(), 'imvo-cli-robust-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generated documents: the CLI reports what lint() says, in one process for many files', () => {
    // NUL bytes make a file binary for the CLI (tested below): left out here.
    const docs = fc.sample(markdownDocument().filter((d) => !d.text.includes('\u0000')), { numRuns: fewRuns(12), ...(params(1).seed !== undefined ? { seed: params(1).seed } : {}) });
    const sub = join(dir, 'generated');
    mkdirSync(sub, { recursive: true });
    docs.forEach((d, i) => writeFileSync(join(sub, `doc${String(i).padStart(4, '0')}.md`), d.text));
    const r = cli(['--format', 'json', '--no-config', '--lang', 'en', 'generated'], dir);
    expect([0, 1]).toContain(r.status);
    const out = JSON.parse(r.stdout) as { files: Array<{ path: string }> };
    expect(out.files).toHaveLength(docs.length);
    for (const f of out.files) {
      // Files are read as UTF-8: the library sees the decoded text (a BOM dropped).
      const text = readFileSync(join(dir, f.path), 'utf8').replace(/^\uFEFF/, '');
      expect(f).toEqual(JSON.parse(toJson([lint(text, { path: f.path, locale: 'en' })])).files[0]);
    }
    // Deterministic: a second process prints the same.
    expect(cli(['--format', 'json', '--no-config', '--lang', 'en', 'generated'], dir).stdout).toBe(r.stdout);
  });

  it('binary, invalid UTF-8, a directory symlink loop, a missing file: one clear error each, the rest linted, exit 2', () => {
    const sub = join(dir, 'mixed');
    mkdirSync(join(sub, 'loop'), { recursive: true });
    writeFileSync(join(sub, 'good.md'), GOOD);
    writeFileSync(join(sub, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(sub, 'latin1.md'), Buffer.from('# Dialoogplan\n\nCaf\xe9 cr\xe8me\n', 'latin1'));
    writeFileSync(join(sub, 'overlong.md'), Buffer.from([0x23, 0x20, 0xc0, 0xaf, 0x0a]));
    writeFileSync(join(sub, 'surrogate.md'), Buffer.from([0x23, 0x20, 0xed, 0xa0, 0x80, 0x0a]));
    symlinkSync('..', join(sub, 'loop', 'up'));
    symlinkSync('self', join(sub, 'self'));
    mkdirSync(join(sub, 'folder.md'));
    const r = cli(['--format', 'json', '--no-config', 'mixed', 'mixed/missing.md', 'mixed/self'], dir);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    const about = (name: string) => lines.filter((l) => l.includes(name));
    expect(about('binary.md')).toHaveLength(1);
    expect(about('binary.md')[0]).toMatch(/binary/);
    for (const f of ['latin1.md', 'overlong.md', 'surrogate.md']) {
      expect(about(f), f).toHaveLength(1);
      expect(about(f)[0]).toMatch(/UTF-8/);
    }
    expect(about('missing.md')).toHaveLength(1);
    expect(about('mixed/self')).toHaveLength(1);
    const out = JSON.parse(r.stdout) as { files: Array<{ path: string; documentType: string | null }> };
    const good = out.files.filter((f) => f.path.endsWith('good.md'));
    expect(good.length).toBeGreaterThanOrEqual(1); // reached once directly (the loop is walked once)
    expect(new Set(out.files.map((f) => f.path)).size).toBe(out.files.length);
    expect(good[0].documentType).toBe('dialogue-plan');
  });

  it('a document from standard input with NUL bytes is refused as binary; a BOM and CRLF are fine', () => {
    expect(cli(['-', '--no-config'], dir, 'a\u0000b').status).toBe(2);
    const r = cli(['--format', 'json', '--no-config', '-'], dir, '\ufeff' + GOOD.replace(/\n/g, '\r\n'));
    expect([0, 1]).toContain(r.status);
    expect(JSON.parse(r.stdout).files[0].documentType).toBe('dialogue-plan');
  });

  it('a malformed .imvo-lint.json: one message with file and line, the defaults apply, other files still linted', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['bad-json', '{\n  "rules": {\n    "missing-element": "off",,\n  }\n', /\.imvo-lint\.json:3:\d+: invalid JSON/],
      ['wrong-types', '{\n  "rules": "all",\n  "language": 7\n}\n', /\.imvo-lint\.json:2:\d+: \/rules/],
      ['unknown-rule', '{\n  "rules": {\n    "no-such-rule": "off"\n  }\n}\n', /\.imvo-lint\.json:3:\d+: .*no-such-rule/],
      ['deep', '['.repeat(100_000) + ']'.repeat(100_000), /\.imvo-lint\.json:1:\d+: /],
    ];
    for (const [name, config, pattern] of cases) {
      const sub = join(dir, `config-${name}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, '.imvo-lint.json'), config);
      writeFileSync(join(sub, 'a.md'), GOOD);
      writeFileSync(join(sub, 'b.md'), GOOD);
      const r = cli(['--format', 'json', '.'], sub);
      expect(r.status, name).toBe(2);
      const messages = r.stderr.trim().split('\n').filter((l) => l.includes('.imvo-lint.json'));
      expect(messages.length, `${name}: ${r.stderr}`).toBeGreaterThanOrEqual(1);
      expect(messages[0], name).toMatch(pattern);
      // One message per problem, each naming file and line, and not repeated for every document.
      for (const m of messages) expect(m, name).toMatch(/\.imvo-lint\.json:\d+:\d+: .*\(defaults apply\)/);
      expect(new Set(messages).size, `${name}: ${r.stderr}`).toBe(messages.length);
      const out = JSON.parse(r.stdout) as { files: Array<{ findings: unknown[] }> };
      expect(out.files).toHaveLength(2);
      // The defaults apply: the same findings as without a config.
      expect(out.files[0].findings).toEqual(JSON.parse(cli(['--format', 'json', '--no-config', 'a.md'], sub).stdout).files[0].findings);
    }
  });

  it('init --out never overwrites an existing file', () => {
    const target = join(dir, 'plan.md');
    writeFileSync(target, 'mijn eigen tekst\n');
    const r = cli(['init', '--type', 'dialogue-plan', '--lang', 'nl', '--out', 'plan.md'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/exists/);
    expect(readFileSync(target, 'utf8')).toBe('mijn eigen tekst\n');
    // Nor through a symlink to an existing file.
    symlinkSync('plan.md', join(dir, 'link.md'));
    expect(cli(['init', '--out', 'link.md'], dir).status).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('mijn eigen tekst\n');
    const fresh = cli(['init', '--type', 'policy', '--lang', 'en', '--out', 'new.md'], dir);
    expect(fresh.status).toBe(0);
    expect(readFileSync(join(dir, 'new.md'), 'utf8')).toMatch(/^---/);
  });
});
