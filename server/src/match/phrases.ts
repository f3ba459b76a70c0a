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

/** The shared word list `@name` names; own keys only (`@constructor` is no list). */
function wordList(token: string): readonly string[] | undefined {
  const name = token.slice(1);
  return Object.hasOwn(VOCABULARY, name) ? VOCABULARY[name] : undefined;
}

function wordPattern(word: string, phrase: string): string {
  if (word.startsWith('@')) {
    let pattern = listPatterns.get(word);
    if (pattern !== undefined) return pattern;
    const list = wordList(word);
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

/**
 * What a Matcher looks phrases up by: for each word of a normalised sentence,
 * the keys of its first three, four and five characters (the whole word when
 * it is shorter than three). A key is a 30-bit hash of those characters, so a
 * key set holds small integers, not strings: cheap to build and to look up.
 * Two prefixes may share a key; that only lets an extra phrase through the
 * prefilter to its regular expression, never keeps one out. Compute once per
 * sentence and share across matchers.
 */
export type Keys = ReadonlySet<number>;

export function sentenceKeys(sentence: string): Keys {
  const keys = new Set<number>();
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparator(sentence.charCodeAt(i))) i++;
    let h = KEY_SEED;
    let length = 0;
    while (i < n && !isSeparator(sentence.charCodeAt(i))) {
      if (length < KEY_LENGTHS[KEY_LENGTHS.length - 1]) {
        h = step(h, sentence.charCodeAt(i));
        length++;
        if (length >= KEY_LENGTHS[0]) keys.add(finish(h));
      }
      i++;
    }
    if (length > 0 && length < KEY_LENGTHS[0]) keys.add(finish(h));
  }
  return keys;
}

