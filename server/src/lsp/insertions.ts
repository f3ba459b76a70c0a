// The sections to insert for missing elements, computed from one analysis:
// one element (the quick fix) or several at once (fix-all, the client's
// "insert all missing sections"). Elements that belong at the same place are
// combined into one insertion in catalogue order, so the result never depends
// on the order in which a client applies edits at the same position.

import type { Analysis, Position } from '../index.js';
import { buildInsertion, place } from '../check/placement.js';

export interface Insertion {
  offset: number;
  position: Position;
  text: string;
  snippet: string;
  elements: string[];
}

/** Insertions for the missing elements named (all missing ones when `ids` is absent), sorted by position. */
export function insertionsFor(analysis: Analysis, ids?: readonly string[]): Insertion[] {
  const { structure, judgements, result } = analysis;
  if (!structure || !result.documentType) return [];
  const language = result.language;
  // Only elements that the lint reports missing (not switched off or silenced).
  const reported = new Set(result.findings.filter((f) => f.ruleId === 'missing-element' && f.elementId).map((f) => f.elementId!));
  const wanted = judgements.filter((j) => j.status === 'missing' && (ids ? ids.includes(j.element.def.id) : reported.has(j.element.def.id)));
  const byOffset = new Map<number, { depth: number; items: typeof wanted }>();
  for (const j of wanted) {
    const p = place(structure, judgements, j);
    let group = byOffset.get(p.offset);
    if (!group) byOffset.set(p.offset, (group = { depth: p.depth, items: [] }));
    group.items.push(j);
  }
  const out: Insertion[] = [];
  for (const [offset, group] of byOffset) {
    group.items.sort((a, b) => a.element.order - b.element.order);
    const fix = buildInsertion(
      structure,
      offset,
      group.items.map((j) => ({ depth: group.depth, title: j.element.def.title[language], skeleton: j.element.def.skeleton[language] })),
    );
    out.push({ offset: fix.offset, position: fix.position, text: fix.text, snippet: fix.snippet, elements: group.items.map((j) => j.element.def.id) });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
