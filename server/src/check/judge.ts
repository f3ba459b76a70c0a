// Judges each applicable element: present, incomplete, missing or waived.
//
// An element is present when a sentence anywhere affirms one of its signals, or
// when a section whose heading fits the element holds a sentence with one of its
// cues. A fitting section with nothing but placeholders is incomplete; a fitting
// section about something else leaves the element missing.
//
// Many documents put a label in bold where a heading would go: a lead-in
// ("**Prijs en ondersteuning.** We betalen ...") or a bold line of its own
// ("**What do we commit to?**") over the paragraphs that answer it. Such a
// label is read as a heading for its block (a lead-in) or for the blocks that
// follow it in the section (a bold line). A short label is no sentence: "**Ons
// inkoopvolume.**" names a topic, it shows nothing; bold text that says
// something ("**Wij vergoeden de reiskosten.**") is a sentence as well.

import type { ElementStatus } from '../core/types.js';
import { isOwnTitle, type CompiledCatalogue, type CompiledElement } from '../catalogue/compile.js';
import { normalize } from '../match/normalize.js';
import { compilePhrases, sentenceKeys, type Keys } from '../match/phrases.js';
import type { Block, DocumentStructure, Section } from '../model/document.js';
import type { BlockInfo } from '../parse/markdown.js';
import { subtree } from '../model/document.js';
import { aspectsIn, blockInContext, citesSecondHand, deniesElement, hasContext, hasCue, hasSignal, isPlaceholder, leavesPending, rememberTitle, titleInContext } from './evidence.js';

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
  return titleFits(element, section.title);
}

/** Whether a title fits the element's headings (remembered: every label, bold,
 * colon or a table row's first cell, is asked of every element on every re-lint). */
function titleFits(element: CompiledElement, title: string): boolean {
  const headings = element.headings;
  if (!headings) return false;
  return rememberTitle(headings, title, () => {
    const { text, keys } = normalizedTitle(title);
    return headings.matches(text, keys);
  });
}

/**
 * The sections a fitting heading speaks for: itself and its subsections, except
 * a subsection whose heading fits another element and not this one (with its
 * own subsections). "Inkoop en leveranciers" over "Rol van de tussenhandel"
 * holds the intermediaries' text, not the purchasing elements'; and "Engaging
 * suppliers" over empty "Our leverage" and "Purchasing practices" is a
 * container for those, not an empty section of its own. Such a subsection's
 * text is read like any text outside the element's sections (signals only).
 */
function ownSubtree(catalogue: CompiledCatalogue, structure: DocumentStructure, element: CompiledElement, c: Section): Section[] {
  const all = subtree(structure, c.index);
  if (all.length === 1) return all;
  const out = [all[0]];
  let skipEnd = -1;
  for (let i = 1; i < all.length; i++) {
    const s = all[i];
    if (s.headingStart < skipEnd) continue;
    if (!headingFits(element, s) && catalogue.elements.some((e) => e !== element && headingFits(e, s))) {
      skipEnd = s.end;
      continue;
    }
    out.push(s);
  }
  return out;
}

/** The subsections that ownSubtree left out (other elements') all hold
 * placeholder blocks only: skeletons, as a quick fix inserts them. */
function othersOnlySkeletons(catalogue: CompiledCatalogue, structure: DocumentStructure, c: Section, own: Section[]): boolean {
  const others = subtree(structure, c.index).filter((s) => !own.includes(s));
  return others.every((s) => s.blocks.length > 0 && s.blocks.every((b) => isPlaceholder(catalogue, b.info, leadOf(structure, b)?.skip ?? 0)));
}

/** A bold label at the start of a block: its title, how many characters of the
 * block's text it takes (label and the punctuation after it), and whether it is
 * the whole block (a bold line standing in for a heading). */
interface Lead {
  title: string;
  skip: number;
  alone: boolean;
}

