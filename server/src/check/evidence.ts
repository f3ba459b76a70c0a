// Which blocks are evidence for which element, remembered per block so that an
// edit re-examines only the blocks it changed.

import type { CompiledCatalogue, CompiledElement } from '../catalogue/compile.js';
import type { BlockInfo } from '../parse/markdown.js';
import { isInstruction, isPlaceholderBlock, isPlaceholderSentence } from '../match/placeholder.js';
import { isNegated, isStepName, othersAct, sentences, setAside, withAnaphora } from '../match/sentences.js';
import { compilePhrases, Matcher, sentenceKeys, someMatch, type Keys } from '../match/phrases.js';
import { normalize } from '../match/normalize.js';

interface BlockFacts {
  /** The block's sentences, then any anaphoric sentence read with the one before (withAnaphora). */
  sentences: string[];
  placeholder: boolean;
  /** Sentences still to be written (isPlaceholderSentence) in a block that holds others too. */
  pending: string[];
  // Indexed by element order (small arrays, not Maps: one per block per
  // document stays in memory while the document is open).
  /** Per element order: matched a signal (anywhere evidence). */
  signal: Array<boolean | undefined>;
  /** Per element order: matched a cue (evidence under a fitting heading). */
  cue: Array<boolean | undefined>;
  /** Per element order: aspects addressed. */
  aspects: Array<Set<string> | undefined>;
  /** Per element order: a sentence denies the element (denials) / cites its content as second-hand (secondHand). */
  denies?: Array<boolean | undefined>;
  secondHand?: Array<boolean | undefined>;
  /** Per element order (elements with a `context`): a sentence names the element's setting. */
  context?: Array<boolean | undefined>;
  /** The sentences' keys, while the lint that computed them runs (keysOf). */
  keys?: Keys[];
}

// Keys are read by every matcher that looks at a sentence, so they are made
// once per sentence; but they are kept only until the lint ends
// (releaseSentenceKeys), not while a document stays open: a block's answers are
// remembered, and the keys would double its memory.
const holding: BlockFacts[] = [];
function keysOf(facts: BlockFacts): Keys[] {
  if (!facts.keys) {
    facts.keys = facts.sentences.map(sentenceKeys);
    holding.push(facts);
  }
  return facts.keys;
}

/** Forgets the sentence keys made since the last call (lint.ts, after judging). */
export function releaseSentenceKeys(): void {
  for (const f of holding) f.keys = undefined;
  holding.length = 0;
}

/** One memo per compiled catalogue; blocks are the cached segment blocks. */
const memo = new WeakMap<CompiledCatalogue, WeakMap<BlockInfo, BlockFacts>>();

let lastCatalogue: CompiledCatalogue | null = null;
let lastMemo: WeakMap<BlockInfo, BlockFacts> | null = null;

/**
 * `skip`: characters at the start of the block's text that are a label, not a
 * sentence (a bold lead-in "**Opvolging.** ..." or a bold line standing in for a
 * heading, see judge.ts leadOf): a topic word in a label is no evidence. It is
 * a function of the block's source, so it is the same on every call for one block.
 */
function factsOf(catalogue: CompiledCatalogue, block: BlockInfo, skip = 0): BlockFacts {
  let perCatalogue = catalogue === lastCatalogue ? lastMemo : memo.get(catalogue);
  if (!perCatalogue) memo.set(catalogue, (perCatalogue = new WeakMap()));
  lastCatalogue = catalogue;
  lastMemo = perCatalogue;
  let facts = perCatalogue.get(block);
  if (!facts) {
    const body = skip ? block.text.slice(skip) : block.text;
    let placeholder = body.trim() !== '' && isPlaceholderBlock(body);
    // A sentence still to be written ("Rol van de agenten: [invullen]", or a
    // template's "Beschrijf hoe ...") is no evidence.
    let all = placeholder ? [] : sentences(body);
    // A block of nothing but a template's instructions, or of questions still
    // to be answered ("What do you commit to, and for how long?"), is a
    // placeholder too: it asks for content and gives none.
    if (all.length && all.every((s) => isInstruction(s) || s.endsWith('?'))) (placeholder = true), (all = []);
    const written: string[] = [];
    const pending: string[] = [];
    for (const s of all) (isPlaceholderSentence(s) ? pending : written).push(s);
    facts = { sentences: withAnaphora(written), placeholder, pending, signal: [], cue: [], aspects: [] };
    // Every element's signals are asked of every block: answer them all at once,
    // one pass over each sentence's words for all elements together.
    try {
      const { elements, signals } = catalogue;
      for (const e of elements) facts.signal[e.order] = false;
      const allKeys = keysOf(facts);
      for (let k = 0; k < facts.sentences.length; k++) {
        const s = facts.sentences[k];
        if (isStepName(s)) continue; // as in affirms()
        const keys = allKeys[k];
        for (const i of signals.affirmedLists(s, keys)) {
          const e = elements[i];
          if (!facts.signal[e.order] && !e.exclude?.stated(s, keys) && !(e.def.ownMeasure && othersAct(s))) facts.signal[e.order] = true;
        }
      }
    } catch {
      // Left unanswered: hasSignal asks again inside each element's own check,
      // whose failure lint.ts contains. One broken phrase must not fail the block for all.
      facts.signal = [];
    }
    perCatalogue.set(block, facts);
  }
  return facts;
}

