// Protocol tests: the built server (dist/server.js) over stdio (and once over
// Node IPC), driven by vscode-languageserver-protocol's node connection. Build
// first: `node scripts/build.mjs` (npm test does).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest, CodeLensRequest, CompletionRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  DidSaveTextDocumentNotification, DocumentSymbolRequest, ExecuteCommandRequest, HoverRequest,
  type CodeAction, type CompletionItem, type Diagnostic, type DocumentSymbol, type MarkupContent, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { lint } from '../../src/index.js';
import { MINIMAL, ROOT, TestClient, missing, withTimeout } from './harness.js';

const FIXTURES = join(ROOT, 'test-fixtures/documents');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
/** What the engine itself says about a text (the server must carry exactly this). */
const engine = (name: string, text = fixture(name), locale = 'nl') => lint(text, { path: `/virtual/${name}`, locale });
const engineMissing = (name: string, text?: string, locale?: string) =>
  engine(name, text, locale).findings.filter((f) => f.ruleId === 'missing-element').map((f) => f.elementId!).sort();
const NL = 'dialoogplan-koffie-cooperaties.md';
const EN = 'community-engagement-plan.md';
const uriOf = (name: string) => `file:///virtual/${name}`;

/** Applies a workspace edit (plain or snippet edits) for one document; returns the new text. */
function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = [];
  for (const e of edit.changes?.[uri] ?? []) edits.push(e);
  for (const dc of edit.documentChanges ?? []) {
    if (!('textDocument' in dc) || dc.textDocument.uri !== uri) continue;
    for (const e of dc.edits as Array<TextEdit & { snippet?: { value: string } }>) {
      // A snippet edit is applied as VS Code does: tab stops become their placeholder text.
      const newText = e.snippet ? snippetText(e.snippet.value) : e.newText;
      edits.push({ range: e.range, newText });
    }
  }
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits);
}

function snippetText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) out += snippet[++i];
    else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) while (/\d/.test(snippet[i + 1] ?? '')) i++;
    else if (c === '$' && snippet[i + 1] === '{') {
      const m = /^\$\{\d+:/.exec(snippet.slice(i));
      if (m) i += m[0].length - 1;
    } else if (c === '}') continue;
    else out += c;
  }
  return out;
}

/** Every line of `before` is still in `after`, in the same order. */
function keepsEveryLine(before: string, after: string): boolean {
  const b = before.split(/\r?\n/);
  const a = after.split(/\r?\n/);
  let k = 0;
  for (const line of a) if (k < b.length && line === b[k]) k++;
  return k === b.length;
}