/** `**Label**`, `__Label__`, `**Label.**`, `**Label:**` at the very start of a paragraph, up to 12 words. */
const LEAD = /^(\*\*|__)(?=[^\s*_])([^*_\n]{1,120}?)(?<=[^\s*_])\1/;
const MAX_LEAD_WORDS = 12;

/** Words that open a sentence with someone acting, not a label. */
const SUBJECT = /^(?:we|wij|ik|i|ze|zij|they|you|u|jij|je|het bedrijf|the company|de deelnemers|participants)(?![\p{L}])/iu;
const MAX_LABEL_WORDS = 4;

function isMereLabel(title: string, words: number): boolean {
  return words <= MAX_LABEL_WORDS && !SUBJECT.test(title);
}

/** Per cached block (its source never changes): the lead, or null. */
const leads = new WeakMap<BlockInfo, Lead | null>();

export function leadOf(structure: DocumentStructure, b: Block): Lead | null {
  let lead = leads.get(b.info);
  if (lead !== undefined) return lead;
  lead = null;
  const m = LEAD.exec(structure.text.slice(b.start, b.start + 130));
  if (m) {
    const label = m[2];
    const title = label.replace(/[.:;,!\s]+$/u, '');
    // The label must be what the block's text starts with (no inline markup inside it).
    const words = title.split(/\s+/).length;
    if (title && b.text.startsWith(label) && words <= MAX_LEAD_WORDS) {
      const rest = b.text.slice(label.length);
      const punct = /^[\s.:;,!\u2013\u2014-]*/u.exec(rest)![0];
      const alone = rest.slice(punct.length).trim() === '';
      // A short label names a topic and is no sentence ("**Ons inkoopvolume.**");
      // bold text that says something ("**Wij vergoeden de reiskosten.**") is
      // both: a heading for its paragraph and a sentence that may be evidence.
      lead = { title, skip: isMereLabel(title, words) ? label.length + punct.length : 0, alone };
    }
  }
  // Not bold: a short label before a colon ("Opvolging: verslag binnen twee
  // weken") or in a table row's first cell ("Toegankelijkheid | tolk en
  // reiskosten"). It names the row's or line's topic like a heading; its words
  // stay part of the text (a cell may say something itself).
  if (!lead) {
    const m = PLAIN_LABEL.exec(b.text);
    if (m) {
      const title = m[1].trim();
      const words = title.split(/\s+/).length;
      // A table's first column names the row's topic even as a short question
      // ("Wat de fabriek eraan heeft"); before a colon, more words are a sentence.
      const max = m[2] === '|' ? MAX_CELL_LABEL_WORDS : MAX_LABEL_WORDS;
      if (words <= max && !SUBJECT.test(title)) lead = { title, skip: 0, alone: b.text.slice(m[0].length).trim() === '' };
    }
  }
  leads.set(b.info, lead);
  return lead;
}