/** Prefix lengths that are keys: 3 for every word, 4 and 5 when it is that long. */
const KEY_LENGTHS = [3, 4, 5] as const;
const KEY_SEED = 0x811c9dc5 | 0;
// FNV-1a over UTF-16 code units, cut to 30 bits (a small integer in V8).
function step(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
function finish(h: number): number {
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/** The key of a word or word beginning (at most five characters are read). */
export function wordKey(word: string): number {
  let h = KEY_SEED;
  for (let i = 0; i < word.length && i < KEY_LENGTHS[KEY_LENGTHS.length - 1]; i++) h = step(h, word.charCodeAt(i));
  return finish(h);
}

/** NW as a table: white space and ASCII punctuation (the classes of NW above). */
const SEPARATOR = new Uint8Array(128);
for (let c = 0; c < 128; c++) SEPARATOR[c] = Number(new RegExp(`^${NW}$`).test(String.fromCharCode(c)));
function isSeparator(c: number): boolean {
  // \s outside ASCII: no-break, Unicode spaces, line and paragraph separators, BOM.
  return c < 128 ? SEPARATOR[c] === 1 : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const SEPARATORS = new RegExp(`${NW}+`);

/** One phrase (no `&`): its matcher and the keys a sentence must hold for it to match. */
interface Unit {
  /** Built on first use: most phrases are never candidates in a given document. */
  re: RegExp | null;
  phrase: string;
  /** The keys it is indexed by; null: no word of the phrase has a fixed beginning, so always try it. */
  keys: number[] | null;
  /** Per word with a fixed beginning (but the one indexed by), its keys: a
   * sentence must hold one key of every such word before the regular
   * expression is worth running. */
  words: number[][];
}

/** Key prefixes (sentenceKeys) of one word token (`a|b*|@list`), or null when
 * some alternative may begin with any letters (`*x`, or a stem under three
 * letters with `*`). */
function tokenKeys(token: string): string[] | null {
  const keys = new Set<string>();
  for (const alt of token.split('|')) {
    if (!alt) continue;
    const altKeys = alternativeKeys(alt);
    if (!altKeys) return null;
    for (const k of altKeys) keys.add(k);
  }
  return [...keys];
}

const listWords = new Map<string, string[]>();
/** Keys of one alternative (a word or an @list), memoised: a list is expanded once. */
const keysOfAlternative = new Map<string, readonly string[] | null>();
function alternativeKeys(alt: string): readonly string[] | null {
  let cached = keysOfAlternative.get(alt);
  if (cached !== undefined) return cached;
  let words = [alt];
  if (alt.startsWith('@')) {
    if (!wordList(alt)) throw new PhraseError(`no word list ${alt} (known: ${Object.keys(VOCABULARY).map((k) => '@' + k).join(', ')})`);
    words = listWords.get(alt) ?? wordList(alt)!.map((w) => normalize(w));
    listWords.set(alt, words);
  }
  const keys = new Set<string>();
  cached = [];
  for (const w of words) {
    if (w.startsWith('*')) { cached = null; break; }
    const star = w.endsWith('*');
    const parts = w.replace(/\*$/, '').split(SEPARATORS).filter(Boolean);
    if (!parts.length) { cached = null; break; }
    // The text may write the word's parts apart ("co-op", "n.t.b.") or together ("coop").
    // Every way of writing the first parts together counts ("n.t.b.": n, nt, ntb).
    // A text word that matches is one of these, or (with *) begins with the
    // last: so the sentence holds the key of its first five characters at most.
    const joined = parts.join('');
    if (star && joined.length < 3) { cached = null; break; }
    for (let i = 1; i <= parts.length; i++) keys.add(parts.slice(0, i).join('').slice(0, 5));
  }
  if (cached) cached = [...keys];
  if (keysOfAlternative.size > 20_000) keysOfAlternative.clear();
  keysOfAlternative.set(alt, cached);
  return cached;
}

// How often words begin with a key in Dutch and English policy prose, per
// thousand words (counted on the development fixtures; keys under 1.5 left
// out). Used only to pick the word a phrase is indexed by — the one with the
// fewest and rarest keys, so that few sentences make it a candidate. It changes
// speed, never a result.
const KEY_FREQUENCY: Readonly<Record<string, number>> = {
  de: 35, we: 30, the: 26, in: 22, en: 21, and: 17, van: 15, met: 11, een: 11, voo: 10, to: 10, het: 10, of: 9,
  ver: 9, con: 8, our: 8, pro: 7, aan: 7, dat: 7, bij: 7, onz: 7, a: 6, sta: 6, ove: 6, is: 6, for: 6, wor: 6,
  die: 6, wil: 6, wit: 6, ris: 6, zij: 5, ons: 5, ges: 5, pla: 5, wer: 5, op: 5, mee: 5, com: 5, sup: 5, uit: 5,
  lev: 4, fab: 4, tha: 4, on: 4, nie: 4, wat: 4, te: 4, wij: 4, per: 4, are: 4, jaa: 3, ink: 3, whe: 3, par: 3,
  gro: 3, bet: 3, ngo: 3, thi: 3, due: 3, tra: 3, daa: 3, als: 3, thr: 3, dia: 3, dil: 3, pri: 3, maa: 3, lan: 3,
  fro: 3, heb: 3, cha: 3, ond: 3, eng: 3, rep: 3, wha: 2, waa: 2, vol: 2, ze: 2, at: 2, man: 2, om: 2, naa: 2,
  org: 2, fac: 2, hun: 2, loo: 2, all: 2, not: 2, ste: 2, act: 2, doo: 2, twe: 2, bes: 2, gem: 2, bel: 2, kri: 2,
  ter: 2, int: 2, men: 2, er: 2, kun: 2, elk: 2, sam: 2, min: 2, hoe: 2, uni: 2, dri: 2, vas: 2, eig: 2, res: 2,
  exp: 2, sou: 2, by: 2, zel: 2, can: 2, rec: 2, kom: 2, ook: 2, own: 2, dit: 2, it: 2, coo: 2, age: 2, toe: 2,
  dee: 2, doe: 2, buy: 2, hou: 2, be: 2, arb: 2, tea: 2, sch: 2, zie: 2, via: 2, afs: 2, wie: 2, vra: 2, vak: 2,
  ind: 2, agr: 2, mon: 2,
};
function keyCost(keys: readonly string[]): number {
  let cost = 0;
  for (const k of keys) {
    const k3 = k.slice(0, 3);
    // A longer beginning is rarer than its first three letters: guess by how much.
    cost += (Object.hasOwn(KEY_FREQUENCY, k3) ? KEY_FREQUENCY[k3] : 1) / (k.length >= 5 ? 4 : k.length === 4 ? 2 : 1);
  }
  return cost;
}

/** A token's keys and cost, memoised: the catalogue repeats its tokens
 * (`@stakeholders`, `leverancier*`) across thousands of phrases, and all of
 * them are built on the first lint (the language server's first diagnostics). */
const tokenWords = new Map<string, { keys: number[]; cost: number } | null>();
function tokenWord(token: string): { keys: number[]; cost: number } | null {
  let w = tokenWords.get(token);
  if (w === undefined) {
    const prefixes = tokenKeys(token);
    w = prefixes ? { keys: [...new Set(prefixes.map(wordKey))], cost: keyCost(prefixes) } : null;
    if (tokenWords.size > 20_000) tokenWords.clear();
    tokenWords.set(token, w);
  }
  return w;
}

function unit(phrase: string): Unit {
  const tokens = normalize(phrase).trim().split(/\s+/).filter((t) => t !== '...' && t !== '…');
  const words: Array<{ keys: number[]; cost: number }> = [];
  for (const t of tokens) {
    const w = tokenWord(t);
    if (w) words.push(w);
  }
  // Indexed by the rarest word, which is then present when the unit is looked
  // at; the others are checked rarest first, as the likeliest to be absent.
  // (A stable sort: among equals, the first word is the index word, as before.)
  words.sort((a, b) => a.cost - b.cost);
  // Not compiled here: built-in phrases are checked by the catalogue tests and
  // custom ones by parseConfig (checkPhrases) before they get this far.
  return { re: null, phrase, keys: words[0]?.keys ?? null, words: words.slice(1).map((w) => w.keys) };
}

/**
 * Phrases, with `&` conjunctions, matched against one normalised sentence.
 * Every phrase is indexed by the first letters of one of its words, so a
 * sentence is tried only against phrases that share a word beginning with it:
 * a few regular expressions per sentence instead of hundreds of alternatives.
 *
 * A Matcher may hold several phrase lists (`compileLists`), each with its tag:
 * `affirmedLists` then answers for all lists in one pass over the sentence.
 */
export class Matcher {
  private readonly units: Unit[] = [];
  /** For each unit, the ids of all units of its phrase (itself, or every `&` part). */
  private readonly phraseOf: number[][] = [];
  /** For each unit, the phrase list it came from. */
  private readonly tagOf: number[] = [];
  private readonly index = new Map<number, number[]>();
  private readonly always: number[] = [];
  /** Per unit, the call in which it was last looked at, and last found a
   * candidate (typed arrays, not a Set per call). */
  private stamp = new Uint32Array(0);
  private passed = new Uint32Array(0);
  private call = 0;

  private constructor(lists: ReadonlyArray<readonly string[]>) {
    lists.forEach((phrases, tag) => {
      for (const p of phrases) {
        const ids = conjunctionParts(p).map((part) => {
          const u = unit(part);
          const id = this.units.push(u) - 1;
          this.tagOf[id] = tag;
          if (u.keys) for (const k of u.keys) (this.index.get(k) ?? this.index.set(k, []).get(k)!).push(id);
          return id;
        });
        // Parts that have a key are tried first: a part without one (a bare @list)
        // is the slowest to match and only matters when the others match. Only a
        // phrase with no key at all must be tried on every sentence.
        ids.sort((a, b) => Number(!this.units[a].keys) - Number(!this.units[b].keys));
        if (!this.units[ids[0]].keys) this.always.push(ids[0]);
        for (const id of ids) this.phraseOf[id] = ids;
      }
    });
    this.stamp = new Uint32Array(this.units.length);
    this.passed = new Uint32Array(this.units.length);
  }

  static compile(phrases: readonly string[]): Matcher | null {
    return phrases.length ? new Matcher([phrases]) : null;
  }

  /** One matcher for several phrase lists; list i has tag i. */
  static compileLists(lists: ReadonlyArray<readonly string[]>): Matcher {
    return new Matcher(lists);
  }

  private regexp(id: number): RegExp {
    const u = this.units[id];
    return (u.re ??= new RegExp(bounded(phraseSource(u.phrase)), 'g'));
  }

  /** The first unit of each phrase whose every part is a candidate for the sentence. */
  private candidates(sentence: string, keys: Keys = sentenceKeys(sentence)): number[] {
    const call = (this.call = (this.call + 1) >>> 0 || 1);
    const { stamp, passed, units, phraseOf } = this;
    const found: number[] = [];
    let conjunctions: number[] | null = null;
    // A unit is a candidate when the sentence holds a key of every word of it
    // that has one: cheap Set lookups that spare most regular expressions.
    for (const id of this.always) {
      stamp[id] = passed[id] = call;
      found.push(id);
    }
    for (const k of keys) {
      const ids = this.index.get(k);
      if (!ids) continue;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (stamp[id] === call) continue;
        stamp[id] = call;
        if (!hasEveryWord(units[id].words, keys)) continue;
        passed[id] = call;
        if (phraseOf[id].length === 1) found.push(id);
        else (conjunctions ??= []).push(id);
      }
    }
    // A conjunction is tried once, from its first part, when every part is a candidate.
    if (conjunctions) {
      for (const id of conjunctions) {
        const ids = phraseOf[id];
        if (ids[0] === id && ids.every((u) => passed[u] === call || !units[u].keys)) found.push(id);
      }
    }
    return found;
  }

  private any(sentence: string, keys: Keys | undefined, test: (re: RegExp) => boolean): boolean {
    for (const id of this.candidates(sentence, keys)) if (this.phraseOf[id].every((u) => test(this.regexp(u)))) return true;
    return false;
  }

  /** Any phrase occurs (negated or not). */
  matches(sentence: string, keys?: Keys): boolean {
    return this.any(sentence, keys, (re) => reset(re).test(sentence));
  }

  /** Some phrase occurs without a negation governing it (every part, for `&`). */
  affirms(sentence: string, keys?: Keys): boolean {
    return this.any(sentence, keys, (re) => affirmed(re, sentence));
  }

  /** The tags of the lists (compileLists) of which some phrase is affirmed in the sentence. */
  affirmedLists(sentence: string, keys?: Keys): Set<number> {
    const out = new Set<number>();
    for (const id of this.candidates(sentence, keys)) {
      const tag = this.tagOf[id];
      if (!out.has(tag) && this.phraseOf[id].every((u) => affirmed(this.regexp(u), sentence))) out.add(tag);
    }
    return out;
  }
}

function hasEveryWord(words: readonly number[][], keys: Keys): boolean {
  for (const alternatives of words) {
    let some = false;
    for (const k of alternatives) if (keys.has(k)) { some = true; break; }
    if (!some) return false;
  }
  return true;
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
