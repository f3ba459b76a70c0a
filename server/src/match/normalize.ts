// Text normalisation for matching: lower case, no diacritics, straight quotes.
// Keeps string length where possible is *not* a goal: matching works per
// sentence and evidence ranges are whole blocks, so offsets never come from here.

const COMBINING = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019\u201b\u2032\u00b4`]/g;
const DASHES = /[\u2010-\u2015]/g;
/** Punctuation and symbols outside ASCII become spaces, so that phrase matching
 * can treat "not ASCII punctuation or space" as a word character. */
const OTHER_PUNCTUATION = /[\p{P}\p{S}\p{Z}\p{C}]/gu;
const ASCII = /[\x00-\x7f]/;

const ONLY_ASCII = /^[\x00-\x7f]*$/;
const BACKTICK = /`/g;

export function normalize(text: string): string {
  // ASCII text has no diacritics or non-ASCII punctuation: only the backtick changes.
  if (ONLY_ASCII.test(text)) return text.replace(BACKTICK, "'").toLowerCase();
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(QUOTES, "'")
    .replace(DASHES, '-')
    .replace(OTHER_PUNCTUATION, (c) => (ASCII.test(c) ? c : ' '))
    .toLowerCase();
}
