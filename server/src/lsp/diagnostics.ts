// Engine findings → LSP diagnostics: source `imvo-lint`, `code` = rule id,
// `codeDescription.href` = the rule's (or element's) page, `data` = what the
// quick fix needs, `relatedInformation` pointing at the sections involved.

import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Analysis, Finding, Severity } from '../index.js';
import { say } from './messages.js';

export const SOURCE = 'imvo-lint';

/** What a diagnostic carries in `data`. Clients that drop it still get fixes (recomputed from code + range). */
export interface DiagnosticData {
  ruleId: string;
  elementId: string | null;
  /** The document version the finding was made for. */
  version: number;
  fix?: { line: number; character: number; text: string; snippet: string };
  aspects?: string[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding, uri: string, version: number, analysis: Analysis | null, relatedSupport = true): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, elementId: f.elementId, version };
  if (f.fix) data.fix = { line: f.fix.position.line, character: f.fix.position.character, text: f.fix.text, snippet: f.fix.snippet };
  if (f.aspects?.length) data.aspects = f.aspects;
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: f.docs },
    source: SOURCE,
    message: f.message,
    data,
  };
  const related = relatedSupport && analysis ? relatedFor(f, uri, analysis) : [];
  if (related.length) d.relatedInformation = related;
  return d;
}

function relatedFor(f: Finding, uri: string, analysis: Analysis): DiagnosticRelatedInformation[] {
  const j = f.elementId ? analysis.judgements.find((x) => x.element.def.id === f.elementId) : undefined;
  const structure = analysis.structure;
  if (!j || !structure) return [];
  const title = j.element.def.title[analysis.locale];
  const out: DiagnosticRelatedInformation[] = [];
  if (f.ruleId === 'missing-element') {
    // Headings that look like the element but hold something else.
    for (const c of j.candidates.slice(0, 3)) {
      out.push({ location: { uri, range: structure.lines.range(c.headingStart, c.headingEnd) }, message: say('relatedOtherTopic', analysis.locale, { title }) });
    }
  } else if (f.ruleId === 'missing-aspect') {
    for (const b of j.evidence.slice(0, 3)) {
      out.push({ location: { uri, range: structure.lines.range(b.start, b.end) }, message: say('relatedEvidence', analysis.locale, { title }) });
    }
  }
  return out;
}
