// The extension's behaviour in a real VS Code: every wait is on an event
// (diagnostics, coverage notifications, tree refreshes, tab changes), bounded
// by a deadline that fails the test; nothing sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ImvoLintApi } from '../../src/extension.js';
import type { CoverageParams } from '../../src/protocol.js';
import { metrics } from './index.js';
import { ELEMENTS } from '../../../server/src/catalogue/elements.js';

const EXTENSION_ID = 'imvo-lint.imvo-lint';
const DEADLINE_MS = 20000;

/** Resolves with the first truthy value of `probe`, checked now and after each `event`. */
function until<T>(event: vscode.Event<unknown>, probe: () => T | undefined | null | false, what: string, ms = DEADLINE_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let sub: vscode.Disposable | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      sub?.dispose();
      if (timer) clearTimeout(timer);
      fn();
    };
    const check = () => {
      try {
        const v = probe();
        if (v) finish(() => resolve(v));
      } catch (e) {
        finish(() => reject(e));
      }
    };
    sub = event(check);
    timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`))), ms);
    check();
  });
}

let api: ImvoLintApi;
let folder: vscode.Uri;

function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder, name);
}

function imvoDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => /imvo/i.test(d.source ?? ''));
}

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}

/** The coverage notification for exactly this version of the document. */
function currentCoverage(doc: vscode.TextDocument): CoverageParams | undefined {
  const c = api.coverage.get(doc.uri);
  return c && c.version === doc.version ? c : undefined;
}

function coverageOf(doc: vscode.TextDocument, accept: (c: CoverageParams) => boolean = () => true, what = 'coverage'): Promise<CoverageParams> {
  return until(
    api.coverage.onDidChange,
    () => {
      const c = currentCoverage(doc);
      return c && accept(c) ? c : undefined;
    },
    `${what} of ${doc.uri.toString()} v${doc.version}`,
  );
}

async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  return vscode.window.showTextDocument(doc);
}

/** An unsaved copy of a fixture, so tests can edit it without touching files. */
async function openCopy(name: string): Promise<vscode.TextEditor> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture(name)));
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  return vscode.window.showTextDocument(doc);
}

async function closeAll(): Promise<void> {
  // Unsaved copies are discarded, files revert: nothing is written to disk.
  for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length + vscode.window.tabGroups.all.flatMap((g) => g.tabs).length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    if (!vscode.window.tabGroups.activeTabGroup.activeTab) await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
}

/** Every line of `before` appears in `after`, in order. */
function keepsAllLines(before: string, after: string): boolean {
  const a = after.split(/\r?\n/);
  let i = 0;
  for (const line of before.split(/\r?\n/)) {
    while (i < a.length && a[i] !== line) i++;
    if (i === a.length) return false;
    i++;
  }
  return true;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export function defineTests(): void {
  describe('IMVO Lint in VS Code', function () {
    before(async function () {
      folder = vscode.workspace.workspaceFolders![0]!.uri;
      const ext = vscode.extensions.getExtension<ImvoLintApi>(EXTENSION_ID);
      assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
      // Opening Markdown is what activates the extension (activationEvents: onLanguage:markdown).
      const t0 = Date.now();
      await openFixture('notes.md');
      api = await ext.activate();
      await api.ready();
      metrics.activateMs = api.activateMs;
      metrics.activationToServerReadyMs = api.startupMs ?? -1;
      metrics.openToServerReadyMs = Date.now() - t0;
    });

    afterEach(closeAll);

    it('activates on Markdown, starts the server and leaves plain Markdown alone', async function () {
      const ext = vscode.extensions.getExtension<ImvoLintApi>(EXTENSION_ID)!;
      assert.ok(ext.isActive);
      assert.deepEqual(ext.packageJSON.activationEvents, ['onLanguage:markdown']);
      assert.equal(api.client.isRunning(), true);
      // Subscribe first, then open: the server answers every opened Markdown document.
      const answered = new Promise<CoverageParams>((resolve) => {
        const sub = api.coverage.onDidChange((p) => {
          if (p.uri.startsWith('untitled:')) {
            sub.dispose();
            resolve(p);
          }
        });
      });
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Meeting notes\n\nLunch is at noon.\n' });
      const editor = await vscode.window.showTextDocument(doc);
      const c = await Promise.race([
        answered,
        until<CoverageParams>(vscode.window.onDidChangeActiveTextEditor, () => undefined, 'a coverage answer for meeting notes'),
      ]);
      assert.equal(c.documentType, null, 'meeting notes are not an IMVO document');
      assert.equal(imvoDiagnostics(editor.document.uri).length, 0, 'no diagnostics on meeting notes');
    });

    it('reports missing elements in a Dutch dialogue plan', async function () {
      const t0 = Date.now();
      const editor = await openFixture('dialoogplan.md');
      const diags = await until(
        vscode.languages.onDidChangeDiagnostics,
        () => {
          const found = imvoDiagnostics(editor.document.uri).filter((d) => codeOf(d) === 'missing-element');
          return found.length ? found : undefined;
        },
        'missing-element diagnostics on dialoogplan.md',
      );
      metrics.openToFirstDiagnosticMs = Date.now() - t0;
      const cov = await coverageOf(editor.document);
      assert.equal(cov.documentType, 'dialogue-plan');
      assert.equal(cov.language, 'nl');
      assert.ok(cov.coverage.missing >= 1);
      assert.ok(cov.elements.some((e) => e.status === 'present'), 'the goals section counts as present');
      const d = diags[0]!;
      const code = d.code as { value: string; target: vscode.Uri };
      assert.match(code.target.toString(), /^https?:/, 'the code links to the rule documentation');
      assert.ok(d.message.length > 10);
    });

    it('reports missing elements in an English dialogue plan', async function () {
      const editor = await openFixture('engagement-plan.md');
      await until(
        vscode.languages.onDidChangeDiagnostics,
        () => imvoDiagnostics(editor.document.uri).some((d) => codeOf(d) === 'missing-element'),
        'missing-element diagnostics on engagement-plan.md',
      );
      const cov = await coverageOf(editor.document);
      assert.equal(cov.documentType, 'dialogue-plan');
      assert.equal(cov.language, 'en');
      const follow = cov.elements.find((e) => e.id === 'follow-up');
      assert.equal(follow?.status, 'missing');
    });

    it('applies a quick fix: inserts the section as a snippet and keeps every original line', async function () {
      const editor = await openCopy('engagement-plan.md');
      const doc = editor.document;
      const before = doc.getText();
      const cov = await coverageOf(doc, (c) => c.coverage.missing > 0);
      const diag = await until(
        vscode.languages.onDidChangeDiagnostics,
        () => imvoDiagnostics(doc.uri).find((d) => codeOf(d) === 'missing-element'),
        'a missing-element diagnostic',
      );
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.kind?.value === 'quickfix.imvo.insertSection' && a.isPreferred);
      assert.ok(fix?.edit, `a preferred insert-section quick fix among: ${actions.map((a) => a.kind?.value + ' ' + a.title).join('; ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      const after = doc.getText();
      assert.ok(after.length > before.length);
      assert.ok(keepsAllLines(before, after), 'all original lines are kept, in order');
      assert.doesNotMatch(after, /\$\{\d|\$\d/, 'snippet syntax was expanded, not inserted literally');
      assert.ok(!editor.selection.isEmpty, 'the first tab stop of the snippet is selected');
      const next = await coverageOf(doc, (c) => c.coverage.missing === cov.coverage.missing - 1, 'one element fewer missing');
      assert.equal(next.coverage.missing, cov.coverage.missing - 1);
    });

    it('fixes all: inserts every missing section in one edit', async function () {
      const editor = await openCopy('dialoogplan.md');
      const doc = editor.document;
      const before = doc.getText();
      await coverageOf(doc, (c) => c.coverage.missing > 1);
      const whole = new vscode.Range(0, 0, doc.lineCount, 0);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', doc.uri, whole, 'source.fixAll.imvo',
      );
      const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.imvo');
      assert.ok(fixAll?.edit, 'a source.fixAll.imvo action');
      assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
      assert.ok(keepsAllLines(before, doc.getText()), 'all original lines are kept');
      const cov = await coverageOf(doc, (c) => c.coverage.missing === 0, 'no missing element');
      assert.equal(cov.coverage.missing, 0);
      await until(
        vscode.languages.onDidChangeDiagnostics,
        () => !imvoDiagnostics(doc.uri).some((d) => codeOf(d) === 'missing-element'),
        'missing-element diagnostics to clear',
      );
    });

    it('"Insert all missing sections" inserts them in order and keeps the text', async function () {
      const editor = await openCopy('engagement-plan.md');
      const doc = editor.document;
      const before = doc.getText();
      await coverageOf(doc, (c) => c.coverage.missing > 1);
      assert.equal(await vscode.commands.executeCommand('imvoLint.insertMissingSections'), true);
      assert.ok(keepsAllLines(before, doc.getText()), 'all original lines are kept');
      const cov = await coverageOf(doc, (c) => c.coverage.missing === 0, 'no missing element');
      // the inserted headings follow the catalogue order used by the tree
      const lines = doc.getText().split(/\r?\n/);
      const at = cov.elements.map((e) => (e.headingRange ? e.headingRange.start.line : -1)).filter((l) => l >= 0);
      assert.deepEqual([...at].sort((a, b) => a - b), at, 'sections appear in catalogue order');
      assert.ok(lines.length > before.split(/\r?\n/).length);
    });

    it('shows a hover on a heading the engine matched to an element', async function () {
      const editor = await openFixture('engagement-plan.md');
      const cov = await coverageOf(editor.document, (c) => c.elements.some((e) => e.headingRange));
      const el = cov.elements.find((e) => e.headingRange)!;
      const at = new vscode.Position(el.headingRange!.start.line, el.headingRange!.start.character + 4);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
      const text = hoverText(hovers);
      assert.ok(text.length > 20, `hover text: ${text}`);
      metrics.hoverSample = text.slice(0, 120);
    });

    it('"New dialogue plan" opens an untitled document with no missing element, cursor on the first placeholder', async function () {
      for (const args of [
        { documentType: 'dialogue-plan', language: 'nl', stakeholders: ['suppliers'] },
        { documentType: 'dialogue-plan', language: 'en', stakeholders: ['ngos'] },
      ]) {
        const editor = await vscode.commands.executeCommand<vscode.TextEditor>('imvoLint.newPlan', args);
        assert.ok(editor, 'the command returns the new editor');
        const doc = editor.document;
        assert.equal(doc.isUntitled, true, 'never a file on disk');
        assert.equal(doc.languageId, 'markdown');
        assert.ok(!editor.selection.isEmpty, 'the first placeholder is selected');
        assert.match(doc.getText(editor.selection), /invullen|fill in|\[|TODO/i);
        const cov = await coverageOf(doc, (c) => c.documentType !== null, 'coverage of the template');
        assert.equal(cov.documentType, 'dialogue-plan');
        assert.equal(cov.language, args.language);
        assert.equal(cov.coverage.missing, 0, `missing: ${cov.elements.filter((e) => e.status === 'missing').map((e) => e.id)}`);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });

    it('tree view and status bar follow an edit; the tree inserts a section', async function () {
      const editor = await openCopy('engagement-plan.md');
      const doc = editor.document;
      const first = await coverageOf(doc);
      await until(api.tree.onDidRender, () => api.tree.current?.version === doc.version, 'the tree to show the plan');
      assert.equal(api.statusBar.item.text, `$(checklist) IMVO ${first.coverage.present}/${first.coverage.applicable}`);
      const rows = api.tree.getChildren();
      assert.equal(rows.length, first.elements.length);
      const item = api.tree.getTreeItem(rows.find((r) => r.element.id === 'follow-up')!);
      assert.equal(item.contextValue, 'imvoElement.missing');

      // Write the follow-up section by hand.
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((b) =>
        b.insert(end, '\n\n## Follow-up and reporting back\n\nAfter each meeting we send all participants a written summary within two weeks. ' +
          'Our sourcing manager is responsible for following up the agreements, and every six months we report back ' +
          'to the suppliers and their workers on what we did with their input and which decisions it changed.\n'),
      );
      const edited = await coverageOf(doc, (c) => c.elements.find((e) => e.id === 'follow-up')?.status !== 'missing', 'follow-up to be found');
      await until(api.tree.onDidRender, () => api.tree.current?.version === doc.version, 'the tree to refresh');
      assert.equal(api.statusBar.item.text, `$(checklist) IMVO ${edited.coverage.present}/${edited.coverage.applicable}`);
      assert.equal(edited.coverage.present, first.coverage.present + 1, 'one more element present');
      const row = api.tree.getChildren().find((r) => r.element.id === 'follow-up')!;
      assert.equal(api.tree.getTreeItem(row).contextValue, 'imvoElement.present');

      // The tree's inline "Insert section" on a missing element.
      const missing = api.tree.getChildren().find((r) => r.element.status === 'missing');
      if (missing) {
        await vscode.commands.executeCommand('imvoLint.insertSection', missing);
        const after = await coverageOf(doc, (c) => c.elements.find((e) => e.id === missing.element.id)?.status !== 'missing', 'the inserted section');
        assert.equal(after.coverage.missing, edited.coverage.missing - 1);
      }
    });

    it('the coverage report is a readable page with a table', async function () {
      const editor = await openFixture('engagement-plan.md');
      const cov = await coverageOf(editor.document);
      // as the server's code lens calls it: with the URI as a string
      await vscode.commands.executeCommand('imvoLint.showCoverage', editor.document.uri.toString());
      const report = api.report.provideTextDocumentContent(api.report.reportUri(editor.document.uri));
      assert.match(report, /^# /);
      assert.match(report, /\| --- \|/);
      for (const e of cov.elements) assert.ok(report.includes(e.title), `report lists ${e.title}`);
      await until(
        vscode.window.tabGroups.onDidChangeTabs,
        () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview),
        'the Markdown preview',
      );
    });

    it('a settings change changes the severity', async function () {
      const editor = await openFixture('engagement-plan.md');
      const uri = editor.document.uri;
      const config = () => vscode.workspace.getConfiguration('imvoLint', uri);
      await until(vscode.languages.onDidChangeDiagnostics, () => imvoDiagnostics(uri).some((d) => codeOf(d) === 'missing-element'), 'diagnostics');
      try {
        await config().update('rules', { 'missing-element': 'error' }, vscode.ConfigurationTarget.Workspace);
        await until(
          vscode.languages.onDidChangeDiagnostics,
          () => {
            const m = imvoDiagnostics(uri).filter((d) => codeOf(d) === 'missing-element');
            return m.length > 0 && m.every((d) => d.severity === vscode.DiagnosticSeverity.Error);
          },
          'missing-element as errors',
        );
        await config().update('rules', { 'missing-element': 'off' }, vscode.ConfigurationTarget.Workspace);
        await until(
          vscode.languages.onDidChangeDiagnostics,
          () => !imvoDiagnostics(uri).some((d) => codeOf(d) === 'missing-element'),
          'missing-element turned off',
        );
      } finally {
        await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await until(vscode.languages.onDidChangeDiagnostics, () => imvoDiagnostics(uri).some((d) => codeOf(d) === 'missing-element'), 'diagnostics back after reset');
    });

    it('.imvo-lint.json applies to open documents and is validated against the schema', async function () {
      const editor = await openFixture('engagement-plan.md');
      const uri = editor.document.uri;
      const configUri = fixture('.imvo-lint.json');
      const severities = () => imvoDiagnostics(uri).filter((d) => codeOf(d) === 'missing-element').map((d) => d.severity);
      await until(vscode.languages.onDidChangeDiagnostics, () => severities().length > 0, 'diagnostics');
      try {
        await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{ "rules": { "missing-element": "error" } }\n'));
        await until(
          vscode.languages.onDidChangeDiagnostics,
          () => severities().length > 0 && severities().every((s) => s === vscode.DiagnosticSeverity.Error),
          'the config file to make missing elements errors',
        );
        // jsonValidation: VS Code's JSON support checks the file against schemas/imvo-lint.schema.json.
        const config = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(configUri));
        await config.edit((b) => b.replace(new vscode.Range(0, 0, config.document.lineCount, 0), '{ "rules": { "missing-element": "loud" } }\n'));
        const problem = await until(
          vscode.languages.onDidChangeDiagnostics,
          () => vscode.languages.getDiagnostics(configUri).find((d) => d.range.start.character > 20 && !/imvo/i.test(d.source ?? '')),
          'a schema error from VS Code\'s JSON support on the invalid severity',
        );
        metrics.configSchemaDiagnostic = `${problem.source}: ${problem.message}`;
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      } finally {
        await vscode.workspace.fs.delete(configUri);
      }
      await until(
        vscode.languages.onDidChangeDiagnostics,
        () => severities().length > 0 && severities().every((s) => s !== vscode.DiagnosticSeverity.Error),
        'severities back to normal without the config file',
      );
    });

    it('speaks the display language: element titles from the server, the client\'s own texts', async function () {
      const lang = vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
      metrics.displayLanguage = vscode.env.language;
      const editor = await openFixture('engagement-plan.md');
      const cov = await coverageOf(editor.document, (c) => c.elements.length > 0);
      for (const e of cov.elements) {
        const def = ELEMENTS.find((d) => d.id === e.id);
        if (def) assert.equal(e.title, def.title[lang], `title of ${e.id} in ${lang}`);
      }
      await until(api.tree.onDidRender, () => api.tree.current?.version === editor.document.version, 'the tree to show the plan');
      const tooltip = String(api.statusBar.item.tooltip);
      assert.match(tooltip, lang === 'nl' ? /elementen aanwezig/ : /elements present/);
      const diag = await until(vscode.languages.onDidChangeDiagnostics, () => imvoDiagnostics(editor.document.uri)[0], 'a diagnostic');
      metrics.diagnosticSample = diag.message.slice(0, 100);
    });

    it('restarts the server after a crash, without looping', async function () {
      const editor = await openFixture('dialoogplan.md');
      await coverageOf(editor.document);
      const crashed = api.client.serverProcess;
      assert.ok(crashed?.pid, 'the server runs in a child process');
      const republished = new Promise<void>((resolve) => {
        const sub = api.coverage.onDidChange((p) => {
          if (api.client.serverProcess?.pid !== crashed.pid && vscode.Uri.parse(p.uri).toString() === editor.document.uri.toString() && p.documentType) {
            sub.dispose();
            resolve();
          }
        });
      });
      crashed.kill('SIGKILL');
      await Promise.race([republished, until(vscode.window.onDidChangeActiveTextEditor, () => undefined, 'coverage from the restarted server')]);
      assert.notEqual(api.client.serverProcess?.pid, crashed.pid);
      assert.equal(api.client.isRunning(), true);
      assert.equal(api.crashHandler.crashesInWindow, 1, 'one crash counted');
    });

    it('restarts the language server on request', async function () {
      const editor = await openFixture('dialoogplan.md');
      await coverageOf(editor.document);
      await vscode.commands.executeCommand('imvoLint.restartServer');
      assert.equal(api.client.isRunning(), true);
      await coverageOf(editor.document, (c) => c.documentType === 'dialogue-plan', 'coverage after the restart');
    });
  });
}
