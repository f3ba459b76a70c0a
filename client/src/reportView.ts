// "Show coverage report": a read-only Markdown document generated from the
// latest coverage, shown in VS Code's Markdown preview (which re-renders when
// the coverage changes).
import * as vscode from 'vscode';
import type { CoverageStore } from './coverage.js';
import { coverageReport } from './report.js';
import { t } from './l10n.js';

export const REPORT_SCHEME = 'imvo-lint-report';

export class CoverageReportProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly open = new Map<string, vscode.Uri>(); // document uri → report uri
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: CoverageStore) {
    this.disposables.push(
      this.emitter,
      store.onDidChange((p) => {
        const report = this.open.get(vscode.Uri.parse(p.uri).toString());
        if (report) this.emitter.fire(report);
      }),
    );
  }

  /** The report's URI for a document: `imvo-lint-report:/<name> (IMVO).md?<document uri>`. */
  reportUri(document: vscode.Uri): vscode.Uri {
    const name = document.path.split('/').pop() || 'document';
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}.coverage.md`, query: document.toString() });
    this.open.set(document.toString(), uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const document = vscode.Uri.parse(uri.query);
    const params = this.store.get(document);
    const name = document.path.split('/').pop() || document.toString();
    return coverageReport(
      params,
      {
        name,
        linkFor: (e) => {
          const r = e.headingRange ?? e.range;
          return r && document.scheme === 'file' ? `${document.toString()}#L${r.start.line + 1}` : undefined;
        },
      },
      t,
    );
  }

  async show(document: vscode.Uri): Promise<void> {
    const uri = this.reportUri(document);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
