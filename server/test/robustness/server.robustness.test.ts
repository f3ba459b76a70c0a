// The built server over stdio (the LSP harness) on generated and hostile
// documents: diagnostics have valid ranges and equal the library's findings,
// two server processes agree, code actions keep every line, and malformed
// requests and a hostile configuration leave it running and answering.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, HoverRequest, DocumentSymbolRequest, CompletionRequest, type CodeAction, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { lint } from '../../src/index.js';
import { LineIndex } from '../../src/text/lines.js';
import { TestClient, withTimeout } from '../lsp/harness.js';
import { fewRuns, keepsAllLines, markdownDocument, params, rangeProblem } from './arbitraries.js';

function applyEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = [...(edit?.changes?.[uri] ?? [])];
  for (const dc of edit?.documentChanges ?? []) if ('textDocument' in dc && dc.textDocument.uri === uri) edits.push(...(dc.edits as TextEdit[]));
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits);
}

const MINIMAL_CAPS = { textDocument: { publishDiagnostics: {}, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } } };

describe('the language server on generated and hostile documents', () => {
  let a: TestClient;
  let b: TestClient;
  beforeAll(async () => {
    a = TestClient.start('stdio');
    b = TestClient.start('stdio');
    // Plain text edits (no snippets), locale en, calm typing off: what is published is the lint result.
    await a.initialize({ capabilities: MINIMAL_CAPS, locale: 'en', initializationOptions: { calmMs: 0 } });
    await b.initialize({ capabilities: MINIMAL_CAPS, locale: 'en', initializationOptions: { calmMs: 0 } });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  it('generated documents: valid ranges, the library findings, the same in a second process; quick fixes keep every line', async () => {
    const docs = fc.sample(markdownDocument({ loneSurrogates: true, maxBlocks: 10 }), { numRuns: fewRuns(15), ...(params(1).seed !== undefined ? { seed: params(1).seed } : {}) });
    let n = 0;
    for (const d of docs) {
      const uri = `file:///virtual/gen${n++}/${d.path}`;
      const pa = await a.open(uri, d.text);
      const pb = await b.open(uri, d.text);
      const lines = new LineIndex(d.text);
      for (const diag of pa.diagnostics) expect(rangeProblem(d.text, lines, diag.range), JSON.stringify(d.text)).toBeNull();
      expect(pb.diagnostics).toEqual(pa.diagnostics);
      const expected = lint(d.text, { path: `/virtual/gen${n - 1}/${d.path}`, locale: 'en' }).findings;
      // The same findings (the server groups them per element, so the order may differ).
      const sorted = (l: unknown[]) => l.map((x) => JSON.stringify(x)).sort();
      expect(sorted(pa.diagnostics.map((x) => [x.code, x.message, x.range]))).toEqual(sorted(expected.map((f) => [f.ruleId, f.message, f.range])));
      // Every quick fix offered for every diagnostic keeps the text's lines.
      const actions = (await a.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: pa.diagnostics },
      })) as CodeAction[];
      for (const action of actions ?? []) {
        if (!action.edit) continue;
        const after = applyEdit(d.text, uri, action.edit);
        expect(keepsAllLines(d.text, after), `${action.title}\n${JSON.stringify(d.text)}`).toBe(true);
      }
      await a.close(uri);
      await b.close(uri);
    }
  });

  it('malformed requests and positions far outside the document: answered, and the server keeps running', async () => {
    const uri = 'file:///virtual/hostile/plan.md';
    const text = "---\ntype: dialoogplan\n---\n# Dialoogplan\n\n👩🏽‍🌾 e\u0301\r\nWij voeren een dialoog.\r";
    await a.open(uri, text);
    const far = { line: 1e9, character: -5 };
    await withTimeout(a.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: far }), 5000, 'hover');
    await withTimeout(a.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: 1 } }), 5000, 'hover in a surrogate pair');
    await withTimeout(a.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: far }), 5000, 'completion');
    await withTimeout(a.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: far, end: far }, context: { diagnostics: [{ range: { start: far, end: far }, message: 'x', source: 'imvo-lint', code: 'missing-element', data: { ruleId: 'missing-element', elementId: '__proto__' } }] } }), 5000, 'code action');
    await withTimeout(a.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: 'file:///never/opened.md' }, range: { start: far, end: far }, context: { diagnostics: [] } }), 5000, 'code action for an unknown document');
    await withTimeout(a.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///never/opened.md' } }), 5000, 'symbols');
    // Garbage params and an unknown method.
    await withTimeout(a.connection.sendRequest('textDocument/hover', { nonsense: true } as never).catch(() => null), 5000, 'garbage hover');
    await withTimeout(a.connection.sendRequest('imvoLint/insertSections', { uri: 42, elements: 'x' } as never).catch(() => null), 5000, 'garbage insertSections');
    await withTimeout(a.connection.sendRequest('imvoLint/template', null as never).catch(() => null), 5000, 'garbage template');
    await withTimeout(a.connection.sendRequest('no/such/method', {}).catch(() => null), 5000, 'unknown method');
    // A change to a document that is not open, and a change with a range outside the text.
    await a.change('file:///never/opened.md', 2, [{ text: 'x' }]);
    const since = a.diagnostics.length;
    await a.change(uri, 2, [{ range: { start: { line: 99, character: 99 }, end: { line: 200, character: 0 } }, text: '\n## Opvolging\n\nWij rapporteren terug.\n' }]);
    await a.waitForDiagnostics(uri, (p) => p.version === 2, 8000, since);
    expect(a.alive).toBe(true);
    // Still linting.
    const again = await a.replace(uri, 3, text + '\n## Doelen\n');
    expect(again.version).toBe(3);
    await a.close(uri);
  });

  it('a 5 MB document gets the size-limit diagnostic; a 1 MB line and a markup flood are linted; the server keeps up', async () => {
    const big = "---\ntype: dialoogplan\n---\n# Dialoogplan\n\n" + 'Wij voeren een dialoog met leveranciers. '.repeat(130_000);
    const p = await a.open('file:///virtual/hostile/big.md', big);
    expect(p.diagnostics.map((d) => d.code)).toEqual(['document-too-large']);
    const line = "---\ntype: dialoogplan\n---\n# Dialoogplan\n\n" + 'wij voeren een dialoog met leveranciers '.repeat(25_000);
    const t0 = performance.now();
    await a.open('file:///virtual/hostile/line.md', line);
    const flood = await a.open('file:///virtual/hostile/flood.md', "---\ntype: dialoogplan\n---\n# Plan\n\n" + '[a]( '.repeat(50_000) + '\n' + '> '.repeat(10_000));
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(flood.diagnostics.length).toBeGreaterThan(0);
    for (const u of ['big', 'line', 'flood']) await a.close(`file:///virtual/hostile/${u}.md`);
    expect(a.alive).toBe(true);
  });

  it('a hostile .imvo-lint.json (5,000 phrases, pathological phrases) cannot hang the server: a config diagnostic, and the document is linted', async () => {
    const root = mkdtempSync(join(tmpdir(), 'imvo-lsp-hostile-'));
    try {
      const cases: Array<[string, string]> = [
        ['phrases', JSON.stringify({ customElements: [
          { id: 'veel', title: 'Veel', signals: Array.from({ length: 5000 }, (_, i) => `woord${i} ... ander${i}`) },
          { id: 'raar', title: 'Raar', signals: ['(a+)+$', '@constructor', '* * *', 'a'.repeat(300), 'x ' .repeat(40)] },
          { id: 'geldig', title: 'Klachtenmechanisme', signals: ['klachtenmechanisme', 'klacht* ... indienen'] },
        ] }, null, 2)],
        ['deep', '['.repeat(100_000) + ']'.repeat(100_000)],
      ];
      const c = TestClient.start('stdio');
      await c.initialize({ capabilities: MINIMAL_CAPS, locale: 'en', rootUri: pathToFileURL(root).href, initializationOptions: { calmMs: 0 } });
      for (const [name, config] of cases) {
        const dir = join(root, name);
        mkdirSync(dir);
        writeFileSync(join(dir, '.imvo-lint.json'), config);
        const uri = pathToFileURL(join(dir, 'plan.md')).href;
        const configUri = pathToFileURL(join(dir, '.imvo-lint.json')).href;
        const since = c.diagnostics.length;
        const t0 = performance.now();
        const p = await c.open(uri, "---\ntype: dialoogplan\n---\n# Dialoogplan\n\nWij hebben een klachtenmechanisme. " + 'a'.repeat(100_000) + '\n');
        expect(performance.now() - t0, name).toBeLessThan(20_000);
        expect(p.diagnostics.length, name).toBeGreaterThan(0);
        const cfg = await c.waitForDiagnostics(configUri, (d) => d.diagnostics.length > 0, 8000, since);
        for (const d of cfg.diagnostics) expect(d.range.start.line, name).toBeGreaterThanOrEqual(0);
        await c.close(uri);
      }
      expect(c.alive).toBe(true);
      await c.stop();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
