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
import { isNegated, setAside } from './sentences.js';
import { NO_WORDS, restoreUnits, store, unitsByPhrase, type Unit } from './phrase-units.js';

export { decodeUnits, encodeUnits, PHRASE_UNITS, type PhraseUnitStore } from './phrase-units.js';

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
 * it is shorter than three). A key is a 30-bit hash of those characters, so the
 * keys are small integers, not strings: cheap to build and to look up. Two
 * prefixes may share a key; that only lets an extra phrase through the
 * prefilter to its regular expression, never keeps one out. Compute once per
 * sentence and share across matchers.
 *
 * Sorted and without repeats (`hasKey` is a binary search): a lint keeps the
 * keys of every sentence until it ends, and 40 keys take about 190 bytes in a
 * typed array against 1,360 in a Set (which was 6% more instructions per lint).
 */
export type Keys = Int32Array;

/** Room for the keys of sentences up to this long, kept between calls (256 KB at most). */
const SCRATCH_KEPT = 65_536;
let scratch = new Int32Array(256);
export function sentenceKeys(sentence: string): Keys {
  const n = sentence.length;
  // A word gives at most as many keys as it has characters: room enough, so the loop need not check.
  // A longer sentence (a 1 MB block without a full stop) gets room of its own, not kept.
  if (scratch.length < n && n <= SCRATCH_KEPT) scratch = new Int32Array(n);
  const room = scratch.length < n ? new Int32Array(n) : scratch;
  let count = 0;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparator(sentence.charCodeAt(i))) i++;
    let h = KEY_SEED;
    let length = 0;
    while (i < n && !isSeparator(sentence.charCodeAt(i))) {
      if (length < KEY_LENGTHS[KEY_LENGTHS.length - 1]) {
        h = step(h, sentence.charCodeAt(i));
        length++;
        if (length >= KEY_LENGTHS[0]) room[count++] = finish(h);
      }
      i++;
    }
    if (length > 0 && length < KEY_LENGTHS[0]) room[count++] = finish(h);
  }
  const sorted = room.subarray(0, count).sort();
  let unique = 0;
  for (let j = 0; j < count; j++) if (j === 0 || sorted[j] !== sorted[j - 1]) sorted[unique++] = sorted[j];
  return sorted.slice(0, unique);
}

/** Whether the sentence's keys hold `key`. */
export function hasKey(keys: Keys, key: number): boolean {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k === key) return true;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
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

