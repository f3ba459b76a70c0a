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

  /** The report's URI for a document: `imvo-lint-report:/IMVO coverage – <name>.md?<document uri>`. */
  reportUri(document: vscode.Uri): vscode.Uri {
    const name = document.path.split('/').pop() || 'document';
    const path = `/${t('IMVO coverage')} – ${name}${name.toLowerCase().endsWith('.md') ? '' : '.md'}`;
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path, query: document.toString() });
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
    // A page of its own (the table needs the width); it re-renders when the coverage changes.
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