/** True when a sentence is evidence for a phrase: it affirms it, and no
 * exclusion or negation undoes it. A sentence that only names an OECD
 * due-diligence step (isStepName) is evidence for nothing: a list of the six
 * steps names the framework and shows nothing done. (Aspects still read it.) */
function affirms(sentence: string, phrases: Matcher | null, exclude: Matcher | null, keys: Keys, ownMeasure = false): boolean {
  // Exclusions are checked only for sentences that would count: most match nothing.
  return !!phrases && !isStepName(sentence) && phrases.affirms(sentence, keys) && !exclude?.stated(sentence, keys) && !(ownMeasure && othersAct(sentence));
}

export function isPlaceholder(catalogue: CompiledCatalogue, block: BlockInfo, skip = 0): boolean {
  return factsOf(catalogue, block, skip).placeholder;
}

/** True when the block leaves the element's topic to be written: a sentence
 * still to be written whose words are the element's ("Afspraken over de rol van
 * importeurs: [invullen]"), among sentences that are written. Rare; asked only
 * of blocks in sections whose heading fits. */
export function leavesPending(catalogue: CompiledCatalogue, element: CompiledElement, block: BlockInfo, skip = 0): boolean {
  const facts = factsOf(catalogue, block, skip);
  return facts.pending.some((s) => {
    const keys = sentenceKeys(s);
    return !!(element.signals?.affirms(s, keys) || element.cues?.affirms(s, keys));
  });
}

export function hasSignal(catalogue: CompiledCatalogue, element: CompiledElement, block: BlockInfo, skip = 0): boolean {
  const facts = factsOf(catalogue, block, skip);
  let v = facts.signal[element.order];
  if (v === undefined) {
    const keys = keysOf(facts);
    v = facts.sentences.some((s, k) => affirms(s, element.signals, element.exclude, keys[k], element.def.ownMeasure));
    facts.signal[element.order] = v;
  }
  return v;
}

export function hasCue(catalogue: CompiledCatalogue, element: CompiledElement, block: BlockInfo, skip = 0): boolean {
  const facts = factsOf(catalogue, block, skip);
  let v = facts.cue[element.order];
  if (v === undefined) {
    v = hasSignal(catalogue, element, block, skip);
    if (!v) {
      const keys = keysOf(facts);
      v = facts.sentences.some((s, k) => affirms(s, element.cues, element.exclude, keys[k], element.def.ownMeasure));
    }
    facts.cue[element.order] = v;
  }
  return v;
}

/** True when a sentence of the block states that the element does not hold (its `denials`). */
export function deniesElement(catalogue: CompiledCatalogue, element: CompiledElement, block: BlockInfo, skip = 0): boolean {
  return someSentence(catalogue, element, block, skip, element.denials, 'denies');
}

/** Denial phrases that carry their own negation ("geen vaste contactpersoon",
 * "no fixed contact") deny whatever governs them. Any other denial ("een
 * eenmalige gespreksronde", "the buyer rotates every year") must be affirmed:
 * "dit is geen eenmalig gesprek", "is this a one-off?", "rather than a
 * one-off consultation" and "we prefer this standing dialogue to one-off
 * consultations" deny nothing. */
