// The extension manifest, its translations and the l10n bundles agree with the
// code and with docs/protocol.md.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const json = (p: string) => JSON.parse(read(p));
const pkg = json('package.json');
const nlsEn = json('package.nls.json');
const nlsNl = json('package.nls.nl.json');
const l10nEn = json('l10n/bundle.l10n.json');
const l10nNl = json('l10n/bundle.l10n.nl.json');

/** Every `t('…')` message in client/src. */
function messagesInCode(): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(join(root, 'client/src'), { recursive: true }).map(String).filter((p) => p.endsWith('.ts'))) {
    const src = read(`client/src/${f}`);
    for (const m of src.matchAll(/\bt\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) out.add(m[2]!.replace(/\\(['"\\])/g, '$1'));
  }
  return out;
}
const args = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('localisation', () => {
  it('every %key% in package.json has an English and a Dutch string', () => {
    const used = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(40);
    for (const k of used) {
      expect(nlsEn[k], `package.nls.json: ${k}`).toBeTruthy();
      expect(nlsNl[k], `package.nls.nl.json: ${k}`).toBeTruthy();
    }
    expect(Object.keys(nlsNl).sort()).toEqual(Object.keys(nlsEn).sort());
  });

  it('every client message is in both l10n bundles with the same arguments', () => {
    const messages = messagesInCode();
    expect(messages.size).toBeGreaterThan(30);
    for (const m of messages) {
      expect(l10nEn[m], `bundle.l10n.json: ${m}`).toBe(m);
      expect(l10nNl[m], `bundle.l10n.nl.json: ${m}`).toBeTruthy();
      expect(args(l10nNl[m])).toEqual(args(m));
    }
    expect(Object.keys(l10nNl).sort()).toEqual(Object.keys(l10nEn).sort());
    for (const k of Object.keys(l10nEn)) expect(messages.has(k), `unused bundle entry: ${k}`).toBe(true);
  });
});

describe('contributions', () => {
  it('commands are in the IMVO category and match docs/protocol.md', () => {
    const ids = pkg.contributes.commands.map((c: { command: string }) => c.command);
    for (const c of pkg.contributes.commands) expect(c.category).toBe('IMVO');
    const protocol = read('docs/protocol.md');
    for (const id of ['imvoLint.newPlan', 'imvoLint.insertMissingSections', 'imvoLint.showCoverage', 'imvoLint.restartServer', 'imvoLint.openRuleDocumentation']) {
      expect(ids).toContain(id);
      expect(protocol).toContain(id);
    }
    // every command shown in a menu has an icon
    const inMenus = new Set(Object.values(pkg.contributes.menus).flat().filter((m: any) => !/^false$/.test(m.when ?? '')).map((m: any) => m.command));
    for (const c of pkg.contributes.commands) if (inMenus.has(c.command)) expect(c.icon, c.command).toMatch(/^\$\(/);
  });

  it('settings are exactly the ones in docs/protocol.md, with markdownDescription and enum descriptions', () => {
    const protocol = read('docs/protocol.md');
    const documented = [...protocol.matchAll(/^\| `(imvoLint\.[\w.]+)` \|/gm)].map((m) => m[1]).sort();
    const props = pkg.contributes.configuration.properties;
    expect(Object.keys(props).sort()).toEqual(documented);
    for (const [key, p] of Object.entries<any>(props)) {
      expect(p.markdownDescription, key).toMatch(/^%.+%$/);
      if (p.enum) expect(p.enumDescriptions?.length, key).toBe(p.enum.length);
    }
    expect(props['imvoLint.debounceMs'].default).toBe(300);
    expect(props['imvoLint.language'].enum).toEqual(['auto', 'nl', 'en']);
  });

  it('activation is no broader than Markdown; untrusted and virtual workspaces are declared', () => {
    expect(pkg.activationEvents).toEqual(['onLanguage:markdown']);
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(pkg.capabilities.virtualWorkspaces.supported).toBe('limited');
    expect(pkg.engines.vscode).toBe('^1.100.0');
    expect(pkg.devDependencies['@types/vscode']).toBe('1.100.0');
  });

  it('the walkthrough media, grammars and snippets exist', () => {
    for (const w of pkg.contributes.walkthroughs) for (const s of w.steps) expect(() => read(s.media.markdown)).not.toThrow();
    for (const g of pkg.contributes.grammars) expect(() => json(g.path)).not.toThrow();
    for (const s of pkg.contributes.snippets) expect(() => json(s.path)).not.toThrow();
  });
});

describe('snippets', () => {
  it('snippets/markdown.json is generated from the current catalogue', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts/gen-snippets.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  });

  it('has a Dutch and an English snippet with tab stops per element', () => {
    const snippets = json('snippets/markdown.json');
    const names = Object.keys(snippets);
    expect(names.length % 2).toBe(0);
    for (const [name, s] of Object.entries<any>(snippets)) {
      expect(s.body[0], name).toMatch(/^## /);
      expect(s.body.join('\n'), name).toMatch(/\$\{1:/);
    }
  });
});

describe('VSIX contents', () => {
  it('ships the bundles and contributions only: no sources, maps, tests or node_modules', () => {
    const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
    const files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    for (const f of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/server-main.js', 'dist/protocol.js', 'images/icon.png', 'l10n/bundle.l10n.nl.json', 'package.nls.nl.json', 'snippets/markdown.json', 'schemas/imvo-lint.schema.json', 'docs/walkthrough/create-plan.md', 'syntaxes/imvo-lint.injection.tmLanguage.json']) {
      expect(files, f).toContain(f);
    }
    for (const f of files) expect(f).not.toMatch(/\.map$|\.ts$|^node_modules\/|^client\/|^server\/|^test-fixtures\/|^syntaxes\/test\/|^out\//);
  });
});
