// Code actions: insert a missing section (preferred quick fix, a snippet where
// the client takes snippets), insert all missing sections (quick fix and
// `source.fixAll.imvo`), waive an element for this document (front matter),
// open the rule's documentation; and when the type was read from the text,
// confirm it in the front matter or mark the file as no IMVO document.
// Everything is computed from the current analysis; a diagnostic's `data` only
// names the element, and clients that do not send `data` back are matched by
// code, range and message.

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { Analysis, Finding } from '../index.js';
import { insertionsFor } from './insertions.js';
import { insertEdit, type ClientEditSupport } from './edits.js';
import { waiverEdit } from './front-matter-edit.js';
import { disableFileEdit, typeEdit } from './type-edits.js';
import { typeDeclaration } from '../model/frontmatter.js';
import { say } from './messages.js';
import { SOURCE, type DiagnosticData } from './diagnostics.js';

export const Kinds = {
  insertSection: 'quickfix.imvo.insertSection',
  insertAll: 'quickfix.imvo.insertAllSections',
  fixAll: 'source.fixAll.imvo',
  waive: 'quickfix.imvo.waive',
  openDocs: 'quickfix.imvo.openDocs',
  setType: 'quickfix.imvo.setType',
  disableFile: 'quickfix.imvo.disableFile',
} as const;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, Kinds.insertSection, Kinds.insertAll, Kinds.waive, Kinds.openDocs, Kinds.setType, Kinds.disableFile, Kinds.fixAll];

export interface ActionContext {
  uri: string;
  version: number;
  analysis: Analysis;
  support: ClientEditSupport;
  /** Command that opens a URL: the VS Code client's, or the server's own. */
  docsCommand: string;
}

function wanted(kind: string, only: string[] | undefined): boolean {
  if (!only || !only.length) return !kind.startsWith('source');
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The findings a diagnostic stands for in the current analysis. */
export function findingsFor(d: Diagnostic, analysis: Analysis): Finding[] {
  const data = d.data as Partial<DiagnosticData> | undefined;
  const findings = analysis.result.findings;
  if (data && typeof data.ruleId === 'string') {
    const hit = findings.filter((f) => f.ruleId === data.ruleId && f.elementId === (data.elementId ?? null));
    if (hit.length) return hit.slice(0, 1);
  }
  const code = String(d.code ?? '');
  const byCode = findings.filter((f) => f.ruleId === code);
  const exact = byCode.filter((f) => f.message === d.message);
  if (exact.length) return exact.slice(0, 1);
  return byCode.filter((f) => sameRange(f.range, d.range));
}

export function codeActions(params: CodeActionParams, ctx: ActionContext): CodeAction[] {
  const { analysis, uri, version, support } = ctx;
  const only = params.context.only;
  const locale = analysis.locale;
  const language = analysis.result.language;
  const structure = analysis.structure;
  const out: CodeAction[] = [];
  const missingCount = analysis.result.findings.filter((f) => f.ruleId === 'missing-element').length;
  let offeredAll = false;
  const seen = new Set<string>();

  for (const d of params.context.diagnostics) {
    if (d.source !== undefined && d.source !== SOURCE) continue;
    for (const f of findingsFor(d, analysis)) {
      const key = `${f.ruleId}:${f.elementId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const j = f.elementId ? analysis.judgements.find((x) => x.element.def.id === f.elementId) : undefined;
      const title = j ? j.element.def.title[locale] : f.elementId ?? f.ruleId;
      if (f.ruleId === 'missing-element' && f.elementId && wanted(Kinds.insertSection, only)) {
        const [ins] = insertionsFor(analysis, [f.elementId]);
        if (ins) {
          out.push({
            title: say('insertSection', locale, { title: j ? j.element.def.title[language] : title }),
            kind: Kinds.insertSection,
            diagnostics: [d],
            isPreferred: true,
            edit: insertEdit(uri, version, [ins], support, true),
          });
        }
      }
      if (f.ruleId === 'missing-element' && missingCount > 1 && !offeredAll && wanted(Kinds.insertAll, only)) {
        const all = insertionsFor(analysis);
        if (all.length) {
          offeredAll = true;
          out.push({ title: say('insertAll', locale, { count: String(missingCount) }), kind: Kinds.insertAll, diagnostics: [d], edit: insertEdit(uri, version, all, support, false) });
        }
      }
      if (f.elementId && structure && wanted(Kinds.waive, only)) {
        const w = waiverEdit(structure, f.elementId, language);
        if (w) {
          const position = structure.lines.positionAt(w.offset);
          out.push({ title: say('waive', locale, { title }), kind: Kinds.waive, diagnostics: [d], edit: insertEdit(uri, version, [{ position, text: w.text, snippet: w.snippet }], support, true) });
        }
      }
      if (wanted(Kinds.openDocs, only)) {
        out.push({ title: say('openDocs', locale, { name: title }), kind: Kinds.openDocs, diagnostics: [d], command: { title: say('openDocs', locale, { name: title }), command: ctx.docsCommand, arguments: [f.docs] } });
      }
    }
  }
  // A type read from the text: confirm it in the front matter, or say the file
  // is no IMVO document. Offered once, with the first of this server's diagnostics.
  const ours = params.context.diagnostics.find((d) => d.source === undefined || d.source === SOURCE);
  const type = analysis.result.documentType;
  if (ours && structure && type && analysis.result.documentTypeFrom === 'content') {
    const t = wanted(Kinds.setType, only) ? typeEdit(structure, type, language) : null;
    if (t) {
      const line = typeDeclaration(type, language);
      out.push({ title: say('setType', locale, { line }), kind: Kinds.setType, diagnostics: [ours], edit: insertEdit(uri, version, [{ position: structure.lines.positionAt(t.offset), text: t.text }], support, false) });
    }
    if (wanted(Kinds.disableFile, only)) {
      const x = disableFileEdit(structure);
      out.push({ title: say('disableFile', locale), kind: Kinds.disableFile, diagnostics: [ours], edit: insertEdit(uri, version, [{ position: structure.lines.positionAt(x.offset), text: x.text }], support, false) });
    }
  }
  // Inserting every missing section is a big edit: on save (an automatic
  // request) only when asked for by name (`"source.fixAll.imvo"`), not by a
  // general `"source.fixAll"` meant for other linters.
  const automatic = params.context.triggerKind === 2;
  if (only?.length && wanted(Kinds.fixAll, only) && (!automatic || only.includes(Kinds.fixAll))) {
    const all = insertionsFor(analysis);
    if (all.length) {
      out.push({
        title: all.length === 1 && all[0].elements.length === 1 ? say('insertAllOne', locale) : say('insertAll', locale, { count: String(all.reduce((n, i) => n + i.elements.length, 0)) }),
        kind: Kinds.fixAll,
        diagnostics: params.context.diagnostics.filter((d) => d.source === SOURCE && d.code === 'missing-element'),
        edit: insertEdit(uri, version, all, support, false),
      });
    }
  }
  return out;
}