/** A label of a few words ending in a colon or a table cell boundary, at the start of a block. */
const PLAIN_LABEL = /^([^\n|:.!?;]{2,60}?)\s*(:|\|)(?!\/\/)/u;
const MAX_CELL_LABEL_WORDS = 7;

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
  const empties: Section[] = [];
  /** Fitting sections that leave the element's own topic to be written (leavesPending). */
  const pending: Section[] = [];
  let anySubstantive = false;
  const skipOf = (b: Block) => leadOf(structure, b)?.skip ?? 0;

  // A fitting section that says its content is second-hand (a consultant's desk
  // study, audit scores) counts only through signals: the list it introduces
  // ("The issues ranked highest are: ...") is topic words and no more.
  const secondHand = (b: Block) => !!element.secondHand && citesSecondHand(catalogue, element, b.info, skipOf(b));
  for (const c of candidates) {
    let substantive = false;
    let partial = false;
    let found = false;
    const own = ownSubtree(catalogue, structure, element, c);
    // Nothing of its own but subsections that are other elements': a container,
    // not an empty section. Not when those hold only skeletons still to be filled
    // in: inserting a skeleton after an empty section (a quick fix does) must not
    // turn that section from incomplete into missing.
    if (own.length < subtree(structure, c.index).length && own.every((s) => !s.blocks.length) && !othersOnlySkeletons(catalogue, structure, c, own)) continue;
    const cited = !!element.secondHand && own.some((s) => s.blocks.some(secondHand));
    for (const s of own) {
      for (const b of s.blocks) {
        inCandidate.add(b);
        const skip = skipOf(b);
        if (isPlaceholder(catalogue, b.info, skip)) continue;
        substantive = true;
        if (!partial && leavesPending(catalogue, element, b.info, skip)) partial = true;
        if (cited ? hasSignal(catalogue, element, b.info, skip) : hasCue(catalogue, element, b.info, skip)) {
          found = true;
          evidence.push(b);
        }
      }
    }
    if (found && !section) section = c;
    // A section that shows nothing of the element but leaves its topic to be
    // written ("Rol van de agenten in de dialoog: [invullen]") is incomplete too.
    if (!substantive) empties.push(c);
    else if (partial && !found) pending.push(c);
    else anySubstantive = true;
  }

  // Blocks outside fitting sections: a signal anywhere, or a cue under a bold label that fits.
  // An element with a `context` asks a signal there to be in its setting: its
  // sentence, its block or its section (the heading or any block of it) must
  // name it. "The meetings are held in Tamil" counts; "new staff get a safety
  // instruction in their own language" under "Working conditions" does not.
  const context = hasContext(element);
  const sectionContext = new Map<number, boolean>();
  const sectionInContext = (i: number): boolean => {
    if (i < 0) return false;
    let v = sectionContext.get(i);
    if (v === undefined) {
      const s = structure.sections[i];
      v = titleInContext(element, s.title) || s.blocks.some((b) => blockInContext(catalogue, element, b.info, skipOf(b)));
      sectionContext.set(i, v);
    }
    return v;
  };
  const signalCounts = (b: Block, skip: number): boolean =>
    hasSignal(catalogue, element, b.info, skip) &&
    (!context || blockInContext(catalogue, element, b.info, skip) || sectionInContext(b.section));
  let labelEmpty = false;
  let label: { fits: boolean; blocks: number; substantive: boolean } | null = null;
  let labelSection = -2;
  const closeLabel = () => {
    if (label?.fits && label.blocks && !label.substantive) labelEmpty = true;
    label = null;
  };
  for (const b of structure.blocks) {
    const lead = leadOf(structure, b);
    if (b.section !== labelSection) {
      closeLabel();
      labelSection = b.section;
    }
    if (lead?.alone) {
      closeLabel();
      label = { fits: !inCandidate.has(b) && titleFits(element, lead.title), blocks: 0, substantive: false };
      // A bold line that says something is a sentence as well as a heading.
      if (!lead.skip && !inCandidate.has(b) && signalCounts(b, 0)) evidence.push(b);
      continue;
    }
    if (inCandidate.has(b)) continue;
    const skip = lead?.skip ?? 0;
    const own = lead ? titleFits(element, lead.title) : false;
    const current = label as { fits: boolean; blocks: number; substantive: boolean } | null;
    if (own || current?.fits) {
      const empty = isPlaceholder(catalogue, b.info, skip);
      if (own) {
        if (empty) labelEmpty = true;
      } else {
        current!.blocks++;
        if (!empty) current!.substantive = true;
      }
      if (!empty && hasCue(catalogue, element, b.info, skip)) evidence.push(b);
    } else if (signalCounts(b, skip)) evidence.push(b);
  }
  closeLabel();

  let status: ElementStatus;
  // An empty section counts for this element unless it is rather another's
  // (see emptyBelongsTo); a bold label over placeholders counts when no section does.
  // A section that is unmistakably the element's own (no other element's
  // heading fits it), left to be written, outweighs stray evidence elsewhere:
  // the author has marked the element as still open.
  const emptyWithoutEvidence = () =>
    // A section whose pending sentence has the element's own words is its own.
    empties.find((c) => emptyBelongsTo(catalogue, element, c, anySubstantive)) ?? pending[0] ?? null;
  let sectionEmpty = section
    ? null
    : evidence.length
      ? empties.find((c) => emptyBelongsTo(catalogue, element, c, true)) ?? pending.find((c) => emptyBelongsTo(catalogue, element, c, true)) ?? null
      : emptyWithoutEvidence();
  // The document says outright that the element does not hold ("our buyers
  // change category every two years"): that outweighs evidence elsewhere, and
  // the element is judged as if there were none (an empty section of its own,
  // such as a quick fix inserts, still makes it incomplete).
  const denied = evidence.length > 0 && !sectionEmpty && !!element.denials && structure.blocks.some((b) => deniesElement(catalogue, element, b.info, skipOf(b)));
  if (denied) {
    evidence.length = 0;
    section = null;
    sectionEmpty = emptyWithoutEvidence();
  }
  if (evidence.length && !sectionEmpty) status = 'present';
  else if (sectionEmpty) {
    status = 'incomplete';
    section = sectionEmpty;
  } else if (labelEmpty && !candidates.length) status = 'incomplete';
  else status = 'missing';

  const missingAspects: string[] = [];
  if (status === 'present' && element.aspects.length) {
    const scope = new Set<Block>(evidence);
    if (section) for (const s of subtree(structure, section.index)) for (const b of s.blocks) scope.add(b);
    const seen = new Set<string>();
    for (const b of scope) for (const a of aspectsIn(catalogue, element, b.info, skipOf(b))) seen.add(a);
    for (const a of element.aspects) if (!seen.has(a.def.id)) missingAspects.push(a.def.id);
  }
  return { element, level, status, candidates, section: section ?? (candidates[0] && status !== 'missing' ? candidates[0] : null), evidence, missingAspects };
}

