// Inline `<!-- imvo-lint-disable [ids] -->` / `<!-- imvo-lint-enable [ids] -->`
// regions and front-matter waivers (`imvo-lint: { waive: { id: reason } }`).
// A disable without ids silences everything; a disable runs to the matching
// enable or to the end of the document, so a formatter moving a comment by a
// line or two changes nothing for the whole-document checks.

import { field } from '../model/frontmatter.js';
import { isOnlyPlaceholder } from '../match/placeholder.js';
import type { DocumentStructure } from '../model/document.js';

interface Region {
  ids: Set<string> | null; // null = all
  start: number;
  end: number;
}

export class Directives {
  private constructor(private readonly regions: Region[]) {}

  static read(structure: DocumentStructure): Directives {
    const regions: Region[] = [];
    const open: Region[] = [];
    for (const c of structure.comments) {
      const m = /^imvo-lint-(disable|enable)\b\s*([\s\S]*)$/.exec(c.body);
      if (!m) continue;
      const ids = m[2].split(/[\s,]+/).filter(Boolean);
      if (m[1] === 'disable') {
        const r: Region = { ids: ids.length ? new Set(ids) : null, start: c.start, end: structure.text.length };
        regions.push(r);
        open.push(r);
      } else {
        for (const r of open) {
          if (r.end !== structure.text.length) continue;
          if (!ids.length) r.end = c.start;
          else if (r.ids) {
            if (ids.some((id) => r.ids!.has(id))) r.end = c.start;
          }
        }
      }
    }
    return new Directives(regions);
  }

  /** True when a disable comment names one of the ids, wherever it stands. Used for
   * missing elements, which have no place of their own in the document. */
  names(...ids: Array<string | null>): boolean {
    return this.regions.some((r) => r.ids && ids.some((id) => id && r.ids!.has(id)));
  }

  /** True when `id` (an element or rule id) is silenced at `offset`. */
  disabled(offset: number, ...ids: Array<string | null>): boolean {
    return this.regions.some((r) => offset >= r.start && offset <= r.end && (!r.ids || ids.some((id) => id && r.ids!.has(id))));
  }
}

/** A waiver as the front matter declares it; `reason` is null when it gives none. */
export interface DeclaredWaiver {
  id: string;
  reason: string | null;
}

/** Every waiver the front matter declares, with or without a reason. */
export function declaredWaivers(structure: DocumentStructure): DeclaredWaiver[] {
  const own = structure.frontMatter ? field(structure.frontMatter.data, 'imvo-lint', 'imvo_lint', 'imvolint') : undefined;
  if (!own || typeof own !== 'object') return [];
  const waive = field(own as Record<string, unknown>, 'waive', 'waiver', 'waivers', 'ontheffing', 'vrijstelling');
  // The quick fix writes "[reden]"/"[reason]" for the author to replace: until then, no reason.
  const reasonOf = (r: unknown) => (typeof r === 'string' && r.trim() && !isOnlyPlaceholder(r) ? r : null);
  if (Array.isArray(waive)) return waive.filter((id): id is string => typeof id === 'string').map((id) => ({ id, reason: null }));
  if (waive && typeof waive === 'object') return Object.entries(waive).map(([id, reason]) => ({ id, reason: reasonOf(reason) }));
  if (typeof waive === 'string') return [{ id: waive, reason: null }];
  return [];
}

/**
 * The waivers that count: those that say why. A waiver is a decision a reviewer
 * should be able to read back; one without a reason is reported (lint.ts) and
 * the element is checked as usual.
 */
export function readWaivers(structure: DocumentStructure): Map<string, string> {
  const waivers = new Map<string, string>();
  for (const w of declaredWaivers(structure)) if (w.reason !== null) waivers.set(w.id, w.reason);
  return waivers;
}
