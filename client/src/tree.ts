// The Explorer view "IMVO elements": each applicable element of the active
// document with its status; click to jump to the section, inline action to
// insert a missing one.
import * as vscode from 'vscode';
import { normalise, type CoverageStore } from './coverage.js';
import { Commands, type CoverageElement, type CoverageParams } from './protocol.js';
import { adviceFor, documentTypeLabel, levelLabel, statusLabel } from './report.js';
import { t } from './l10n.js';

export interface ElementNode {
  uri: string;
  element: CoverageElement;
}

const ICONS: Record<CoverageElement['status'], vscode.ThemeIcon> = {
  present: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  incomplete: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  missing: new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.errorForeground')),
  waived: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground')),
};

/** A recommended element that is missing is advice, not a gap: no error colour. */
const RECOMMENDED_MISSING = new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground'));

export class ElementsTree implements vscode.TreeDataProvider<ElementNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ElementNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<ElementNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private shown: CoverageParams | undefined;
  private readonly renderedEmitter = new vscode.EventEmitter<CoverageParams | undefined>();
  /** Fires after the view's data changed (tests wait for it). */
  readonly onDidRender = this.renderedEmitter.event;

  constructor(private readonly store: CoverageStore) {
    this.view = vscode.window.createTreeView('imvoLint.elements', {
      treeDataProvider: this,
      showCollapseAll: false,
    });
    this.disposables.push(
      this.view,
      this.emitter,
      this.renderedEmitter,
      store.onDidChange((p) => {
        const changed = normalise(p.uri);
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (changed === active || (this.shown && changed === normalise(this.shown.uri))) this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
    );
    this.refresh();
  }

  /** The coverage that the view currently shows. */
  get current(): CoverageParams | undefined {
    return this.shown;
  }

  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    // Keep showing the last IMVO document when focus moves to a non-text editor (e.g. the report).
    const next = editor ? this.store.get(editor.document.uri) : this.shown && this.store.get(this.shown.uri);
    this.shown = next?.documentType ? next : undefined;
    void vscode.commands.executeCommand('setContext', 'imvoLint.hasCoverage', !!this.shown);
    const c = this.shown?.coverage;
    this.view.description = c ? `${c.present}/${c.applicable}` : undefined;
    this.view.message = this.shown
      ? `${documentTypeLabel(this.shown.documentType, t)}: ${t('{0} of {1} elements present', c!.present, c!.applicable)}`
      : undefined;
    this.view.badge = c && c.missing > 0 ? { value: c.missing, tooltip: t('{0} missing', c.missing) } : undefined;
    this.emitter.fire(undefined);
    this.renderedEmitter.fire(this.shown);
  }

  getChildren(element?: ElementNode): ElementNode[] {
    if (element || !this.shown) return [];
    const uri = this.shown.uri;
    return this.shown.elements.map((e) => ({ uri, element: e }));
  }

  getTreeItem(node: ElementNode): vscode.TreeItem {
    const e = node.element;
    const item = new vscode.TreeItem(e.title, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.uri}#${e.id}`;
    item.description = `${statusLabel(e.status, t)} · ${levelLabel(e.level, t)}`;
    item.iconPath = e.status === 'missing' && e.level === 'recommended' ? RECOMMENDED_MISSING : ICONS[e.status];
    item.contextValue = `imvoElement.${e.status}`;
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendMarkdown(`**${escapeMd(e.title)}** — ${statusLabel(e.status, t)} (${levelLabel(e.level, t)})\n\n`);
    if (e.summary) tip.appendMarkdown(`${escapeMd(e.summary)}\n\n`);
    tip.appendMarkdown(escapeMd(adviceFor(e, t)));
    item.tooltip = tip;
    item.accessibilityInformation = { label: `${e.title}, ${statusLabel(e.status, t)}, ${levelLabel(e.level, t)}` };
    if (e.headingRange || e.range) {
      item.command = { command: Commands.goToElement, title: t('Go to section'), arguments: [node] };
    } else if (e.status === 'missing') {
      item.command = { command: Commands.insertSection, title: t('Insert section'), arguments: [node] };
    }
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+\-!|]/g, '\\$&');
}