// How often words begin with a key in Dutch and English policy prose, per
// thousand words (counted on the development fixtures; keys under 1.5 left
// out). Used only to pick the word a phrase is indexed by — the one with the
// fewest and rarest keys, so that few sentences make it a candidate. It changes
// speed, never a result.
export const KEY_FREQUENCY: Readonly<Record<string, number>> = {
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
/** KEY_FREQUENCY by the code of the key's first three characters (their code units as one number). */
const FREQUENCY_BY_CODE = new Map<number, number>();
for (const k of Object.keys(KEY_FREQUENCY)) {
  let code = 0;
  for (let i = 0; i < k.length; i++) code = code * 65536 + k.charCodeAt(i);
  FREQUENCY_BY_CODE.set(code, KEY_FREQUENCY[k]);
}

/** A word token's keys, and the cost of indexing a phrase by it. */
interface Word {
  keys: number[];
  cost: number;
}

// The key prefixes of a token, as it is read: a prefix (at most five
// characters) is kept as its key, its length and its first three characters as
// one number (their code units), so no prefix string is made. The first lint
// builds the words of every phrase it reads (some 4,800 distinct tokens in
// 4,900 phrases), so this is start-up time: plain loops and reused buffers,
// as cold code allocates for every `for...of` step, sort and spread. Checked
// against the string-based definition in server/test/phrase-keys.test.ts.
let prefixKeys = new Int32Array(64);
let prefixLengths = new Uint8Array(64);
let prefixCodes = new Float64Array(64);
let prefixCount = 0;

function addPrefix(key: number, length: number, code: number): void {
  if (prefixCount === prefixKeys.length) {
    const n = prefixCount * 2;
    const keys = new Int32Array(n);
    const lengths = new Uint8Array(n);
    const codes = new Float64Array(n);
    keys.set(prefixKeys);
    lengths.set(prefixLengths);
    codes.set(prefixCodes);
    (prefixKeys = keys), (prefixLengths = lengths), (prefixCodes = codes);
  }
  prefixKeys[prefixCount] = key;
  prefixLengths[prefixCount] = length;
  prefixCodes[prefixCount] = code;
  prefixCount++;
}

/** Adds the key prefixes of one word (a token's alternative or a word of an
 * @list), in order: for each of its parts (split at separators), the first
 * five characters of the parts up to it written together ("n.t.b.": n, nt,
 * ntb), as a text word that matches is one of these or (with `*`) begins with
 * the last. False when the word may begin with any letters (`*x`, or a stem
 * under three letters with `*`). */
function addWordPrefixes(w: string, from: number, to: number): boolean {
  if (w.charCodeAt(from) === 42 /* * */) return false;
  const star = to > from && w.charCodeAt(to - 1) === 42;
  const end = star ? to - 1 : to;
  let h = KEY_SEED;
  let code = 0;
  let n = 0; // characters of the parts so far, written together
  let inPart = false;
  let parts = 0;
  for (let i = from; i <= end; i++) {
    const c = i < end ? w.charCodeAt(i) : 32;
    if (isSeparator(c)) {
      if (inPart) {
        inPart = false;
        parts++;
        addPrefix(finish(h), n < 5 ? n : 5, code);
      }
    } else {
      inPart = true;
      if (n < 5) h = step(h, c);
      if (n < 3) code = code * 65536 + c;
      n++;
    }
  }
  return parts > 0 && !(star && n < 3);
}

/** Adds an @list's key prefixes, memoised: a list is read once, for every
 * token that names it. */
const listPrefixes = new Map<string, { keys: Int32Array; lengths: Uint8Array; codes: Float64Array } | null>();
function addListPrefixes(alt: string): boolean {
  let p = listPrefixes.get(alt);
  if (p === undefined) {
    const list = wordList(alt);
    if (!list) throw new PhraseError(`no word list ${alt} (known: ${Object.keys(VOCABULARY).map((k) => '@' + k).join(', ')})`);
    const start = prefixCount;
    let ok = true;
    for (let i = 0; ok && i < list.length; i++) {
      const w = normalize(list[i]);
      ok = addWordPrefixes(w, 0, w.length);
    }
    p = ok ? { keys: prefixKeys.slice(start, prefixCount), lengths: prefixLengths.slice(start, prefixCount), codes: prefixCodes.slice(start, prefixCount) } : null;
    prefixCount = start;
    listPrefixes.set(alt, p);
  }
  if (!p) return false;
  for (let i = 0; i < p.keys.length; i++) addPrefix(p.keys[i], p.lengths[i], p.codes[i]);
  return true;
}

/** A token's keys and cost, memoised: the catalogue repeats its tokens
 * (`@stakeholders`, `leverancier*`) across thousands of phrases. Null when
 * some alternative may begin with any letters. */
const tokenWords = new Map<string, Word | null>();
const seenPrefixes = new Set<number>();
const seenKeys = new Set<number>();
function tokenWord(token: string): Word | null {
  let w = tokenWords.get(token);
  if (w !== undefined) return w;
  prefixCount = 0;
  let ok = true;
  for (let from = 0; ok && from <= token.length; ) {
    let to = token.indexOf('|', from);
    if (to < 0) to = token.length;
    if (to > from) ok = token.charCodeAt(from) === 64 /* @ */ ? addListPrefixes(token.slice(from, to)) : addWordPrefixes(token, from, to);
    from = to + 1;
  }
  w = ok ? wordOfPrefixes() : null;
  if (tokenWords.size > 20_000) tokenWords.clear();
  tokenWords.set(token, w);
  return w;
}

/** The prefixes in the buffers as a Word: each distinct prefix once, with its
 * key (if no other prefix had it) and its cost. The rarer a key, the cheaper
 * an index entry; a longer beginning is rarer than its first three letters:
 * guess by how much. (A prefix is known by its key and length: two
 * beginnings of one token with the same 30-bit key would only change the cost.) */
function wordOfPrefixes(): Word {
  const n = prefixCount;
  const large = n > 16;
  if (large) seenPrefixes.clear(), seenKeys.clear();
  const keys: number[] = [];
  let cost = 0;
  for (let i = 0; i < n; i++) {
    const key = prefixKeys[i];
    const length = prefixLengths[i];
    if (large) {
      const id = key * 8 + length;
      if (seenPrefixes.has(id)) continue;
      seenPrefixes.add(id);
    } else {
      let again = false;
      for (let j = 0; j < i; j++) if (prefixKeys[j] === key && prefixLengths[j] === length) { again = true; break; }
      if (again) continue;
    }
    if (large ? !seenKeys.has(key) && seenKeys.add(key) : !keys.includes(key)) keys.push(key);
    cost += (FREQUENCY_BY_CODE.get(prefixCodes[i]) ?? 1) / (length >= 5 ? 4 : length === 4 ? 2 : 1);
  }
  return { keys, cost };
}

const unitWords: Word[] = [];
/** A phrase's unit: made once per phrase (phrase-units.ts keeps them, and may have them from an earlier start). */
function unit(phrase: string): Unit {
  let u = unitsByPhrase.get(phrase);
  if (u) return u;
  if (store) {
    if (store.data) restoreUnits(store);
    u = unitsByPhrase.get(phrase);
    if (u) return u;
    store.grown = true;
  }
  const tokens = normalize(phrase).trim().split(/\s+/);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '...' || t === '…') continue;
    const w = tokenWord(t);
    if (!w) continue;
    // Indexed by the rarest word, which is then present when the unit is
    // looked at; the others are checked rarest first, as the likeliest to be
    // absent. Sorted as they come, stably: among equals, the first word is
    // the index word.
    let j = n++;
    while (j > 0 && unitWords[j - 1].cost > w.cost) unitWords[j] = unitWords[j - 1], j--;
    unitWords[j] = w;
  }
  let words = NO_WORDS;
  if (n > 1) {
    words = new Array<number[]>(n - 1);
    for (let i = 1; i < n; i++) words[i - 1] = unitWords[i].keys;
  }
  // Not compiled here: built-in phrases are checked by the catalogue tests and
  // custom ones by parseConfig (checkPhrases) before they get this far.
  u = { re: null, phrase, keys: n ? unitWords[0].keys : null, words };
  if (unitsByPhrase.size > 20_000) unitsByPhrase.clear();
  unitsByPhrase.set(phrase, u);
  return u;
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
    const { units, always, phraseOf } = this;
    for (let tag = 0; tag < lists.length; tag++) {
      const phrases = lists[tag];
      for (let i = 0; i < phrases.length; i++) {
        const p = phrases[i];
        if (!p.includes('&')) {
          // The usual phrase: one part.
          const id = this.add(unit(p), tag);
          if (!units[id].keys) always.push(id);
          phraseOf[id] = [id];
          continue;
        }
        const ids = conjunctionParts(p).map((part) => this.add(unit(part), tag));
        // Parts that have a key are tried first: a part without one (a bare @list)
        // is the slowest to match and only matters when the others match. Only a
        // phrase with no key at all must be tried on every sentence.
        ids.sort((a, b) => Number(!units[a].keys) - Number(!units[b].keys));
        if (!units[ids[0]].keys) always.push(ids[0]);
        for (const id of ids) phraseOf[id] = ids;
      }
    }
    this.stamp = new Uint32Array(units.length);
    this.passed = new Uint32Array(units.length);
  }

  private add(u: Unit, tag: number): number {
    const id = this.units.push(u) - 1;
    this.tagOf.push(tag);
    const keys = u.keys;
    if (keys) {
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const ids = this.index.get(k);
        if (ids) ids.push(id);
        else this.index.set(k, [id]);
      }
    }
    return id;
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
    // that has one: cheap lookups that spare most regular expressions.
    for (const id of this.always) {
      stamp[id] = passed[id] = call;
      found.push(id);
    }
    for (let j = 0; j < keys.length; j++) {
      const ids = this.index.get(keys[j]);
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

  /** Some phrase occurs that no contrast sets aside (every part, for `&`): an
   * exclusion holds for "we terminate the contract", not for "we use our
   * leverage rather than terminate the contract". */
  stated(sentence: string, keys?: Keys): boolean {
    return this.any(sentence, keys, (re) => occursStated(re, sentence));
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
    for (const k of alternatives) if (hasKey(keys, k)) { some = true; break; }
    if (!some) return false;
  }
  return true;
}

function reset(re: RegExp): RegExp {
  re.lastIndex = 0;
  return re;
}

/** True when some match of `re` in the sentence passes `ok` (given its start and end). */
export function someMatch(re: RegExp, sentence: string, ok: (start: number, end: number) => boolean): boolean {
  reset(re);
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (ok(m.index, m.index + m[0].length)) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

function affirmed(re: RegExp, sentence: string): boolean {
  return someMatch(re, sentence, (start, end) => !isNegated(sentence, start, end));
}

function occursStated(re: RegExp, sentence: string): boolean {
  return someMatch(re, sentence, (start) => !setAside(sentence, start));
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
