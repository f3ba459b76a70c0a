// Judges each applicable element: present, incomplete, missing or waived.
//
// An element is present when a sentence anywhere affirms one of its signals, or
// when a section whose heading fits the element holds a sentence with one of its
// cues. A fitting section with nothing but placeholders is incomplete; a fitting
// section about something else leaves the element missing.

import type { ElementStatus } from '../core/types.js';
import type { CompiledCatalogue, CompiledElement } from '../catalogue/compile.js';
import { normalize } from '../match/normalize.js';
import { sentenceKeys, type Keys } from '../match/phrases.js';
import type { Block, DocumentStructure, Section } from '../model/document.js';
import { subtree } from '../model/document.js';
import { aspectsIn, hasCue, hasSignal, isPlaceholder } from './evidence.js';

export interface Judgement {
  element: CompiledElement;
  level: 'required' | 'recommended';
  status: ElementStatus;
  /** Sections whose heading fits the element. */
  candidates: Section[];
  /** The section that holds the element (first fitting one with evidence, else first fitting). */
  section: Section | null;
  evidence: Block[];
  missingAspects: string[];
  waiverReason?: string;
}

/** Sections that may hold elements: every heading but the document's title. */
export function contentSections(structure: DocumentStructure): Section[] {
  const first = structure.sections[0];
  const titled = first && first.depth === 1 && !structure.sections.slice(1).some((s) => s.depth === 1);
  return titled ? structure.sections.slice(1) : structure.sections;
}

/** Normalised headings and their keys: every element asks for every heading on every re-lint. */
const normalizedTitles = new Map<string, { text: string; keys: Keys }>();
function normalizedTitle(title: string): { text: string; keys: Keys } {
  let n = normalizedTitles.get(title);
  if (n === undefined) {
    if (normalizedTitles.size > 10_000) normalizedTitles.clear();
    const text = normalize(title);
    normalizedTitles.set(title, (n = { text, keys: sentenceKeys(text) }));
  }
  return n;
}

export function headingFits(element: CompiledElement, section: Section): boolean {
  const { text, keys } = normalizedTitle(section.title);
  return !!element.headings?.matches(text, keys);
}

export function judgeElement(
  catalogue: CompiledCatalogue,
  structure: DocumentStructure,
  sections: Section[],
  element: CompiledElement,
  level: 'required' | 'recommended',
): Judgement {
  const candidates = sections.filter((s) => headingFits(element, s));
  const evidence: Block[] = [];
  const inCandidate = new Set<Block>();
  let section: Section | null = null;
  let sectionEmpty: Section | null = null;

  for (const c of candidates) {
    let substantive = false;
    let found = false;
    for (const s of subtree(structure, c.index)) {
      for (const b of s.blocks) {
        inCandidate.add(b);
        if (isPlaceholder(catalogue, b.info)) continue;
        substantive = true;
        if (hasCue(catalogue, element, b.info)) {
          found = true;
          evidence.push(b);
        }
      }
    }
    if (found && !section) section = c;
    if (!substantive && !sectionEmpty) sectionEmpty = c;
  }
  for (const b of structure.blocks) {
    if (!inCandidate.has(b) && hasSignal(catalogue, element, b.info)) evidence.push(b);
  }

  let status: ElementStatus;
  if (evidence.length) status = 'present';
  else if (sectionEmpty) {
    status = 'incomplete';
    section = sectionEmpty;
  } else status = 'missing';
  if (!section && status === 'present') section = null;

  const missingAspects: string[] = [];
  if (status === 'present' && element.aspects.length) {
    const scope = new Set<Block>(evidence);
    if (section) for (const s of subtree(structure, section.index)) for (const b of s.blocks) scope.add(b);
    const seen = new Set<string>();
    for (const b of scope) for (const a of aspectsIn(catalogue, element, b.info)) seen.add(a);
    for (const a of element.aspects) if (!seen.has(a.def.id)) missingAspects.push(a.def.id);
  }
  return { element, level, status, candidates, section: section ?? (candidates[0] && status !== 'missing' ? candidates[0] : null), evidence, missingAspects };
}
