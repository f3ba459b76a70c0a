// The shape of the element catalogue. The catalogue is data: rules, messages,
// hovers, quick fixes, templates, the config schema and the generated docs all
// read it, and organisations add their own entries in `.imvo-lint.json` in
// exactly this shape (see docs/config.md).
//
// Patterns are *phrases*, not regular expressions, so that a config file can
// never make the matcher backtrack catastrophically (see match/phrases.ts):
//   - words separated by spaces match words separated by any punctuation/space;
//   - `a|b` inside one token gives alternatives for that word;
//   - `*` at the end (or start) of a word matches any word characters there
//     (`terugkoppel*` matches terugkoppelen, terugkoppeling);
//   - `...` matches a gap of zero to four words.
// Matching ignores case and diacritics, and curly apostrophes are straight.

import type { Level, Localized, LocalizedList } from '../core/types.js';

export type ElementGroup = 'general' | 'suppliers' | 'ngos';

export interface AspectDefinition {
  id: string;
  title: Localized;
  /** Phrases that show the aspect is addressed (either language). */
  signals: LocalizedList;
}

export interface ElementDefinition {
  id: string;
  group: ElementGroup;
  /** Level per document type. */
  levels: { 'dialogue-plan': Level; policy: Level };
  /** Where it comes from in the SER tool, e.g. "SER-factor 3". */
  source: Localized;
  /** Section heading used by quick fixes and templates. */
  title: Localized;
  /** One line: what the element asks for. Used in messages and lists. */
  summary: Localized;
  /** Markdown: what the element is. Used in hovers and docs. */
  explanation: Localized;
  /** Markdown: why it matters for stakeholder commitment. */
  why: Localized;
  /** Heading aliases: a heading matching one makes its section a candidate. */
  headings: LocalizedList;
  /** Specific phrases that on their own show the element, anywhere in body text. */
  signals: LocalizedList;
  /** Topic words that show the element inside a section whose heading matched. */
  cues: LocalizedList;
  /** Look-alikes: a sentence matching one of these is no evidence for this element. */
  exclude: LocalizedList;
  /** Statements that the element does not hold for this document, by design
   * ("our buyers change category every two years", "there is no permanent
   * representative yet"): one anywhere outweighs evidence elsewhere, and the
   * element is missing. Matched with any negation they contain. Rare; keep
   * them to the element's explicit opposite. */
  denials?: LocalizedList;
  /** Statements that what a passage reports comes second-hand, not from the
   * people concerned ("an external consultant prepared a desk-based risk
   * analysis", "determined on the basis of EcoVadis scores"): in a fitting
   * section holding one, the topic words (cues) of the list that follows show
   * nothing; only signals count there (exclude the citing sentence itself via
   * `exclude`). Rare; for elements whose substance is first-hand (risk-identification). */
  secondHand?: LocalizedList;
  /** The setting a signal must be in to count outside the element's own
   * sections: an accessibility measure ("in their own language", "anonymous",
   * "compensation for lost income") counts only where it concerns taking part
   * in the dialogue, not a safety instruction, a report or a remedy. A signal
   * in a block outside a fitting section (or bold label) counts only when its
   * sentence, its block or its section (any block of it, or its heading)
   * matches one of these (check/judge.ts). Without it, signals count anywhere. */
  context?: LocalizedList;
  /** The element is the company's own measure (its commitment, purchasing,
   * leverage, follow-up): a sentence that puts the duty on someone else
   * ("suppliers must pay a living wage", "van leveranciers verwachten wij dat
   * zij ...") is no evidence for it (match/sentences.ts othersAct). */
  ownMeasure?: boolean;
  /** Sub-aspects worth a hint when absent. */
  aspects?: readonly AspectDefinition[];
  /** Markdown body of the section skeleton (no heading). Guidance goes in an
   * HTML comment; values to write are placeholders `[invullen]` / `[fill in]`. */
  skeleton: Localized;
}

export interface StakeholderGroupDefinition {
  id: string;
  title: Localized;
  /** Phrases naming the group in text or front matter. */
  terms: LocalizedList;
  /** Element groups this stakeholder group makes applicable. */
  activates?: readonly ElementGroup[];
  /** Mentions in the body that make the group present (default 2; a heading always does). */
  mentions?: number;
  /** Phrases that name the group as a party one talks with, where its plain
   * terms often name something else: one of these in the body is enough. */
  parties?: LocalizedList;
}

export interface GlossaryEntry {
  id: string;
  /** Phrases that the hover recognises (either language). */
  terms: LocalizedList;
  title: Localized;
  /** Markdown: what it is and why it matters for stakeholder commitment. */
  text: Localized;
  /** Optional further reading. */
  link?: string;
}
