// "IMVO 9/13" in the status bar for the active IMVO document.
import * as vscode from 'vscode';
import type { CoverageStore } from './coverage.js';
import { Commands } from './protocol.js';
import { statusBarText, statusBarTooltip } from './report.js';
import { t } from './l10n.js';

export class CoverageStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: CoverageStore) {
    this.item = vscode.window.createStatusBarItem('imvoLint.coverage', vscode.StatusBarAlignment.Right, 100);
    this.item.name = t('IMVO coverage');
    this.item.command = Commands.showCoverage;
    this.disposables.push(
      this.item,
      store.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
    );
    this.refresh();
  }

  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    const params = editor ? this.store.get(editor.document.uri) : undefined;
    if (!params || !params.documentType) {
      this.item.hide();
      return;
    }
    const c = params.coverage;
    this.item.text = `$(checklist) ${statusBarText(params)}`;
    this.item.tooltip = statusBarTooltip(params, t);
    this.item.backgroundColor =
      c.missing > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = {
      label: t('IMVO coverage: {0} of {1} elements present', c.present, c.applicable),
    };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
