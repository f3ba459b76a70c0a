// Compiles catalogue phrases (see catalogue/types.ts) into regular expressions
// that cannot backtrack catastrophically: every token is a run of word
// characters or a bounded gap, and adjacent tokens are separated by a run of
// non-word characters, so the character classes never overlap.
//
// Syntax: words separated by spaces; `a|b` alternatives for one word; `*` at the
// start or end of a word for any word characters there; `...` for a gap of
// zero to four words; `@list` for any word of a shared list (catalogue/
// vocabulary.ts); `A & B` for two phrases anywhere in the same sentence.
// Everything is matched on normalize()d text.

import { VOCABULARY } from '../catalogue/vocabulary.js';
import { normalize } from './normalize.js';
import { isNegated } from './sentences.js';

// Text is normalised first (match/normalize.ts): lower case, no diacritics, and
// no punctuation outside ASCII. So a separator is white space or ASCII
// punctuation, and everything else (letters of any script, digits, apostrophe,
// underscore) is a word character. Plain classes without \p{…} keep V8's
// compile time for large alternations small.
const NW = "[\\s!-&(-/:-@[-^`{-~]";
const W = "[^\\s!-&(-/:-@[-^`{-~]";
const GAP = `(?:${NW}+${W}+){0,4}`;
const MAX_PHRASE_LENGTH = 200;
const MAX_TOKENS = 12;

export class PhraseError extends Error {}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A word token: letters etc. with optional leading/trailing `*`. */
/** Patterns of `@list` words: each list is used by many phrases; build it once. */
const listPatterns = new Map<string, string>();

function wordPattern(word: string, phrase: string): string {
  if (word.startsWith('@')) {
    let pattern = listPatterns.get(word);
    if (pattern !== undefined) return pattern;
    const list = VOCABULARY[word.slice(1)];
    if (!list) throw new PhraseError(`"${phrase}": no word list ${word} (known: ${Object.keys(VOCABULARY).map((k) => '@' + k).join(', ')})`);
    pattern = `(?:${list.map((w) => wordPattern(normalize(w), phrase)).join('|')})`;
    listPatterns.set(word, pattern);
    return pattern;
  }
  const lead = word.startsWith('*');
  const trail = word.endsWith('*');
  const core = word.slice(lead ? 1 : 0, trail ? -1 : undefined);
  if (!core || core.includes('*')) throw new PhraseError(`"${phrase}": a * may stand only at the start or end of a word`);
  // Hyphens and dots inside a word (due-diligence, n.t.b.) stay literal but may
  // also be written with any separator in the text.
  const parts = core.split(/[-.\s]+/).filter(Boolean).map(escape);
  const body = parts.join(`${NW}*`);
  return `${lead ? `${W}*` : ''}${body}${trail ? `${W}*` : ''}`;
}

/** Compiles one phrase (without `&`) into a regular expression source (no flags). */
export function phraseSource(phrase: string): string {
  const p = normalize(phrase).trim();
  if (!p) throw new PhraseError('empty phrase');
  if (p.length > MAX_PHRASE_LENGTH) throw new PhraseError(`"${phrase.slice(0, 40)}…": longer than ${MAX_PHRASE_LENGTH} characters`);
  const tokens = p.split(/\s+/);
  if (tokens.length > MAX_TOKENS) throw new PhraseError(`"${phrase}": more than ${MAX_TOKENS} words`);
  let out = '';
  let pendingGap = false;
  let words = 0;
  for (const token of tokens) {
    if (token === '...' || token === '…') {
      pendingGap = true;
      continue;
    }
    if (token === '&') throw new PhraseError(`"${phrase}": & is not allowed here`);
    const alternatives = token.split('|').filter(Boolean);
    if (!alternatives.length) throw new PhraseError(`"${phrase}": empty alternative`);
    const alt = alternatives.map((a) => wordPattern(a, phrase)).join('|');
    const word = alternatives.length > 1 ? `(?:${alt})` : alt;
    if (words > 0) out += pendingGap ? `${GAP}${NW}+` : `${NW}+`;
    out += word;
    pendingGap = false;
    words++;
  }
  if (!words) throw new PhraseError(`"${phrase}": no words`);
  return out;
}

/** A phrase source between word boundaries. */
function bounded(source: string): string {
  return `(?<!${W})(?:${source})(?!${W})`;
}

function conjunctionParts(phrase: string): string[] {
  return phrase.split(/\s+&\s+/);
}

/** One regular expression matching any of the phrases (global, unicode). No `&`. */
export function compilePhrases(phrases: readonly string[]): RegExp | null {
  const sources = phrases.map(phraseSource);
  if (!sources.length) return null;
  return new RegExp(bounded(sources.join('|')), 'g');
}

/** Phrases, with `&` conjunctions, matched against one normalised sentence. */
export class Matcher {
  private constructor(
    private readonly any: RegExp | null,
    private readonly all: RegExp[][],
  ) {}

  static compile(phrases: readonly string[]): Matcher | null {
    const simple: string[] = [];
    const all: RegExp[][] = [];
    for (const p of phrases) {
      const parts = conjunctionParts(p);
      if (parts.length === 1) simple.push(p);
      else all.push(parts.map((part) => new RegExp(bounded(phraseSource(part)), 'g')));
    }
    if (!simple.length && !all.length) return null;
    return new Matcher(compilePhrases(simple), all);
  }

  /** Any phrase occurs (negated or not). */
  matches(sentence: string): boolean {
    if (this.any && reset(this.any).test(sentence)) return true;
    return this.all.some((parts) => parts.every((re) => reset(re).test(sentence)));
  }

  /** Some phrase occurs without a negation governing it (all parts, for `&`). */
  affirms(sentence: string): boolean {
    if (this.any && affirmed(this.any, sentence)) return true;
    return this.all.some((parts) => parts.every((re) => affirmed(re, sentence)));
  }
}

function reset(re: RegExp): RegExp {
  re.lastIndex = 0;
  return re;
}

function affirmed(re: RegExp, sentence: string): boolean {
  reset(re);
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (!isNegated(sentence, m.index, m.index + m[0].length)) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/** Checks phrases without compiling a matcher; returns one message per bad phrase. */
export function checkPhrases(phrases: readonly string[], allowConjunction = true): string[] {
  const errors: string[] = [];
  for (const p of phrases) {
    try {
      const parts = conjunctionParts(p);
      if (parts.length > 1 && !allowConjunction) throw new PhraseError(`"${p}": & is not allowed here`);
      if (parts.length > 3) throw new PhraseError(`"${p}": at most three parts joined by &`);
      parts.forEach(phraseSource);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  return errors;
}