function checkDiagnosticShape(d: Diagnostic): void {
  expect(d.source).toBe('imvo-lint');
  expect(typeof d.code).toBe('string');
  expect(d.codeDescription?.href).toMatch(/^https:\/\//);
  expect(d.data).toMatchObject({ ruleId: d.code });
  expect(d.severity).toBeGreaterThanOrEqual(1);
  expect(String(d.message).length).toBeGreaterThan(5);
}

describe('language server over stdio', () => {
  let client: TestClient;

  beforeAll(async () => {
    client = TestClient.start('stdio');
    const init = await client.initialize({ locale: 'nl' });
    expect(init.capabilities.codeActionProvider).toMatchObject({ codeActionKinds: expect.arrayContaining(['source.fixAll.imvo', 'quickfix.imvo.insertSection', 'quickfix.imvo.waive', 'quickfix.imvo.openDocs']) });
    expect(init.capabilities.textDocumentSync).toMatchObject({ change: 2 });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('publishes diagnostics with every field for a Dutch plan, in the client locale', async () => {
    const uri = uriOf(NL);
    const p = await client.open(uri, fixture(NL));
    expect(p.version).toBe(1);
    expect(p.diagnostics.length).toBeGreaterThan(0);
    // Registered (before the first diagnostics, on the same stream): settings changes and the config file watcher.
    expect((client.registrations as Array<{ method: string }>).map((r) => r.method).sort()).toEqual(['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
    for (const d of p.diagnostics) checkDiagnosticShape(d);
    const expectedMissing = engineMissing(NL);
    expect(expectedMissing.length).toBeGreaterThan(0);
    expect(missing(p.diagnostics)).toEqual(expectedMissing);
    // Every finding of the engine arrives, with its message and range.
    const findings = engine(NL).findings;
    expect(p.diagnostics.map((d) => [d.code, d.message, d.range])).toEqual(
      expect.arrayContaining(findings.map((f) => [f.ruleId, f.message, f.range])),
    );
    expect(p.diagnostics).toHaveLength(findings.length);
    const m = p.diagnostics.find((d) => d.code === 'missing-element')!;
    expect(m.message).toMatch(/Ontbreekt|Aanbevolen/);
    expect(m.data).toMatchObject({ fix: { text: expect.stringContaining('## ') } });
    const coverage = (await client.coverage(uri, 1)) as { documentType: string; coverage: { missing: number }; elements: Array<{ title: string }> };
    expect(coverage.documentType).toBe('dialogue-plan');
    expect(coverage.coverage.missing).toBe(expectedMissing.length);
    await client.close(uri);
  });

  it('lints an English plan and keeps messages in the client locale (Dutch)', async () => {
    const uri = uriOf(EN);
    const p = await client.open(uri, fixture(EN));
    expect(missing(p.diagnostics)).toEqual(engineMissing(EN, fixture(EN), 'en'));
    expect(missing(p.diagnostics).length).toBeGreaterThan(1);
    expect(p.diagnostics.find((d) => d.code === 'missing-element')!.message).toMatch(/Ontbreekt|Aanbevolen/);
    await client.close(uri);
  });

  it('stays silent on ordinary Markdown', async () => {
    for (const name of ['CHANGELOG.md', 'README-sync-tool.md', 'meeting-notes-q3-planning.md', 'notulen-mt-overleg.md']) {
      const p = await client.open(uriOf(name), fixture(name));
      expect(p.diagnostics, name).toEqual([]);
      await client.close(uriOf(name));
    }
  });

  it('quick fix inserts the section as a snippet, keeps every line, and the element is no longer missing', async () => {
    const uri = uriOf(`fix-${NL}`);
    const text = fixture(NL);
    const p = await client.open(uri, text);
    const target = p.diagnostics.find((d) => d.code === 'missing-element')!;
    const id = (target.data as { elementId: string }).elementId;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
    const fix = actions.find((a) => a.kind === 'quickfix.imvo.insertSection')!;
    expect(fix.isPreferred).toBe(true);
    const dc = fix.edit!.documentChanges![0] as { textDocument: { version: number }; edits: Array<{ snippet?: { kind: string; value: string } }> };
    expect(dc.textDocument.version).toBe(1);
    expect(dc.edits[0].snippet?.kind).toBe('snippet');
    expect(dc.edits[0].snippet?.value).toMatch(/\$\{1:/);
    const after = applyWorkspaceEdit(text, uri, fix.edit!);
    expect(keepsEveryLine(text, after)).toBe(true);
    const q = await client.replace(uri, 2, after);
    expect(missing(q.diagnostics)).not.toContain(id);
    // The inserted skeleton holds placeholders: the element is now incomplete, not missing.
    expect(q.diagnostics.some((d) => d.code === 'incomplete-element' && (d.data as { elementId: string }).elementId === id)).toBe(true);
    await client.close(uri);
  });

  it('offers open-documentation and waive actions; the waiver keeps the front matter and waives the element once it says why', async () => {
    const uri = uriOf(`waive-${NL}`);
    const text = fixture(NL);
    const p = await client.open(uri, text);
    const target = p.diagnostics.find((d) => d.code === 'missing-element')!;
    const id = (target.data as { elementId: string }).elementId;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
    const docs = actions.find((a) => a.kind === 'quickfix.imvo.openDocs')!;
    expect(docs.command?.arguments?.[0]).toBe(target.codeDescription!.href);
    const waive = actions.find((a) => a.kind === 'quickfix.imvo.waive')!;
    const after = applyWorkspaceEdit(text, uri, waive.edit!);
    expect(keepsEveryLine(text, after)).toBe(true);
    expect(after).toMatch(new RegExp(`imvo-lint:\\n  waive:\\n    ${id}: "\\[reden\\]"`));
    // The placeholder reason does not count yet: the server asks for one, on the waiver's line.
    const q = await client.replace(uri, 2, after);
    expect(missing(q.diagnostics)).toContain(id);
    const ask = q.diagnostics.find((d) => d.code === 'invalid-front-matter')!;
    expect(after.split('\n')[ask.range.start.line]).toMatch(new RegExp(`^    ${id}: "\\[reden\\]"`));
    const reasoned = after.replace('"[reden]"', '"Loopt via het convenant"');
    const r = await client.replace(uri, 3, reasoned);
    expect(missing(r.diagnostics)).not.toContain(id);
    expect(r.diagnostics.some((d) => d.code === 'invalid-front-matter')).toBe(false);
    const cov = (await client.coverage(uri, 3)) as { elements: Array<{ id: string; status: string }> };
    expect(cov.elements.find((e) => e.id === id)?.status).toBe('waived');
    // Running the documentation command of the server itself works too.
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'imvoLint.server.openDocumentation', arguments: [target.codeDescription!.href] });
    // A mistyped command is an error, not a silent success.
    await expect(client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'imvoLint.server.bogus', arguments: [] })).rejects.toMatchObject({ code: -32602 });
    await client.close(uri);
  });

  it('the waiver follows the document\'s CRLF line endings, with and without front matter', async () => {
    const withFm = fixture(NL).replace(/\r?\n/g, '\r\n');
    const withoutFm = withFm.replace(/^---\r\n[\s\S]*?\r\n---\r\n/, '');
    expect(withoutFm.startsWith('---')).toBe(false);
    for (const [name, text] of [['with', withFm], ['without', withoutFm]] as const) {
      const uri = uriOf(`waive-crlf-${name}-${NL}`);
      const p = await client.open(uri, text);
      const target = p.diagnostics.find((d) => d.code === 'missing-element')!;
      expect(target, name).toBeDefined();
      const id = (target.data as { elementId: string }).elementId;
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
      const waive = actions.find((a) => a.kind === 'quickfix.imvo.waive');
      expect(waive, name).toBeDefined();
      const after = applyWorkspaceEdit(text, uri, waive!.edit!);
      expect(after.replace(/\r\n/g, ''), `${name} front matter: a bare line feed was inserted`).not.toMatch(/[\r\n]/);
      expect(keepsEveryLine(text, after)).toBe(true);
      expect(after).toMatch(new RegExp(`imvo-lint:\\r\\n  waive:\\r\\n    ${id}: "\\[reden\\]"\\r\\n`));
      // Once the placeholder reason is replaced, the element is waived.
      const q = await client.replace(uri, 2, after.replace('"[reden]"', '"Loopt via het convenant"'));
      expect(missing(q.diagnostics)).not.toContain(id);
      await client.close(uri);
    }
  });

  it('source.fixAll.imvo inserts every missing section in one edit, in order', async () => {
    const uri = uriOf(`all-${EN}`);
    const text = fixture(EN);
    const p = await client.open(uri, text);
    expect(missing(p.diagnostics).length).toBeGreaterThan(1);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.imvo']);
    // On save (automatic), a general source.fixAll does not insert sections; naming ours does.
    const auto = (only: string[]) => client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only, triggerKind: 2 } }) as Promise<CodeAction[]>;
    expect(await auto(['source.fixAll'])).toEqual([]);
    expect((await auto(['source.fixAll.imvo'])).map((a) => a.kind)).toEqual(['source.fixAll.imvo']);
    const after = applyWorkspaceEdit(text, uri, actions[0].edit!);
    expect(keepsEveryLine(text, after)).toBe(true);
    const q = await client.replace(uri, 2, after);
    expect(missing(q.diagnostics)).toEqual([]);
    // The plain "insert all" request the VS Code client uses gives nothing more to do now.
    const r = (await client.connection.sendRequest('imvoLint/insertSections', { uri })) as { edits: unknown[] };
    expect(r.edits).toEqual([]);
    await client.close(uri);
  });

  it('imvoLint/insertSections returns sorted insertions that together remove every missing element', async () => {
    const uri = uriOf(`ins-${EN}`);
    const text = fixture(EN);
    await client.open(uri, text);
    const r = (await client.connection.sendRequest('imvoLint/insertSections', { uri })) as { edits: Array<{ range: { start: { line: number } }; newText: string; snippet: string }> };
    expect(r.edits.length).toBeGreaterThan(0);
    for (let i = 1; i < r.edits.length; i++) expect(r.edits[i].range.start.line).toBeGreaterThanOrEqual(r.edits[i - 1].range.start.line);
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), r.edits.map((e) => ({ range: { start: e.range.start, end: e.range.start } as never, newText: e.newText })));
    const q = await client.replace(uri, 2, after);
    expect(missing(q.diagnostics)).toEqual([]);
    await client.close(uri);
  });

  it('hovers over an element heading, a finding and a domain term, in the client locale', async () => {
    const uri = uriOf(`hover-${NL}`);
    const text = fixture(NL);
    const p = await client.open(uri, text);
    const lines = text.split('\n');
    // A finding's range.
    const d = p.diagnostics[0];
    const h1 = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: d.range.start });
    expect((h1!.contents as MarkupContent).value).toContain(d.message);
    // A heading the engine matched to an element: the coverage notification names it.
    const cov = (await client.coverage(uri, 1)) as { elements: Array<{ title: string; status: string; headingRange?: { start: { line: number; character: number } } }> };
    const withHeading = cov.elements.find((e) => e.status === 'present' && e.headingRange)!;
    expect(withHeading).toBeTruthy();
    const h2 = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: withHeading.headingRange!.start.line, character: 4 } });
    const v2 = (h2!.contents as MarkupContent).value;
    expect(v2).toContain(withHeading.title);
    expect(v2).toMatch(/Waarom het ertoe doet/);
    expect(v2).toMatch(/ser\.nl/);
    // A domain term.
    const line = lines.findIndex((l) => /due diligence|gepaste zorgvuldigheid/i.test(l));
    const col = lines[line].search(/due diligence|gepaste zorgvuldigheid/i);
    const h3 = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: col + 2 } });
    expect((h3!.contents as MarkupContent).value).toMatch(/zorgvuldigheid/i);
    expect(h3!.range!.start.character).toBe(col);
    await client.close(uri);
  });

  it('gives an outline marked with elements, a coverage code lens and heading completions', async () => {
    const uri = uriOf(`outline-${NL}`);
    const text = fixture(NL);
    const p = await client.open(uri, text);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.length).toBe(1); // the title, with the sections under it
    expect(symbols[0].name).toMatch(/Dialoogplan/);
    expect(symbols[0].children!.length).toBeGreaterThan(3);
    expect(symbols[0].children!.some((s) => /✓/.test(s.detail ?? ''))).toBe(true);
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    expect(lenses).toHaveLength(1);
    const c = engine(`outline-${NL}`, text).coverage;
    expect(lenses![0].command!.title).toMatch(new RegExp(`^Dekking ${c.present}/${c.applicable}`));
    expect(lenses![0].command!.title).not.toMatch(/afgeleid/); // its title says what it is
    // An untitled text typed from its content: the lens says so.
    const untitledUri = uriOf('klachten.md');
    const untitled = 'Omwonenden van onze groeve kunnen een zorg over hun mensenrechten bij ons melden, telefonisch of op het terreinkantoor. Bij het gesprek over een klacht zorgen wij op verzoek voor een tolk. Als een klacht laat zien dat wij schade hebben veroorzaakt, herstellen we die en passen we onze werkwijze aan. We koppelen aan de omwonenden terug wat we met hun klachten hebben gedaan.\n';
    const opened = await client.open(untitledUri, untitled);
    const untitledLenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: untitledUri } });
    expect(untitledLenses![0].command!.title).toMatch(/^Dekking \d+\/\d+ · .*soort afgeleid uit de tekst$/);
    // Its quick fixes settle the type: confirm it in the front matter, or no IMVO document.
    const first = opened.diagnostics[0];
    const fixes = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: untitledUri }, range: first.range, context: { diagnostics: [first] } })) as CodeAction[];
    const setType = fixes.find((a) => a.kind === 'quickfix.imvo.setType')!;
    expect(setType.title).toBe('Soort vastleggen in de front matter (soort: beleid)');
    const typed = applyWorkspaceEdit(untitled, untitledUri, setType.edit!);
    expect(typed).toBe(`---\nsoort: beleid\n---\n\n${untitled}`);
    expect(lint(typed)).toMatchObject({ documentType: 'policy', documentTypeFrom: 'front-matter' });
    const disable = fixes.find((a) => a.kind === 'quickfix.imvo.disableFile')!;
    const silenced = applyWorkspaceEdit(untitled, untitledUri, disable.edit!);
    expect(keepsEveryLine(untitled, silenced)).toBe(true);
    expect(lint(silenced)).toMatchObject({ documentType: null, findings: [] });
    // A document whose title says what it is gets neither.
    const titledFixes = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: [p.diagnostics[0]] } })) as CodeAction[];
    expect(titledFixes.filter((a) => /setType|disableFile/.test(a.kind ?? ''))).toEqual([]);
    // Completion after "## " at the end of the document.
    const lineCount = text.split('\n').length;
    const edited = `${text}\n## `;
    await client.replace(uri, 2, edited);
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: lineCount, character: 3 } })) as CompletionItem[];
    expect(items.map((i) => i.label).length).toBe(missing(p.diagnostics).length);
    expect(items[0].insertTextFormat).toBe(2);
    expect((items[0].textEdit as TextEdit).newText).toMatch(/\$\{1:\[invullen\]\}/);
    await client.close(uri);
  });

  it('follows configuration changes (severity off) and reloads on didChangeConfiguration', async () => {
    const uri = uriOf(`config-${NL}`);
    const p = await client.open(uri, fixture(NL));
    expect(missing(p.diagnostics).length).toBeGreaterThan(0);
    client.settings = { debounceMs: 0, rules: { 'missing-element': 'off' } };
    const since = client.diagnostics.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const q = await client.waitForDiagnostics(uri, () => true, 8000, since);
    expect(missing(q.diagnostics)).toEqual([]);
    client.settings = { debounceMs: 0, rules: { 'missing-element': 'error' } };
    const since2 = client.diagnostics.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const r = await client.waitForDiagnostics(uri, () => true, 8000, since2);
    expect(r.diagnostics.filter((d) => d.code === 'missing-element').every((d) => d.severity === 1)).toBe(true);
    // imvoLint.enable = false: nothing to show, and the coverage says so.
    client.settings = { debounceMs: 0, enable: false };
    const since3 = client.diagnostics.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const off = await client.waitForDiagnostics(uri, () => true, 8000, since3);
    expect(off.diagnostics).toEqual([]);
    client.settings = { debounceMs: 0 };
    const since4 = client.diagnostics.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    expect((await client.waitForDiagnostics(uri, () => true, 8000, since4)).diagnostics.length).toBeGreaterThan(0);
    await client.close(uri);
  });

  it('re-lints when .imvo-lint.json changes, and reports a broken one on that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imvo-lsp-'));
    try {
      const docPath = join(dir, 'plan.md');
      const cfgPath = join(dir, '.imvo-lint.json');
      writeFileSync(docPath, fixture(NL));
      const uri = pathToFileURL(docPath).href;
      const cfgUri = pathToFileURL(cfgPath).href;
      const p = await client.open(uri, fixture(NL));
      const someMissing = missing(p.diagnostics)[0];
      expect(someMissing).toBeTruthy();
      writeFileSync(cfgPath, JSON.stringify({ elements: { [someMissing]: 'off' } }));
      let since = client.diagnostics.length;
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: cfgUri, type: 1 }] });
      const q = await client.waitForDiagnostics(uri, () => true, 8000, since);
      expect(missing(q.diagnostics)).not.toContain(someMissing);
      // Broken: a diagnostic on the config file, the defaults apply.
      writeFileSync(cfgPath, '{\n  "rules": {\n    "missing-element": "loud"\n  }\n}\n');
      since = client.diagnostics.length;
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: cfgUri, type: 2 }] });
      const c = await client.waitForDiagnostics(cfgUri, (x) => x.diagnostics.length > 0, 8000, since);
      expect(c.diagnostics[0].range.start.line).toBe(2);
      expect(c.diagnostics[0].message).toMatch(/missing-element|loud|allowed|toegestaan|must be/);
      const r = await client.waitForDiagnostics(uri, () => true, 8000, since);
      expect(missing(r.diagnostics)).toContain(someMissing);
      // A file that ends too early: the problem sits on the empty last line, and its range stays on it.
      writeFileSync(cfgPath, '{\n  "rules": {}\n');
      since = client.diagnostics.length;
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: cfgUri, type: 2 }] });
      const e = await client.waitForDiagnostics(cfgUri, (x) => x.diagnostics.some((d) => /invalid JSON/.test(String(d.message))), 8000, since);
      expect(e.diagnostics[0].range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 0 } });
      // Fixed again: the config file's diagnostics are cleared.
      writeFileSync(cfgPath, '{}\n');
      since = client.diagnostics.length;
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: cfgUri, type: 2 }] });
      await client.waitForDiagnostics(cfgUri, (x) => x.diagnostics.length === 0, 8000, since);
      await client.close(uri);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives a huge IMVO document one warning instead of a lint', async () => {
    const uri = uriOf('huge.md');
    const text = `# Dialoogplan\n\n${'Wij praten met leveranciers over gepaste zorgvuldigheid en lonen. '.repeat(40_000)}\n`;
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    const p = await client.open(uri, text);
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0]).toMatchObject({ code: 'document-too-large', severity: 2, source: 'imvo-lint' });
    await client.close(uri);
  });

  it('never publishes an older version after a newer one, and ends with the latest', async () => {
    const uri = uriOf(`burst-${NL}`);
    const text = fixture(NL);
    await client.open(uri, text);
    const since = client.diagnostics.length;
    let doc = TextDocument.create(uri, 'markdown', 1, text);
    for (let v = 2; v <= 40; v++) {
      const change = { range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: 'x' };
      doc = TextDocument.update(doc, [change], v);
      await client.change(uri, v, [change]);
    }
    await client.waitForDiagnostics(uri, (p) => p.version === 40, 8000, since);
    const versions = client.diagnostics.slice(since).filter((p) => p.uri === uri).map((p) => p.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions[versions.length - 1]).toBe(40);
    // The server's text equals ours: a hover on the edited line sees the typed text.
    await client.close(uri);
  });

  it('after random incremental edits, the published diagnostics equal a full lint of the same text', async () => {
    const uri = uriOf(`random-${NL}`);
    let doc = TextDocument.create(uri, 'markdown', 1, fixture(NL));
    await client.open(uri, doc.getText());
    let seed = 5;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pieces = ['x', '\n', '## Opvolging\n\n', 'We koppelen de resultaten terug aan de deelnemers. ', '```\n', '<!-- ', '-->', 'é', '\r\n'];
    for (let v = 2; v <= 60; v++) {
      const text = doc.getText();
      const a = Math.floor(rnd() * text.length);
      const b = rnd() < 0.5 ? a : Math.min(text.length, a + Math.floor(rnd() * 30));
      const change = { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: rnd() < 0.3 ? '' : pieces[Math.floor(rnd() * pieces.length)] };
      doc = TextDocument.update(doc, [change], v);
      await client.change(uri, v, [change]);
    }
    await client.waitForDiagnostics(uri, (x) => x.version === 60, 8000, 0);
    // A save shows the truth at once (no calm-typing hold).
    const since = client.diagnostics.length;
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 60, 8000, since);
    const full = engine(`random-${NL}`, doc.getText());
    expect(p.diagnostics.map((d) => [d.code, d.message, d.range]).sort()).toEqual(full.findings.map((f) => [f.ruleId, f.message, f.range]).sort());
    await client.close(uri);
  });

  it('drops a pending lint when the document closes, and clears its diagnostics', async () => {
    client.settings = { debounceMs: 150 };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const a = uriOf(`closed-${NL}`);
    await client.open(a, fixture(NL));
    const since = client.diagnostics.length;
    await client.change(a, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.close(a);
    // A later document with the same debounce: its lint fires after the closed one's would have.
    const b = uriOf(`later-${NL}`);
    await client.open(b, fixture(NL));
    const s2 = client.diagnostics.length;
    await client.change(b, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.waitForDiagnostics(b, (p) => p.version === 2, 8000, s2);
    const forA = client.diagnostics.slice(since).filter((p) => p.uri === a);
    expect(forA).toEqual([{ uri: a, diagnostics: [] }]);
    const closedCoverage = client.notifications.filter((n) => n.method === 'imvoLint/coverage' && (n.params as { uri: string }).uri === a).pop();
    expect(closedCoverage?.params).toMatchObject({ documentType: null, version: null });
    await client.close(b);
    client.settings = { debounceMs: 0 };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  });

  it('answers imvoLint/template with a plan that has no missing element', async () => {
    const t = (await client.connection.sendRequest('imvoLint/template', { documentType: 'dialogue-plan', language: 'nl', stakeholders: ['suppliers', 'ngos'] })) as { text: string; firstPlaceholder: { start: { line: number; character: number } } };
    expect(t.text.split('\n')[t.firstPlaceholder.start.line].slice(t.firstPlaceholder.start.character)).toMatch(/^\[invullen\]/);
    const uri = uriOf('template.md');
    const p = await client.open(uri, t.text);
    expect(missing(p.diagnostics)).toEqual([]);
    await client.close(uri);
  });

  it('survives garbage: odd documents and malformed requests', async () => {
    const odd = ['', '\u0000\uffff\ud800', '---\n: : :\n---\n# Dialoogplan\n', '#'.repeat(10_000), '```\n'.repeat(500), '<!--'.repeat(3000), '| a |\n|---|\n'.repeat(2000), '\r\r\n\n\r'.repeat(1000), '# Beleid\n\n' + '> '.repeat(5000) + 'x'];
    for (const [i, text] of odd.entries()) {
      const uri = uriOf(`odd-${i}.md`);
      await client.open(uri, text);
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } });
      await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [{ range: { start: { line: 99, character: 0 }, end: { line: 99, character: 1 } }, message: 'x', source: 'imvo-lint', code: 'missing-element' }] } });
      await client.close(uri);
    }
    // Requests for documents the server never saw.
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nope.md' }, position: { line: 0, character: 0 } })).toBeNull();
    expect(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: 'file:///nope.md' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })).toEqual([]);
    expect(await client.connection.sendRequest('imvoLint/insertSections', { uri: 42 })).toEqual({ edits: [] });
    // A handler that throws answers with its fallback and logs the error once, however often it happens.
    const uri = uriOf('throws.md');
    await client.open(uri, fixture(NL));
    const logsBefore = client.notifications.filter((n) => n.method === 'window/logMessage').length;
    for (let i = 0; i < 3; i++) {
      const bad = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [null as never] } });
      expect(bad).toEqual([]);
    }
    // (The odd documents above logged nothing.)
    expect(logsBefore).toBe(0);
    const logs = client.notifications.filter((n) => n.method === 'window/logMessage').slice(logsBefore);
    expect(logs).toHaveLength(1);
    expect((logs[0].params as { type: number; message: string }).message).toMatch(/codeAction failed/);
    await client.close(uri);
    expect(client.alive).toBe(true);
  });
});

