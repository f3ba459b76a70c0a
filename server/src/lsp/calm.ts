// Calm while typing.
//
// THE RULE: when a re-lint triggered by typing makes an element's state
// *worse* than what the user currently sees (present/waived → incomplete or
// missing, incomplete → missing, or a present element loses a sub-aspect),
// the server keeps showing the previous state of that element, its
// diagnostics carried along with the edits, until the document has been idle
// for `calmMs` (default 1500 ms; a save counts as idle). Improvements (a
// missing element becoming incomplete or present, a warning going away) show
// at once. So while someone types the heading "## Opvolging" and then the
// sentence under it, the follow-up warning goes missing → incomplete → gone,
// and never flashes back to "missing" for the half-typed sentence in between;
// and deleting and retyping a sentence that satisfies an element does not
// flash a warning either. Findings not tied to an element (front matter,
// size) always show at once.

import type { Diagnostic, Position, Range } from 'vscode-languageserver';
import type { ElementResult, ElementStatus } from '../index.js';

export interface ElementView {
  result: ElementResult;
  diagnostics: Diagnostic[];
}

export interface View {
  version: number;
  elements: Map<string, ElementView>;
  /** Diagnostics not tied to an element. */
  other: Diagnostic[];
}

const RANK: Record<ElementStatus, number> = { present: 0, waived: 0, incomplete: 1, missing: 2 };

/** True when `next` shows the user something worse than `previous`. */
export function worse(previous: ElementResult, next: ElementResult): boolean {
  const a = RANK[previous.status];
  const b = RANK[next.status];
  if (b !== a) return b > a;
  if (next.status === 'present' && previous.status === 'present') {
    const before = new Set(previous.missingAspects ?? []);
    return (next.missingAspects ?? []).some((x) => !before.has(x));
  }
  return false;
}

/**
 * What to publish: `next`, except for elements that got worse while typing,
 * which keep their `shown` state. Returns the ids held back.
 */
export function calmView(shown: View | null, next: View, typing: boolean): { view: View; held: string[] } {
  if (!shown || !typing) return { view: next, held: [] };
  const held: string[] = [];
  const elements = new Map<string, ElementView>();
  for (const [id, e] of next.elements) {
    const old = shown.elements.get(id);
    if (old && worse(old.result, e.result)) {
      held.push(id);
      elements.set(id, old);
    } else elements.set(id, e);
  }
  return { view: { version: next.version, elements, other: next.other }, held };
}

export function viewDiagnostics(v: View): Diagnostic[] {
  const out = [...v.other];
  for (const e of v.elements.values()) out.push(...e.diagnostics);
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

// ---- carrying ranges along with edits ---------------------------------

export interface Change {
  range: Range;
  text: string;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Where a position ends up after one edit (inside the replaced text: at its start). */
export function shiftPosition(p: Position, c: Change): Position {
  const { start, end } = c.range;
  if (before(p, start) || (p.line === start.line && p.character === start.character)) return p;
  if (before(p, end)) return start;
  const lines = c.text.split(/\r\n|\r|\n/);
  const lastLen = lines[lines.length - 1].length;
  const line = start.line + lines.length - 1 + (p.line - end.line);
  if (p.line !== end.line) return { line, character: p.character };
  const base = lines.length === 1 ? start.character + lastLen : lastLen;
  return { line, character: base + (p.character - end.character) };
}

export function shiftRange(r: Range, changes: readonly Change[]): Range {
  let { start, end } = r;
  for (const c of changes) {
    start = shiftPosition(start, c);
    end = shiftPosition(end, c);
  }
  return { start, end };
}

/** Moves every range of a view along with the edits (in place). */
export function shiftView(v: View, changes: readonly Change[]): void {
  if (!changes.length) return;
  const d = (x: Diagnostic) => {
    x.range = shiftRange(x.range, changes);
    for (const r of x.relatedInformation ?? []) r.location.range = shiftRange(r.location.range, changes);
  };
  v.other.forEach(d);
  for (const e of v.elements.values()) {
    e.diagnostics.forEach(d);
    if (e.result.range) e.result.range = shiftRange(e.result.range, changes);
    if (e.result.headingRange) e.result.headingRange = shiftRange(e.result.headingRange, changes);
  }
}
