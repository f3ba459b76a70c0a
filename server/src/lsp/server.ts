// Wires the engine to an LSP connection: documents, settings, config files,
// scheduling, publishing (with the calm-typing rule, see calm.ts) and the
// feature handlers. The engine stays free of LSP; everything here adapts.

import {
  DiagnosticSeverity, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ErrorCodes, ResponseError, TextDocumentSyncKind,
  type ClientCapabilities, type Connection, type Diagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { analyse, generateTemplate, setCheckErrorHandler, toLocaleString, type Analysis, type DocumentType, type Language } from './engine.js';
import { DocumentStore, type OpenDocument } from './documents.js';
import { DEFAULT_SETTINGS, mergeConfig, readSettings, type Settings } from './settings.js';
import { ConfigFiles, pathToUri } from './config-files.js';
import { Scheduler } from './scheduler.js';
import { OnceLogger } from './log.js';
import { toDiagnostic } from './diagnostics.js';
import { calmView, shiftView, viewDiagnostics, type ElementView, type View } from './calm.js';
import { coverageParams, COVERAGE } from './coverage.js';
import { codeActions, CODE_ACTION_KINDS } from './code-actions.js';
import { editSupport, type ClientEditSupport } from './edits.js';
import { hoverAt } from './hover.js';
import { documentSymbols } from './symbols.js';
import { codeLenses, coverageText } from './code-lens.js';
import { completions } from './completion.js';
import { insertionsFor } from './insertions.js';
import { IdleCollector } from './idle.js';
import { codeCacheHook } from './code-cache.js';

/** Server-side commands, for clients without the VS Code extension's commands. */
export const ServerCommands = {
  openDocumentation: 'imvoLint.server.openDocumentation',
  showCoverage: 'imvoLint.server.showCoverage',
} as const;
/** The VS Code client's own commands (docs/protocol.md). */
const ClientCommands = { openDocumentation: 'imvoLint.openRuleDocumentation', showCoverage: 'imvoLint.showCoverage' } as const;

interface LintState {
  /** What the client currently shows for this document. */
  shown: View | null;
  lastPublished: number;
  calmTimer: NodeJS.Timeout | null;
}

export interface ServerOptions {
  /** Idle time after typing before worse element states show (calm.ts). */
  calmMs?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const log = new OnceLogger((m) => connection.console.error(m));
  const docs = new DocumentStore();
  const configs = new ConfigFiles();
  const states = new Map<string, LintState>();
  const settingsCache = new Map<string, Settings | Promise<Settings>>();
  let globalSettings: Settings = DEFAULT_SETTINGS;
  let caps: ClientCapabilities = {};
  let support: ClientEditSupport = { snippets: false, documentChanges: false };
  let locale: Language = 'en';
  let calmMs = options.calmMs ?? 1500;
  let pullConfig = false;
  let clientCommands = false;
  const configProblemUris = new Set<string>();
  const idle = new IdleCollector();

  setCheckErrorHandler((id, e) => log.error(`the check for '${id}'`, e));
  process.on('uncaughtException', (e) => log.error('uncaught exception', e));
  process.on('unhandledRejection', (e) => log.error('unhandled rejection', e));

  /** Runs a handler; an exception is logged once and the fallback returned. */
  function guard<A extends unknown[], R>(where: string, fallback: R, fn: (...args: A) => R | Promise<R>, options: { rethrow?: boolean } = {}): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await fn(...args);
      } catch (e) {
        // An error meant for the client (a ResponseError) goes to it; anything else is logged.
        if (options.rethrow && e instanceof ResponseError) throw e;
        log.error(where, e);
        return fallback;
      }
    };
  }

  // ---- settings -------------------------------------------------------

  function settingsFor(uri: string): Settings | Promise<Settings> {
    if (!pullConfig) return globalSettings;
    const hit = settingsCache.get(uri);
    if (hit) return hit;
    const p = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'imvoLint' })
      .then(readSettings, (e) => {
        log.error('workspace/configuration', e);
        return globalSettings;
      })
      .then((s) => {
        if (settingsCache.get(uri) === p) settingsCache.set(uri, s);
        return s;
      });
    settingsCache.set(uri, p);
    return p;
  }

  function configKey(settings: Settings, uri: string): { key: string; config: ReturnType<typeof mergeConfig> } {
    const file = configs.forDocument(uri);
    const config = mergeConfig(settings, file.config, configs.folderOf(file.path));
    return { key: `${locale}\u0000${file.path}\u0000${JSON.stringify(config)}`, config };
  }

  /** The analysis of the document's current version (cached per version and configuration). */
  function analysisOf(d: OpenDocument, settings: Settings): Analysis {
    const { key, config } = configKey(settings, d.uri);
    const version = d.doc.version;
    if (d.analysis && d.analysis.version === version && d.analysis.configKey === key) return d.analysis.value;
    const value = analyse(d.doc.getText(), { path: configs.lintPath(d.uri), config, locale, cache: d.cache });
    d.analysis = { version, configKey: key, value };
    return value;
  }

  async function currentAnalysis(uri: string): Promise<{ d: OpenDocument; analysis: Analysis } | null> {
    const d = docs.get(uri);
    if (!d) return null;
    const settings = await settingsFor(uri);
    if (docs.get(uri) !== d || !settings.enable) return null;
    return { d, analysis: analysisOf(d, settings) };
  }

  // ---- linting and publishing ----------------------------------------

  const scheduler = new Scheduler((uri) => void lint(uri, 'edit'));

  function buildView(analysis: Analysis, uri: string, version: number): View {
    const related = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
    const elements = new Map<string, ElementView>();
    for (const e of analysis.result.elements) elements.set(e.id, { result: e, diagnostics: [] });
    const other: Diagnostic[] = [];
    for (const f of analysis.result.findings) {
      const diag = toDiagnostic(f, uri, version, analysis, related);
      const owner = f.elementId ? elements.get(f.elementId) : undefined;
      (owner ? owner.diagnostics : other).push(diag);
    }
    return { version, elements, other };
  }

  function stateOf(uri: string): LintState {
    let s = states.get(uri);
    if (!s) states.set(uri, (s = { shown: null, lastPublished: -Infinity, calmTimer: null }));
    return s;
  }

  type Reason = 'open' | 'edit' | 'calm' | 'save' | 'config';

  async function lint(uri: string, reason: Reason): Promise<void> {
    try {
      const d = docs.get(uri);
      if (!d) return;
      const version = d.doc.version;
      const settings = await settingsFor(uri);
      // Stale: closed, or a newer version arrived while the settings were fetched (its own lint follows).
      if (docs.get(uri) !== d || d.doc.version !== version) return;
      const state = stateOf(uri);
      if (!settings.enable) {
        state.shown = null;
        publish(uri, version, [], state);
        connection.sendNotification(COVERAGE, coverageParams(uri, version, null, null, locale));
        return;
      }
      const analysis = analysisOf(d, settings);
      idle.worked();
      const next = buildView(analysis, uri, version);
      const typing = reason === 'edit' || (reason === 'calm' && performance.now() - d.lastEdit < calmMs);
      const { view, held } = calmView(state.shown, next, typing);
      if (!publish(uri, version, viewDiagnostics(view), state)) return;
      state.shown = view;
      connection.sendNotification(COVERAGE, coverageParams(uri, version, analysis, view, locale));
      if (state.calmTimer) clearTimeout(state.calmTimer);
      state.calmTimer = null;
      if (held.length) {
        const wait = Math.max(0, d.lastEdit + calmMs - performance.now());
        state.calmTimer = setTimeout(() => {
          state.calmTimer = null;
          if (docs.get(uri) === d) void lint(uri, 'calm');
        }, wait + 1);
      }
    } catch (e) {
      log.error(`lint of ${uri}`, e);
    }
  }

  let publishedAny = false;
  /** Publishes unless a newer version was already published. */
  function publish(uri: string, version: number, diagnostics: Diagnostic[], state: LintState): boolean {
    if (version < state.lastPublished) return false;
    state.lastPublished = version;
    void connection.sendDiagnostics({ uri, version, diagnostics });
    if (!publishedAny) {
      publishedAny = true;
      // The code that made the first diagnostics is compiled now: save it for the next start.
      const save = codeCacheHook()?.save;
      if (save) setImmediate(save);
    }
    return true;
  }

  function relintAll(reason: Reason): void {
    for (const d of docs.all()) void lint(d.uri, reason);
  }

  function checkConfigFiles(): void {
    const now = new Map<string, Diagnostic[]>();
    for (const d of docs.all()) {
      const loaded = configs.forDocument(d.uri);
      if (!loaded.path) continue;
      const uri = pathToUri(loaded.path);
      if (now.has(uri)) continue;
      now.set(uri, loaded.problems.map((p) => ({
        range: { start: { line: p.line, character: p.character }, end: { line: p.line, character: Math.max(p.character, p.endCharacter ?? p.character + 1) } },
        severity: DiagnosticSeverity.Error,
        source: 'imvo-lint',
        code: 'invalid-config',
        message: locale === 'nl' ? `Ongeldige configuratie (de standaardinstellingen gelden hiervoor): ${p.message}` : `Invalid configuration (the defaults apply instead): ${p.message}`,
      })));
    }
    for (const [uri, diagnostics] of now) {
      if (!diagnostics.length && !configProblemUris.has(uri)) continue;
      void connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length) configProblemUris.add(uri);
      else configProblemUris.delete(uri);
    }
    for (const uri of [...configProblemUris]) {
      if (!now.has(uri)) {
        void connection.sendDiagnostics({ uri, diagnostics: [] });
        configProblemUris.delete(uri);
      }
    }
  }

  // ---- lifecycle ---------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    caps = params.capabilities;
    support = editSupport(caps);
    const init = (params.initializationOptions ?? {}) as { locale?: unknown; calmMs?: unknown; clientCommands?: unknown; settings?: unknown };
    locale = toLocaleString(typeof init.locale === 'string' && init.locale ? init.locale : params.locale);
    if (typeof init.calmMs === 'number' && init.calmMs >= 0) calmMs = init.calmMs;
    if (init.settings) globalSettings = readSettings((init.settings as Record<string, unknown>).imvoLint ?? init.settings);
    pullConfig = !!caps.workspace?.configuration;
    clientCommands = init.clientCommands === true || /code|codium|cursor/i.test(params.clientInfo?.name ?? '');
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    configs.setRoots(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: { label: 'IMVO' },
        codeLensProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: ['#', ' '], resolveProvider: false },
        executeCommandProvider: { commands: [ServerCommands.openDocumentation, ServerCommands.showCoverage] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'imvo-lint', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'imvoLint' }).catch(() => undefined);
    }
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.imvo-lint.json' }] }).catch(() => undefined);
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(guard('workspace folders', undefined, async (e) => {
        const current = new Set(configs['roots'].map(pathToUri));
        for (const f of e.removed) current.delete(f.uri);
        for (const f of e.added) current.add(f.uri);
        configs.setRoots([...current]);
        relintAll('config');
      }));
    }
  });

  // ---- documents -----------------------------------------------------------

  connection.onDidOpenTextDocument(guard('didOpen', undefined, (p) => {
    const { uri, languageId, version, text } = p.textDocument;
    docs.open(uri, languageId, version, text);
    states.delete(uri);
    void lint(uri, 'open');
    checkConfigFiles();
  }));

  connection.onDidChangeTextDocument(guard('didChange', undefined, async (p) => {
    const { uri, version } = p.textDocument;
    const changed = docs.change(uri, version ?? 0, p.contentChanges);
    if (!changed) return;
    const state = states.get(uri);
    if (state?.shown) {
      if (changed.ranged) shiftView(state.shown, changed.ranged);
      else state.shown = null; // the whole text was replaced: nothing to carry along
    }
    const s = settingsFor(uri);
    const delay = s instanceof Promise ? DEFAULT_SETTINGS.debounceMs : s.debounceMs;
    scheduler.schedule(uri, delay);
  }));

  connection.onDidSaveTextDocument(guard('didSave', undefined, (p) => {
    scheduler.cancel(p.textDocument.uri);
    void lint(p.textDocument.uri, 'save');
  }));

  connection.onDidCloseTextDocument(guard('didClose', undefined, (p) => {
    const uri = p.textDocument.uri;
    scheduler.cancel(uri);
    const state = states.get(uri);
    if (state?.calmTimer) clearTimeout(state.calmTimer);
    states.delete(uri);
    docs.close(uri);
    settingsCache.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    connection.sendNotification(COVERAGE, coverageParams(uri, null, null, null, locale));
    checkConfigFiles();
  }));

  connection.onDidChangeConfiguration(guard('didChangeConfiguration', undefined, (p) => {
    settingsCache.clear();
    const s = (p.settings as Record<string, unknown> | null)?.imvoLint;
    if (s) globalSettings = readSettings(s);
    configs.invalidate();
    relintAll('config');
  }));

  connection.onDidChangeWatchedFiles(guard('didChangeWatchedFiles', undefined, (p) => {
    if (!p.changes.some((c) => /(?:^|[/\\])\.imvo-lint\.json$/.test(c.uri))) return;
    configs.invalidate();
    checkConfigFiles();
    relintAll('config');
  }));

  // ---- features ------------------------------------------------------------

  connection.onCodeAction(guard('codeAction', [], async (p) => {
    const cur = await currentAnalysis(p.textDocument.uri);
    if (!cur) return [];
    return codeActions(p, {
      uri: cur.d.uri, version: cur.d.doc.version, analysis: cur.analysis, support,
      docsCommand: clientCommands ? ClientCommands.openDocumentation : ServerCommands.openDocumentation,
    });
  }));

  connection.onHover(guard('hover', null, async (p) => {
    const cur = await currentAnalysis(p.textDocument.uri);
    if (!cur) return null;
    const line = cur.d.doc.getText({ start: { line: p.position.line, character: 0 }, end: { line: p.position.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    return hoverAt(cur.analysis, line, p.position);
  }));

  connection.onDocumentSymbol(guard('documentSymbol', [], async (p) => {
    const cur = await currentAnalysis(p.textDocument.uri);
    if (!cur) return [];
    return documentSymbols(cur.analysis, cur.d.uri, !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport);
  }));

  connection.onCodeLens(guard('codeLens', [], async (p) => {
    const cur = await currentAnalysis(p.textDocument.uri);
    if (!cur) return [];
    return codeLenses(cur.analysis, cur.d.uri, clientCommands ? ClientCommands.showCoverage : ServerCommands.showCoverage);
  }));

  connection.onCompletion(guard('completion', [], async (p) => {
    // Only after `#… ` at the start of a line; anything else costs nothing.
    const d = docs.get(p.textDocument.uri);
    const line = d?.doc.getText({ start: { line: p.position.line, character: 0 }, end: { line: p.position.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    if (!d || line === undefined || !/^#{1,6}[ \t]/.test(line)) return [];
    const cur = await currentAnalysis(p.textDocument.uri);
    if (!cur) return [];
    return completions(cur.analysis, line, p.position, !!caps.textDocument?.completion?.completionItem?.snippetSupport);
  }));

  connection.onExecuteCommand(guard('executeCommand', null, async (p) => {
    const arg = p.arguments?.[0];
    if (p.command === ServerCommands.openDocumentation && typeof arg === 'string') {
      const url = /^https?:\/\//.test(arg) ? arg : `https://github.com/imvo-lint/imvo-lint/blob/main/docs/rules/${encodeURIComponent(arg)}.md`;
      if (caps.window?.showDocument?.support) await connection.window.showDocument({ uri: url, external: true });
      else connection.window.showInformationMessage(url);
    } else if (p.command === ServerCommands.showCoverage && typeof arg === 'string') {
      const cur = await currentAnalysis(arg);
      if (cur) connection.window.showInformationMessage(coverageText(cur.analysis));
    } else {
      // A mistyped command must not look like one that worked.
      throw new ResponseError(ErrorCodes.InvalidParams, `unknown command or arguments: ${p.command}`);
    }
    return null;
  }, { rethrow: true }));

  connection.onRequest('imvoLint/template', guard('imvoLint/template', null, (p: { documentType: DocumentType; language: Language; stakeholders?: string[] }) => {
    const t = generateTemplate({ documentType: p.documentType === 'policy' ? 'policy' : 'dialogue-plan', language: p.language === 'nl' ? 'nl' : 'en', stakeholders: Array.isArray(p.stakeholders) ? p.stakeholders : [] });
    const f = t.firstPlaceholder;
    return { text: t.text, firstPlaceholder: f ? { start: f.position, end: { line: f.position.line, character: f.position.character + f.length } } : null };
  }));

  connection.onRequest('imvoLint/insertSections', guard('imvoLint/insertSections', { edits: [] as unknown[] }, async (p: { uri: string; elements?: string[] }) => {
    const cur = await currentAnalysis(p.uri);
    if (!cur) return { edits: [] };
    const list = insertionsFor(cur.analysis, Array.isArray(p.elements) ? p.elements : undefined);
    return { edits: list.map((i) => ({ range: { start: i.position, end: i.position }, newText: i.text, snippet: i.snippet })) };
  }));

  // For benchmarks and bug reports: what the server holds.
  connection.onRequest('imvoLint/stats', guard('imvoLint/stats', null, () => ({ documents: docs.all().length, memory: process.memoryUsage(), codeCache: codeCacheHook()?.state ?? 'off', codeCacheWritten: codeCacheHook()?.written ?? false })));

  connection.listen();
}