describe('a client without data, snippets or configuration (like Neovim 0.7)', () => {
  it('recomputes quick fixes from code + range and returns plain text edits', async () => {
    const client = TestClient.start('stdio');
    try {
      await client.initialize({ capabilities: MINIMAL, locale: 'en-US' });
      const uri = uriOf(`minimal-${EN}`);
      const text = fixture(EN);
      const p = await client.open(uri, text);
      const target = p.diagnostics.find((d) => d.code === 'missing-element')!;
      expect(target.message).toMatch(/^Missing|^Recommended/);
      expect(target.relatedInformation).toBeUndefined();
      const stripped: Diagnostic = { range: target.range, message: target.message, severity: target.severity, code: target.code, source: target.source };
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: target.range, context: { diagnostics: [stripped] } })) as CodeAction[];
      const fix = actions.find((a) => a.kind === 'quickfix.imvo.insertSection')!;
      expect(fix.edit!.changes![uri]).toHaveLength(1);
      expect(fix.edit!.documentChanges).toBeUndefined();
      expect(fix.edit!.changes![uri][0].newText).not.toMatch(/\$\{1/);
      const after = applyWorkspaceEdit(text, uri, fix.edit!);
      expect(keepsEveryLine(text, after)).toBe(true);
      const q = await client.replace(uri, 2, after);
      expect(missing(q.diagnostics).length).toBe(missing(p.diagnostics).length - 1);
      // The docs action uses the server's own command, which it can run.
      const docs = actions.find((a) => a.kind === 'quickfix.imvo.openDocs')!;
      expect(docs.command!.command).toBe('imvoLint.server.openDocumentation');
    } finally {
      await client.stop();
    }
  });
});

