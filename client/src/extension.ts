// IMVO Lint for VS Code: starts the bundled language server and adds what only
// an editor can: commands, the coverage view and status bar, the report page.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { createClient, RestartingErrorHandler } from './client.js';
import { registerCommands } from './commands.js';
import { CoverageStore } from './coverage.js';
import { Methods, type CoverageParams } from './protocol.js';
import { CoverageReportProvider, REPORT_SCHEME } from './reportView.js';
import { CoverageStatusBar } from './statusBar.js';
import { ElementsTree } from './tree.js';
import { t } from './l10n.js';

/** What `activate` returns: used by the extension tests, and open to other extensions. */
export interface ImvoLintApi {
  readonly client: LanguageClient;
  readonly coverage: CoverageStore;
  readonly tree: ElementsTree;
  readonly statusBar: CoverageStatusBar;
  readonly report: CoverageReportProvider;
  /** Restarts the server after a crash, gives up after repeated crashes. */
  readonly crashHandler: RestartingErrorHandler;
  /** Resolves when the server is running (after a restart too). */
  ready(): Promise<void>;
  /** Milliseconds spent in activate() itself (the server starts in the background). */
  readonly activateMs: number;
  /** Milliseconds from activation start to the server's initialize result. */
  readonly startupMs: number | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ImvoLintApi> {
  const started = Date.now();
  const output = vscode.window.createOutputChannel('IMVO Lint', { log: true });
  const coverage = new CoverageStore();
  const tree = new ElementsTree(coverage);
  const statusBar = new CoverageStatusBar(coverage);
  const report = new CoverageReportProvider(coverage);
  context.subscriptions.push(
    output,
    coverage,
    tree,
    statusBar,
    report,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, report),
  );

  let starting: Promise<void> = Promise.resolve();
  const restart = async (): Promise<void> => {
    coverage.clear();
    starting = (async () => {
      if (client && client.state !== State.Stopped) await client.stop().catch(() => undefined);
      await client!.start();
    })();
    await starting;
    output.info(t('Language server restarted.'));
  };

  const crashHandler = new RestartingErrorHandler(output, () => void restart());
  client = createClient(context, output, crashHandler);
  context.subscriptions.push(client.onNotification(Methods.coverage, (p: CoverageParams) => coverage.update(p)));

  const api: { -readonly [K in keyof ImvoLintApi]: ImvoLintApi[K] } = {
    client,
    coverage,
    tree,
    statusBar,
    report,
    crashHandler,
    ready: () => starting,
    activateMs: 0,
    startupMs: undefined,
  };

  context.subscriptions.push(
    ...registerCommands({
      client: () => client!,
      ready: () => starting,
      store: coverage,
      // Restarting by hand starts afresh: earlier crashes no longer count towards giving up.
      restart: () => {
        crashHandler.reset();
        return restart();
      },
      showReport: (uri) => report.show(uri),
    }),
  );

  starting = client.start().then(() => {
    api.startupMs = Date.now() - started;
    output.info(`IMVO Lint language server ready in ${api.startupMs} ms (display language ${vscode.env.language})`);
  });
  starting.catch((e: unknown) => {
    output.error(String(e));
    void vscode.window.showErrorMessage(t('IMVO Lint could not start its language server: {0}', String(e)));
  });
  api.activateMs = Date.now() - started;
  return api;
}

export async function deactivate(): Promise<void> {
  await client?.stop().catch(() => undefined);
  client = undefined;
}
