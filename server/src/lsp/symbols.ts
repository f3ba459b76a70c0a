// The outline: every section, nested as in the document, marked with the
// element(s) it covers ("Onze aanpak — Doelen ✓").

import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { Analysis } from '../index.js';

const MARK: Record<string, string> = { present: '✓', incomplete: '…', missing: '✗', waived: '–' };

export function documentSymbols(analysis: Analysis, uri: string, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  const structure = analysis.structure;
  if (!structure || !analysis.result.documentType) return [];
  const locale = analysis.locale;
  const covers = new Map<number, string[]>();
  for (const j of analysis.judgements) {
    if (!j.section || j.status === 'missing') continue;
    const list = covers.get(j.section.index) ?? [];
    list.push(`${j.element.def.title[locale]} ${MARK[j.status]}`);
    covers.set(j.section.index, list);
  }
  const nodes: DocumentSymbol[] = structure.sections.map((s) => {
    const detail = covers.get(s.index)?.join(', ');
    return {
      name: s.title || '#'.repeat(s.depth),
      ...(detail ? { detail } : {}),
      kind: covers.has(s.index) ? SymbolKind.Class : SymbolKind.String,
      range: structure.lines.range(s.headingStart, s.end),
      selectionRange: structure.lines.range(s.headingStart, s.headingEnd),
      children: [],
    };
  });
  if (!hierarchical) {
    return structure.sections.map((s, i) => ({
      name: nodes[i].detail ? `${nodes[i].name} — ${nodes[i].detail}` : nodes[i].name,
      kind: nodes[i].kind,
      location: { uri, range: nodes[i].range },
      ...(s.parent >= 0 ? { containerName: nodes[s.parent].name } : {}),
    }));
  }
  const roots: DocumentSymbol[] = [];
  structure.sections.forEach((s, i) => (s.parent >= 0 ? nodes[s.parent].children!.push(nodes[i]) : roots.push(nodes[i])));
  return roots;
}
