// Compiles catalogue phrases (see catalogue/types.ts) into regular expressions
// that cannot backtrack catastrophically: every token is a run of word
// characters or a bounded gap, and adjacent tokens are separated by a run of
// non-word characters, so the character classes never overlap.
//
// Syntax: words separated by spaces; `a|b` alternatives for one word; `*` at the
// start or end of a word for any word characters there; `...` for a gap of
// zero to four words. Everything is matched on normalize()d text.

import { normalize } from './normalize.js';

// Word characters of normalize()d text (lower case, no combining marks): ASCII
// letters and digits, Latin, Greek, Cyrillic … up to U+1FFF, and the CJK and
// Hangul blocks; not the punctuation and symbol blocks (U+2000–U+2BFF,
// U+2E00–U+303F), so curly quotes, dashes, bullets and € separate words as
// before. Spelled as ranges, not \p{L}\p{N}: those expand to hundreds of ranges
// at every token, which made compiling and first running the catalogue's
// matchers take ~0.5 s (measured for the language server's start-up).
const LETTER = "a-z0-9\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2c00-\\u2dff\\u3040-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufeff";
const W = `[${LETTER}'_]`; // a word character (apostrophe: ngo's)
const NW = `[^${LETTER}'_]`; // a separator
const GAP = `(?:${NW}+${W}+){0,4}`;
const MAX_PHRASE_LENGTH = 200;
const MAX_TOKENS = 12;

export class PhraseError extends Error {}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A word token: letters etc. with optional leading/trailing `*`. */
function wordPattern(word: string, phrase: string): string {
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

/** Compiles one phrase into a regular expression source (no flags). */
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
  return `(?<![${LETTER}_])${out}(?![${LETTER}_])`;
}

/** One regular expression matching any of the phrases (global, unicode). */
export function compilePhrases(phrases: readonly string[]): RegExp | null {
  const sources = phrases.map(phraseSource);
  if (!sources.length) return null;
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gu');
}

/** Checks phrases without compiling a matcher; returns one message per bad phrase. */
export function checkPhrases(phrases: readonly string[]): string[] {
  const errors: string[] = [];
  for (const p of phrases) {
    try {
      phraseSource(p);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  return errors;
}