const NEGATION_WORD = /(?:^|[\s|])(?:geen|niet|nooit|zonder|noch|no|not|never|without|nor|cannot)(?=[\s|]|$)/u;
interface DenialParts {
  /** Denials that name their own negation: any match counts. */
  negative: Matcher | null;
  /** The others, each as its `&` parts, compiled. */
  plain: RegExp[][];
}
const denialParts = new WeakMap<CompiledElement, DenialParts>();
function partsOf(element: CompiledElement): DenialParts {
  let d = denialParts.get(element);
  if (!d) {
    const all = element.def.denials ? [...element.def.denials.nl, ...element.def.denials.en] : [];
    const negative: string[] = [];
    const plain: RegExp[][] = [];
    for (const p of all) {
      if (NEGATION_WORD.test(normalize(p))) {
        negative.push(p);
        continue;
      }
      const parts = p.split(/\s&\s/).map((x) => compilePhrases([x.trim()]));
      if (parts.every((r): r is RegExp => !!r)) plain.push(parts);
    }
    denialParts.set(element, (d = { negative: Matcher.compile(negative), plain }));
  }
  return d;
}

function affirmedPart(re: RegExp, s: string): boolean {
  return someMatch(re, s, (start, end) => !isNegated(s, start, end) && !setAside(s, start));
}

function denies(element: CompiledElement, phrases: Matcher, s: string, keys: Keys): boolean {
  if (!phrases.matches(s, keys)) return false;
  const d = partsOf(element);
  if (d.negative?.matches(s, keys)) return true;
  return d.plain.some((parts) => parts.every((re) => affirmedPart(re, s)));
}

/** True when a sentence of the block says its content is second-hand (the element's `secondHand`). */
export function citesSecondHand(catalogue: CompiledCatalogue, element: CompiledElement, block: BlockInfo, skip = 0): boolean {
  return someSentence(catalogue, element, block, skip, element.secondHand, 'secondHand');
}

/** Whether a sentence of the block matches (negated or not) one of the element's
 * phrases; remembered per block like signals, as it is asked of every block on
 * every re-lint. */
function someSentence(catalogue: CompiledCatalogue, element: CompiledElement, block: BlockInfo, skip: number, phrases: Matcher | null | undefined, field: 'denies' | 'secondHand' | 'context'): boolean {
  if (!phrases) return false;
  const facts = factsOf(catalogue, block, skip);
  const known = (facts[field] ??= []);
  let v = known[element.order];
  if (v === undefined) {
    const keys = keysOf(facts);
    known[element.order] = v = facts.sentences.some((s, k) => (field === 'denies' ? denies(element, phrases, s, keys[k]) : phrases.matches(s, keys[k])));
  }
  return v;
}

const NO_ASPECTS: ReadonlySet<string> = new Set<string>();

export function aspectsIn(catalogue: CompiledCatalogue, element: CompiledElement, block: BlockInfo, skip = 0): ReadonlySet<string> {
  const facts = factsOf(catalogue, block, skip);
  if (!element.aspects.length) return NO_ASPECTS;
  let v = facts.aspects[element.order];
  if (!v) {
    v = new Set();
    const keys = keysOf(facts);
    facts.sentences.forEach((s, k) => {
      for (const i of element.aspectSignals.affirmedLists(s, keys[k])) v!.add(element.aspects[i].def.id);
    });
    facts.aspects[element.order] = v;
  }
  return v;
}

/** Whether the element asks its signals for a setting (`context`, see catalogue/types.ts). */
export function hasContext(element: CompiledElement): boolean {
  return !!element.context;
}

/** True when a sentence of the block names the element's setting (`context`):
 * "the meetings", "participants", "the interviews". Any mention, negated or
 * not: it says what the block is about. Without a context, every block is in it. */
export function blockInContext(catalogue: CompiledCatalogue, element: CompiledElement, block: BlockInfo, skip = 0): boolean {
  return !element.context || someSentence(catalogue, element, block, skip, element.context, 'context');
}

/** Answers per matcher and title: headings and labels are asked of every
 * element on every re-lint, and they repeat. Keyed by the matcher, not the
 * element, which may be given another (tests inject faults that way). */
const titleAnswers = new WeakMap<Matcher, Map<string, boolean>>();
export function rememberTitle(matcher: Matcher, title: string, answer: () => boolean): boolean {
  let known = titleAnswers.get(matcher);
  if (!known) titleAnswers.set(matcher, (known = new Map()));
  let v = known.get(title);
  if (v === undefined) {
    if (known.size > 10_000) known.clear();
    known.set(title, (v = answer()));
  }
  return v;
}

/** Whether a heading names the dialogue's setting (the element's `context`). */
export function titleInContext(element: CompiledElement, title: string): boolean {
  const context = element.context;
  return !context || rememberTitle(context, title, () => context.matches(normalize(title)));
}