describe('calm while typing', () => {
  const PLAN = [
    '---', 'type: dialoogplan', 'lang: nl', '---', '', '# Dialoogplan leveranciers', '',
    'Wij voeren deze dialoog met onze leveranciers over lonen en werktijden in hun fabrieken.', '',
  ].join('\n');

  function followUpMissing(d: Diagnostic[]): boolean {
    return d.some((x) => x.code === 'missing-element' && (x.data as { elementId: string }).elementId === 'follow-up');
  }

  it('a missing-element warning never comes back while the satisfying heading and sentence are typed', async () => {
    const client = TestClient.start('stdio');
    try {
      await client.initialize({ locale: 'nl', initializationOptions: { calmMs: 60_000 } });
      const uri = uriOf('calm.md');
      const p = await client.open(uri, PLAN);
      expect(followUpMissing(p.diagnostics)).toBe(true);
      const typed = '## Opvolging\n\nWe sturen de deelnemers binnen twee weken een verslag van de afspraken.\n';
      const lastLine = PLAN.split('\n').length - 1;
      const states: boolean[] = [];
      let v = 1;
      let line = lastLine;
      let col = 0;
      for (const ch of typed) {
        v++;
        const since = client.diagnostics.length;
        await client.change(uri, v, [{ range: { start: { line, character: col }, end: { line, character: col } }, text: ch }]);
        const q = await client.waitForDiagnostics(uri, (x) => x.version === v, 8000, since);
        states.push(followUpMissing(q.diagnostics));
        if (ch === '\n') {
          line++;
          col = 0;
        } else col++;
      }
      // Once the warning went away it never returned.
      const firstOff = states.indexOf(false);
      expect(firstOff).toBeGreaterThan(0);
      expect(states.slice(firstOff).every((s) => !s)).toBe(true);
      expect(states[states.length - 1]).toBe(false);
    } finally {
      await client.stop();
    }
  });

  it('deleting and retyping a satisfying sentence does not flash the warning; after idle the truth shows', async () => {
    const client = TestClient.start('stdio');
    try {
      await client.initialize({ locale: 'nl', initializationOptions: { calmMs: 1500 } });
      const uri = uriOf('calm2.md');
      const sentence = 'We sturen de deelnemers binnen twee weken een verslag van de afspraken.';
      const text = `${PLAN}\n## Opvolging\n\n${sentence}\n`;
      const p = await client.open(uri, text);
      expect(followUpMissing(p.diagnostics)).toBe(false);
      const line = text.split('\n').indexOf(sentence);
      // Delete the sentence character by character from the end.
      let v = 1;
      for (let col = sentence.length; col > 0; col--) {
        v++;
        const since = client.diagnostics.length;
        await client.change(uri, v, [{ range: { start: { line, character: col - 1 }, end: { line, character: col } }, text: '' }]);
        const q = await client.waitForDiagnostics(uri, (x) => x.version === v, 8000, since);
        expect(followUpMissing(q.diagnostics), `after deleting to column ${col - 1}`).toBe(false);
        expect(q.diagnostics.some((d) => d.code === 'incomplete-element' && (d.data as { elementId: string }).elementId === 'follow-up')).toBe(false);
      }
      // Idle: the held state gives way to the truth (incomplete: an empty section), for the same version.
      const settled = await client.waitForDiagnostics(uri, (x) => x.version === v && x.diagnostics.some((d) => (d.data as { elementId?: string })?.elementId === 'follow-up'), 8000);
      expect(settled.diagnostics.some((d) => d.code === 'incomplete-element' || d.code === 'missing-element')).toBe(true);
    } finally {
      await client.stop();
    }
  });
});

describe('language server over Node IPC', () => {
  it('initializes, lints and answers requests', async () => {
    const client = TestClient.start('ipc');
    try {
      await client.initialize({ initializationOptions: { locale: 'nl' }, locale: 'en' });
      const uri = uriOf(`ipc-${EN}`);
      const p = await client.open(uri, fixture(EN));
      expect(missing(p.diagnostics).length).toBeGreaterThan(0);
      // initializationOptions.locale wins over InitializeParams.locale.
      expect(p.diagnostics.find((d) => d.code === 'missing-element')!.message).toMatch(/Ontbreekt|Aanbevolen/);
      await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
      const lenses = await withTimeout(client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }), 5000, 'code lens');
      expect(lenses![0].command!.title).toMatch(/^Dekking \d+\/\d+/);
    } finally {
      await client.stop();
    }
  });
});
