// Starts the bundled language server (dist/server.js) over Node IPC.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { t } from './l10n.js';

/**
 * Markdown in documents whose text VS Code holds: files, unsaved documents and
 * virtual file systems (the server lints the text it is sent; it never reads
 * the document from disk). Diff views (`git:`), output channels and notebook
 * cells are left alone.
 */
export const DOCUMENT_SELECTOR = ['file', 'untitled', 'vscode-vfs', 'memfs'].map((scheme) => ({
  language: 'markdown',
  scheme,
}));

/** Crashes within this window count towards giving up. */
const CRASH_WINDOW_MS = 3 * 60 * 1000;
const MAX_RESTARTS = 3;

/**
 * Restarts the server after a crash and says so, but gives up (with a button
 * to try again) after MAX_RESTARTS crashes within CRASH_WINDOW_MS, so a server
 * that dies on start-up does not loop.
 */
export class RestartingErrorHandler implements ErrorHandler {
  private readonly crashes: number[] = [];
  /** Crashes counted towards giving up (for tests and the log). */
  get crashesInWindow(): number {
    return this.crashes.length;
  }
  /** Forgets earlier crashes: the user restarted the server (command or button). */
  reset(): void {
    this.crashes.length = 0;
  }
  constructor(
    private readonly output: vscode.LogOutputChannel,
    private readonly restart: () => void,
  ) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
    return { action: ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length && this.crashes[0]! < now - CRASH_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) {
      void vscode.window.showWarningMessage(
        t('The IMVO Lint language server stopped unexpectedly and has been restarted.'),
      );
      return { action: CloseAction.Restart, handled: true };
    }
    const restart = t('Restart');
    const showLog = t('Show log');
    void vscode.window
      .showErrorMessage(
        t('The IMVO Lint language server stopped {0} times in the last 3 minutes and will not be restarted automatically.', this.crashes.length),
        restart,
        showLog,
      )
      .then((choice) => {
        if (choice === restart) {
          this.reset();
          this.restart();
        } else if (choice === showLog) this.output.show();
      });
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}

export function createClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  errorHandler: RestartingErrorHandler,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: { locale: vscode.env.language },
    synchronize: {
      configurationSection: 'imvoLint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.imvo-lint.json'),
    },
    outputChannel: output,
    errorHandler,
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient('imvoLint', t('IMVO Lint'), serverOptions, clientOptions);
}
