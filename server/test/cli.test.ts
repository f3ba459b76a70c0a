// The built command, run as a user runs it.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve('dist/cli.js');
const run = (args: string[], opts: { cwd?: string; input?: string } = {}) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd, input: opts.input, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let dir: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('build first: node scripts/build.mjs');
  dir = mkdtempSync(join(tmpdir(), 'imvo-cli-'));
  writeFileSync(join(dir, 'plan.md'), '---\ntype: dialogue-plan\nlang: en\n---\n# Dialogue plan\n\n## Follow-up\n\nTBD\n');
  writeFileSync(join(dir, 'README.md'), '# Tool\n\nStakeholders liked it.\n');
  mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'x', 'plan.md'), '---\ntype: policy\n---\n# P\n');
});

describe('imvo-lint', () => {
  it('prints compiler-style lines and a coverage line, exit 1 on warnings', () => {
    const r = run(['plan.md', 'README.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^plan\.md:7:1 {2}warning {2}.+ {2}\[incomplete-element\/follow-up\]$/m);
    expect(r.out).toMatch(/^plan\.md: dialogue plan \(en\), coverage 0\/\d+, 1 incomplete, \d+ missing$/m);
    expect(r.out).not.toMatch(/README/);
  });

  it('says when the type was read from the text, and how to settle it', () => {
    const untitled = 'Anyone who lives near our quarry can tell us about a concern for their human rights by phone, by letter or at the site office. At the meeting about a complaint we provide an interpreter on request. Where our work causes harm to residents, we put it right and change the way we work. We report back to the residents on what we did with their complaints.\n';
    const guessed = run(['--format', 'json', '-'], { input: untitled });
    expect(JSON.parse(guessed.out).files[0]).toMatchObject({ documentType: 'policy', documentTypeFrom: 'content' });
    expect(run(['-'], { input: untitled }).out).toMatch(/^-: policy \(en\), coverage .+ \(type read from the text; front matter `type: policy` makes it certain\)$/m);
    expect(run(['--lang', 'nl', '-'], { input: untitled }).out).toMatch(/\(soort afgeleid uit de tekst; front matter `soort: beleid` maakt het zeker\)$/m);
    // Declared, or not an IMVO document: nothing to add.
    const declared = run(['-'], { input: `---\ntype: policy\n---\n${untitled}` }).out;
    expect(declared).toMatch(/^-: policy \(en\), coverage [^(]+$/m);
    expect(JSON.parse(run(['--format', 'json', 'README.md'], { cwd: dir }).out).files[0]).toMatchObject({ documentType: null, documentTypeFrom: null });
  });

  it('says on stderr when a run checked nothing, and only then', () => {
    const none = run(['README.md'], { cwd: dir });
    expect(none.code).toBe(0);
    expect(none.out).toBe('');
    expect(none.err).toMatch(/^imvo-lint: the file was not recognised as an IMVO document, so nothing was checked\. Add `type: policy`/);
    expect(run(['README.md', 'README.md', '-'], { cwd: dir, input: '# Notes\n' }).err).toMatch(/none of the 2 files was recognised/);
    expect(run(['--lang', 'nl', '--format', 'json', 'README.md'], { cwd: dir }).err).toMatch(/^imvo-lint: het bestand is niet als IMVO-document herkend, dus er is niets gecontroleerd\. Zet `soort: beleid`/);
    // One IMVO document among them: the findings speak for themselves.
    expect(run(['plan.md', 'README.md'], { cwd: dir }).err).toBe('');
    // A file left out on purpose needs no advice on declaring its type.
    expect(run(['-'], { input: '---\ntype: policy\n---\n<!-- imvo-lint-disable-file -->\n# Policy\n' }).err).toBe('');
    expect(run(['README.md', '-'], { cwd: dir, input: '<!-- imvo-lint-disable-file -->\n# Policy\n' }).err).toMatch(/the file was not recognised/);
  });

  it('prints the documented JSON shape', () => {
    const r = run(['--format', 'json', 'plan.md'], { cwd: dir });
    const json = JSON.parse(r.out);
    expect(json.version).toBe(1);
    const f = json.files[0];
    expect(Object.keys(f)).toEqual(['path', 'documentType', 'documentTypeFrom', 'language', 'stakeholderGroups', 'coverage', 'elements', 'findings']);
    expect(f).toMatchObject({ path: 'plan.md', documentType: 'dialogue-plan', documentTypeFrom: 'front-matter', language: 'en' });
    expect(f.elements[0]).toMatchObject({ id: 'goals', level: 'required', status: 'missing' });
    const finding = f.findings.find((x: { elementId: string }) => x.elementId === 'follow-up');
    expect(finding).toMatchObject({ ruleId: 'incomplete-element', severity: 'warning', range: { start: { line: 6, character: 0 } } });
    expect(finding.docs).toMatch(/^https:\/\/.+follow-up\.md$/);
    expect(finding.fix).toBeUndefined();
  });

  it('prints SARIF 2.1.0 with rules and 1-based regions', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', 'plan.md'], { cwd: dir }).out);
    expect(sarif.version).toBe('2.1.0');
    const runObj = sarif.runs[0];
    expect(runObj.tool.driver.name).toBe('imvo-lint');
    const res = runObj.results.find((x: { ruleId: string }) => x.ruleId === 'incomplete-element/follow-up');
    expect(res.level).toBe('warning');
    expect(res.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'plan.md' }, region: { startLine: 7, startColumn: 1 } });
    expect(runObj.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
    expect(runObj.tool.driver.rules[res.ruleIndex].helpUri).toMatch(/^https:/);
    // A file outside the working folder cannot be relative to the checkout: an absolute file URI.
    const outside = mkdtempSync(join(tmpdir(), 'imvo sarif '));
    writeFileSync(join(outside, 'plan.md'), readFileSync(join(dir, 'plan.md')));
    const far = JSON.parse(run(['--format', 'sarif', join(outside, 'plan.md')], { cwd: dir }).out).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(far).toEqual({ uri: `file://${outside.split('/').map(encodeURIComponent).join('/')}/plan.md` });
  });

  it('walks folders without node_modules, reads stdin, and writes Dutch messages on request', () => {
    const r = run(['--format', 'json', '.'], { cwd: dir });
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path).sort()).toEqual(['README.md', 'plan.md']);
    const s = run(['--lang', 'nl', '--stdin-path', 'x.md', '-'], { cwd: dir, input: readFileSync(join(dir, 'plan.md'), 'utf8') });
    expect(s.out).toMatch(/^x\.md:7:1 {2}waarschuwing {2}/m);
  });

  it('exits 2 for usage errors and unreadable files, still linting the rest', () => {
    expect(run(['--format', 'xml', 'plan.md'], { cwd: dir }).code).toBe(2);
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0xff]));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    const r = run(['binary.md', 'latin1.md', 'missing.md', 'plan.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/binary\.md: binary file/);
    expect(r.err).toMatch(/latin1\.md: not valid UTF-8/);
    expect(r.err).toMatch(/missing\.md: no such file/);
    expect(r.out).toMatch(/^plan\.md:7:1/m);
  });

  it('survives a folder symlink loop', () => {
    const loop = mkdtempSync(join(tmpdir(), 'imvo-loop-'));
    mkdirSync(join(loop, 'a'));
    symlinkSync(loop, join(loop, 'a', 'back'));
    writeFileSync(join(loop, 'a', 'plan.md'), readFileSync(join(dir, 'plan.md')));
    const r = run(['--format', 'json', loop]);
    expect(JSON.parse(r.out).files).toHaveLength(1);
  });

  it('reports a broken config file with its line and applies the defaults', () => {
    const d = mkdtempSync(join(tmpdir(), 'imvo-cfg-'));
    writeFileSync(join(d, '.imvo-lint.json'), '{\n  "rules": { "missing-element": "lou" }\n}\n');
    writeFileSync(join(d, 'plan.md'), readFileSync(join(dir, 'plan.md')));
    const r = run(['plan.md'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\.imvo-lint\.json:2:\d+: .*missing-element.*\(defaults apply\)/);
    expect(r.out).toMatch(/^plan\.md:/m);
  });

  it('matches document-type globs against the path from the config file\'s folder, wherever it runs', () => {
    const d = mkdtempSync(join(tmpdir(), 'imvo-globs-'));
    mkdirSync(join(d, 'sub', 'beleid'), { recursive: true });
    mkdirSync(join(d, 'sub', 'other'), { recursive: true });
    writeFileSync(join(d, 'sub', '.imvo-lint.json'), JSON.stringify({ documentTypes: { policy: ['beleid/*.md', 'notes.md'] } }));
    const note = '# Some notes\n\nWe met on Tuesday.\n';
    writeFileSync(join(d, 'sub', 'beleid', 'b.md'), note);
    writeFileSync(join(d, 'sub', 'other', 'notes.md'), note);
    writeFileSync(join(d, 'sub', 'other', 'c.md'), note);
    const typeOf = (args: string[], cwd: string) => JSON.parse(run(['--format', 'json', ...args], { cwd }).out).files.map((f: { path: string; documentType: string | null; documentTypeFrom: string | null }) => [f.path, f.documentType, f.documentTypeFrom]);
    // From above the config file, beside it and below it: the same answer.
    expect(typeOf(['sub/beleid/b.md', 'sub/other/notes.md', 'sub/other/c.md'], d)).toEqual([
      ['sub/beleid/b.md', 'policy', 'config'],
      ['sub/other/notes.md', 'policy', 'config'], // a bare file name matches in any folder, beside a glob with /
      ['sub/other/c.md', null, null],
    ]);
    expect(typeOf(['beleid/b.md'], join(d, 'sub'))).toEqual([['beleid/b.md', 'policy', 'config']]);
    expect(typeOf(['b.md'], join(d, 'sub', 'beleid'))).toEqual([['b.md', 'policy', 'config']]);
    expect(typeOf(['--config', 'sub/.imvo-lint.json', 'sub/beleid/b.md'], d)).toEqual([['sub/beleid/b.md', 'policy', 'config']]);
    const stdin = JSON.parse(run(['--format', 'json', '--stdin-path', 'sub/beleid/x.md', '-'], { cwd: d, input: note }).out).files[0];
    expect([stdin.documentType, stdin.documentTypeFrom]).toEqual(['policy', 'config']);
  });

  it('checks a file named twice once, and says plainly that a pattern matched nothing', () => {
    const files = JSON.parse(run(['--format', 'json', '.', 'plan.md', './plan.md'], { cwd: dir }).out).files.map((f: { path: string }) => f.path);
    expect(files.filter((p: string) => p === 'plan.md')).toHaveLength(1);
    const r = run(['nowhere/**/*.md', 'plan.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toBe('imvo-lint: nowhere/**/*.md: no files match this pattern\n');
  });

  it('fails a policy too large to read, from its first lines, and leaves a large changelog alone', () => {
    const d = mkdtempSync(join(tmpdir(), 'imvo-large-'));
    // Over 3 MB: the CLI reads only the head of such a file.
    writeFileSync(join(d, 'policy.md'), '---\ntype: policy\nlang: en\n---\n# Human rights policy\n\n' + 'We talk with suppliers about due diligence. '.repeat(80_000));
    writeFileSync(join(d, 'CHANGELOG.md'), '# Changelog\n\n' + Array.from({ length: 150_000 }, (_, k) => `## 1.${k}.0\n\n- Fixed bug ${k}.\n`).join('\n'));
    const r = run(['--format', 'json', 'policy.md', 'CHANGELOG.md'], { cwd: d });
    expect(r.code).toBe(1);
    const [policy, changelog] = JSON.parse(r.out).files;
    expect(policy).toMatchObject({ documentType: 'policy', documentTypeFrom: 'front-matter', findings: [{ ruleId: 'document-too-large', severity: 'warning' }] });
    expect(changelog).toMatchObject({ documentType: null, findings: [] });
    expect(run(['CHANGELOG.md'], { cwd: d }).code).toBe(0);
  });

  it('reports its own version, also as the SARIF tool version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(run(['--version']).out.trim()).toBe(version);
    const driver = JSON.parse(run(['--format', 'sarif', 'plan.md'], { cwd: dir }).out).runs[0].tool.driver;
    expect(driver.version).toBe(version);
  });

  it('writes templates with init and never overwrites a file', () => {
    const out = join(dir, 'new-plan.md');
    expect(run(['init', '--type', 'dialogue-plan', '--lang', 'nl', '--stakeholders', 'suppliers,ngos', '--out', out]).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^---\ntype: dialoogplan/);
    const again = run(['init', '--type', 'policy', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/file exists/);
    expect(readFileSync(out, 'utf8')).toBe(text);
    const lintIt = JSON.parse(run(['--format', 'json', out]).out).files[0];
    expect(lintIt.elements.filter((e: { status: string }) => e.status === 'missing')).toEqual([]);
  });

  // root reads everything, so this runs only for ordinary users
  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', () => {
    const p = join(dir, 'secret.md');
    writeFileSync(p, '# x');
    chmodSync(p, 0);
    expect(run([p]).err).toMatch(/permission denied/);
  });
});