/**
 * Whether an empty section whose heading fits `element` makes it incomplete.
 * A heading may fit several elements ("Langetermijnaanpak": commitment and
 * structural dialogue; "Our purchasing weight": fair purchasing and leverage).
 * It is not this element's when the element already has a fitting section with
 * text of its own, or when another element's heading phrase covers more of the
 * title and all of what this element's covers (the more specific reading wins).
 */
function emptyBelongsTo(catalogue: CompiledCatalogue, element: CompiledElement, c: Section, hasOwnText: boolean): boolean {
  const others = catalogue.elements.filter((e) => e !== element && headingFits(e, c));
  if (!others.length) return true;
  const title = normalizedTitle(c.title).text;
  // The element's own section title (what its quick fix inserts) is always its own.
  if (isOwnTitle(element, title)) return true;
  if (hasOwnText) return false;
  const mine = coverage(element, title);
  if (!mine) return true;
  return !others.some((o) => {
    const theirs = coverage(o, title);
    if (!theirs) return false;
    let more = false;
    for (let i = 0; i < title.length; i++) {
      if (mine[i] && !theirs[i]) return false;
      if (theirs[i] && !mine[i]) more = true;
    }
    return more;
  });
}

/** Per element, one regular expression per heading phrase (only for headings of empty sections). */
const headingRegexps = new WeakMap<CompiledElement, RegExp[]>();

/** Which characters of a title the element's heading phrases match, or null. */
function coverage(element: CompiledElement, title: string): Uint8Array | null {
  let list = headingRegexps.get(element);
  if (!list) {
    list = [];
    for (const p of [...element.def.headings.nl, ...element.def.headings.en]) {
      if (p.includes('&')) continue;
      try {
        const re = compilePhrases([p]);
        if (re) list.push(re);
      } catch {
        // a bad custom phrase fails in its own matcher, not here
      }
    }
    headingRegexps.set(element, list);
  }
  let out: Uint8Array | null = null;
  for (const re of list) {
    re.lastIndex = 0;
    for (let m = re.exec(title); m; m = re.exec(title)) {
      out ??= new Uint8Array(title.length);
      for (let i = m.index; i < m.index + m[0].length; i++) out[i] = 1;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
