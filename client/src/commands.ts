// The extension's commands. Each takes optional arguments so that tests, the
// walkthrough and other extensions can run it without the quick picks.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CoverageStore } from './coverage.js';
import {
  Commands,
  Methods,
  RULE_IDS,
  documentationUrl,
  type CoverageElement,
  type DocumentLanguage,
  type DocumentType,
  type InsertSectionsParams,
  type InsertSectionsResult,
  type LspRange,
  type TemplateParams,
  type TemplateResult,
} from './protocol.js';
import { t } from './l10n.js';
import { STAKEHOLDER_GROUPS } from './generated/groups.js';

export interface NewPlanArgs {
  documentType?: DocumentType;
  language?: DocumentLanguage;
  stakeholders?: string[];
}

/** Stakeholder groups offered by "New dialogue plan": the catalogue's groups, titled in the display language. */
export function stakeholderGroups(): Array<{ id: string; label: string; detail: string }> {
  const lang = displayLanguage();
  return STAKEHOLDER_GROUPS.map((g) => ({
    id: g.id,
    label: g.title[lang],
    detail: g.activates?.includes('suppliers')
      ? t('adds the supplier elements: leverage, fair purchasing, intermediaries')
      : g.activates?.includes('ngos')
        ? t('adds the NGO elements: risk identification, structural dialogue, broader context')
        : t('rights holders: named in the plan, no extra elements'),
  }));
}

export function displayLanguage(): DocumentLanguage {
  return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export interface CommandContext {
  client: () => LanguageClient;
  ready: () => Promise<void>;
  store: CoverageStore;
  restart: () => Promise<void>;
  showReport: (uri: vscode.Uri) => Promise<void>;
}

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.newPlan, (args?: NewPlanArgs) => newPlan(ctx, args)),
    vscode.commands.registerCommand(Commands.insertMissingSections, (uri?: vscode.Uri | string) => insertSections(ctx, asUri(uri))),
    vscode.commands.registerCommand(Commands.insertSection, (node?: { uri: string; element: CoverageElement }) =>
      node ? insertSections(ctx, vscode.Uri.parse(node.uri), [node.element.id]) : insertSections(ctx, undefined),
    ),
    vscode.commands.registerCommand(Commands.goToElement, (node?: { uri: string; element: CoverageElement }) =>
      node ? goToElement(node.uri, node.element) : undefined,
    ),
    // The server's code lens passes the document URI as a string.
    vscode.commands.registerCommand(Commands.showCoverage, (uri?: vscode.Uri | string) => {
      const target = asUri(uri) ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) {
        void vscode.window.showInformationMessage(t('Open an IMVO policy or dialogue plan first.'));
        return;
      }
      return ctx.showReport(target);
    }),
    vscode.commands.registerCommand(Commands.restartServer, () => ctx.restart()),
    vscode.commands.registerCommand(Commands.openRuleDocumentation, (target?: string) => openDocumentation(target)),
  ];
}

/** "New dialogue plan": ask type, language and stakeholders, open an untitled document. */
export async function newPlan(ctx: CommandContext, args: NewPlanArgs = {}): Promise<vscode.TextEditor | undefined> {
  let documentType = args.documentType;
  if (!documentType) {
    const pick = await vscode.window.showQuickPick(
      [
        { label: t('Stakeholder dialogue plan'), detail: t('A plan for a dialogue, or a series of them, with named stakeholders'), value: 'dialogue-plan' as const },
        { label: t('IMVO policy'), detail: t("The company's standing commitments on responsible business conduct"), value: 'policy' as const },
      ],
      { title: t('New IMVO document (1/3)'), placeHolder: t('What do you want to write?'), ignoreFocusOut: true },
    );
    if (!pick) return undefined;
    documentType = pick.value;
  }

  let language = args.language;
  if (!language) {
    const preferred = displayLanguage();
    const items = [
      { label: 'Nederlands', value: 'nl' as const },
      { label: 'English', value: 'en' as const },
    ].map((i) => (i.value === preferred ? { ...i, description: t('display language') } : i));
    items.sort((a, b) => (a.value === preferred ? -1 : b.value === preferred ? 1 : 0));
    const pick = await vscode.window.showQuickPick(items, {
      title: t('New IMVO document (2/3)'),
      placeHolder: t('Language of the document'),
      ignoreFocusOut: true,
    });
    if (!pick) return undefined;
    language = pick.value;
  }

  let stakeholders = args.stakeholders;
  if (!stakeholders) {
    const picks = await vscode.window.showQuickPick(
      stakeholderGroups().map((g) => ({ label: g.label, detail: g.detail, id: g.id })),
      {
        title: t('New IMVO document (3/3)'),
        placeHolder: t('Which stakeholder groups are involved? (select any, then press Enter)'),
        canPickMany: true,
        ignoreFocusOut: true,
      },
    );
    if (!picks) return undefined;
    stakeholders = picks.map((p) => p.id);
  }

  await ctx.ready();
  const params: TemplateParams = { documentType, language, stakeholders };
  const result = await ctx.client().sendRequest<TemplateResult>(Methods.template, params);
  // An untitled document: never overwrites a file; the user chooses where to save.
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
  const editor = await vscode.window.showTextDocument(doc);
  if (result.firstPlaceholder) {
    const range = toRange(result.firstPlaceholder);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}

/** Inserts the missing sections (all, or the given elements) in the document. */
export async function insertSections(ctx: CommandContext, uri?: vscode.Uri, elements?: string[]): Promise<boolean> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(t('Open an IMVO policy or dialogue plan first.'));
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(target);
  await ctx.ready();
  const version = doc.version;
  const params: InsertSectionsParams = { uri: ctx.client().code2ProtocolConverter.asUri(doc.uri), ...(elements ? { elements } : {}) };
  const result = await ctx.client().sendRequest<InsertSectionsResult>(Methods.insertSections, params);
  if (!result.edits.length) {
    void vscode.window.showInformationMessage(t('No missing sections to insert.'));
    return false;
  }
  if (doc.version !== version) return false; // the user typed meanwhile; the positions are stale
  const editor = await vscode.window.showTextDocument(doc);
  if (result.edits.length === 1) {
    // One section: as a snippet, so Tab walks through its placeholders.
    const e = result.edits[0]!;
    return editor.insertSnippet(new vscode.SnippetString(e.snippet), toRange(e.range));
  }
  // Several: one plain edit (one undo step); the cursor goes to the first inserted section.
  const ok = await editor.edit((b) => {
    for (const e of result.edits) b.insert(toRange(e.range).start, e.newText);
  });
  if (ok) {
    const first = toRange(result.edits[0]!.range).start;
    editor.selection = new vscode.Selection(first, first);
    editor.revealRange(new vscode.Range(first, first), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return ok;
}

export async function goToElement(uri: string, element: CoverageElement): Promise<void> {
  const range = element.headingRange ?? element.range;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(doc);
  if (!range) return;
  const r = toRange(range);
  editor.selection = new vscode.Selection(r.start, r.start);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function openDocumentation(target?: string): Promise<boolean> {
  let page = typeof target === 'string' && target ? target : undefined;
  if (!page) {
    const pick = await vscode.window.showQuickPick(
      RULE_IDS.map((id) => ({ label: id })),
      { placeHolder: t('Which rule?') },
    );
    if (!pick) return false;
    page = pick.label;
  }
  return vscode.env.openExternal(vscode.Uri.parse(documentationUrl(page), true));
}

/** A command argument that may be a Uri, a URI string (from the server) or anything else. */
export function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && /^[a-z][\w+.-]*:/i.test(value)) return vscode.Uri.parse(value);
  return undefined;
}

export function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
