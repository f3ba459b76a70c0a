// Test harness: spawns the BUILT server (dist/server.js) over stdio or Node
// IPC and speaks LSP to it with vscode-languageserver-protocol. Everything is
// awaited (notifications, responses) with a timeout that fails the test; no
// test sleeps to wait for the server.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, ConfigurationRequest, RegistrationRequest,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  type ClientCapabilities, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams, type Diagnostic,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const SERVER = process.env.IMVO_LSP_SERVER ?? resolve(ROOT, 'dist/server.js');

/** What vscode-languageclient 11 announces that matters here (snippet edits, data, related info). */
export const VSCODE_LIKE: ClientCapabilities = {
  workspace: {
    configuration: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true, snippetEditSupport: true } as never,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, versionSupport: false },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    completion: { completionItem: { snippetSupport: true } },
    codeAction: { dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
  },
  window: { showDocument: { support: true } },
};

/** A minimal client: no configuration requests, no snippets, no document changes, no `data` (like Neovim 0.7). */
export const MINIMAL: ClientCapabilities = {
  textDocument: { publishDiagnostics: {}, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } },
};

interface Waiter<T> {
  match: (v: T) => boolean;
  resolve: (v: T) => void;
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  settings: Record<string, unknown> = { debounceMs: 0 };
  registrations: unknown[] = [];
  stderr = '';
  private waiters: Array<Waiter<PublishDiagnosticsParams>> = [];
  private noteWaiters: Array<Waiter<{ method: string; params: unknown }>> = [];
  private exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection) {
    child.stderr?.on('data', (d) => (this.stderr += String(d)));
    this.exited = new Promise((r) => child.on('exit', (code) => r(code)));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.push(p);
      this.waiters = this.waiters.filter((w) => (w.match(p) ? (w.resolve(p), false) : true));
    });
    for (const method of ['imvoLint/coverage', 'window/logMessage', 'window/showMessage']) {
      connection.onNotification(method, (params: unknown) => {
        const n = { method, params };
        this.notifications.push(n);
        this.noteWaiters = this.noteWaiters.filter((w) => (w.match(n) ? (w.resolve(n), false) : true));
      });
    }
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => this.settings));
    connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
    });
    connection.onRequest('window/showDocument', () => ({ success: true }));
    connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
    connection.listen();
  }

  /** `env` is added to the server's environment. Its code cache (code-cache.ts) is off unless `env` sets it, so tests write nothing outside their own folders. */
  static start(transport: 'stdio' | 'ipc' = 'stdio', env: Record<string, string> = {}, server = SERVER): TestClient {
    if (!existsSync(server)) throw new Error(`${server} is missing: run \`node scripts/build.mjs\` first`);
    const options = { env: { ...process.env, IMVO_LINT_CODE_CACHE: 'off', ...env } };
    if (transport === 'ipc') {
      const child = spawn(process.execPath, [server, '--node-ipc'], { ...options, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      return new TestClient(child, createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child)));
    }
    const child = spawn(process.execPath, [server, '--stdio'], { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
    return new TestClient(child, createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)));
  }

  async initialize(opts: { capabilities?: ClientCapabilities; locale?: string; initializationOptions?: unknown; rootUri?: string | null; clientName?: string } = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: opts.rootUri ?? null,
      capabilities: opts.capabilities ?? VSCODE_LIKE,
      locale: opts.locale,
      clientInfo: { name: opts.clientName ?? 'imvo-lint protocol tests' },
      initializationOptions: opts.initializationOptions,
      workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: 'root' }] : null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** The next publishDiagnostics for `uri` matching `match` (already received ones count from `since`). */
  waitForDiagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, timeout = 8000, since = this.diagnostics.length): Promise<PublishDiagnosticsParams> {
    const done = this.diagnostics.slice(since).find((p) => p.uri === uri && match(p));
    if (done) return Promise.resolve(done);
    return withTimeout(new Promise((resolve) => this.waiters.push({ match: (p) => p.uri === uri && match(p), resolve })), timeout, `diagnostics for ${uri}`);
  }

  /** The coverage notification for a document version (received already or awaited). */
  coverage(uri: string, version: number | null): Promise<unknown> {
    return this.waitForNotification('imvoLint/coverage', (c) => (c as { uri: string }).uri === uri && (c as { version: number | null }).version === version, 8000, 0);
  }

  waitForNotification(method: string, match: (p: unknown) => boolean = () => true, timeout = 8000, since = this.notifications.length): Promise<unknown> {
    const done = this.notifications.slice(since).find((n) => n.method === method && match(n.params));
    if (done) return Promise.resolve(done.params);
    return withTimeout(
      new Promise<{ method: string; params: unknown }>((resolve) => this.noteWaiters.push({ match: (n) => n.method === method && match(n.params), resolve })).then((n) => n.params),
      timeout,
      method,
    );
  }

  async open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const since = this.diagnostics.length;
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
    return this.waitForDiagnostics(uri, (p) => p.version === version, 8000, since);
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  async replace(uri: string, version: number, text: string): Promise<PublishDiagnosticsParams> {
    const since = this.diagnostics.length;
    await this.change(uri, version, [{ text }]);
    return this.waitForDiagnostics(uri, (p) => p.version === version, 8000, since);
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async stop(): Promise<number | null> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 3000, 'shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await withTimeout(this.exited, 3000, 'exit').catch(() => {
      this.child.kill('SIGKILL');
      return null;
    });
    this.connection.dispose();
    return code;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]);
}

export function missing(diags: Diagnostic[]): string[] {
  return diags.filter((d) => d.code === 'missing-element').map((d) => (d.data as { elementId: string }).elementId).sort();
}
