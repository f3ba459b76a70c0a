// Keeps the Markdown parser's work bounded on hostile input. micromark spends
// tens of microseconds on every inline construct and more than linear time on
// long runs of them in one paragraph (`[[[[`, `<<<<`, `[a](` …, `*a *a …`) and
// on thousands of containers opened on one line (`- - - - …`, `1. 1. …`):
// a 1 MB run of `[` took minutes. Documents like that are not prose, so their
// inline syntax is given up rather than the lint:
//
// - a block of lines (up to a blank line) with more than LIMITS.chunk inline
//   syntax characters ([ ] < \ & * _ ` ~ !), or every block when the document has
//   more than LIMITS.document of them, has those characters replaced by spaces;
// - a line that opens more than LIMITS.nesting block quotes or list items has
//   the markers beyond that replaced by commas, and so has a line that opens
//   one after more than LIMITS.indent columns of indentation (a list nested a
//   thousand levels deep by indentation took a minute).
//
// Every replacement keeps the length (one UTF-16 unit for one), so offsets and
// positions stay those of the document. Front matter, fence lines and the `<`
// of `<!--` comments (which carry imvo-lint directives) are left alone.
// Ordinary documents are far below these limits and come back unchanged.

import { frontMatterLength } from './segments.js';

export const LIMITS = { chunk: 1000, document: 20_000, nesting: 32, indent: 64 };

function isInlineSyntax(c: number): boolean {
  // [ ] < \ & * _ ` ~ !
  return c === 91 || c === 93 || c === 60 || c === 92 || c === 38 || c === 42 || c === 95 || c === 96 || c === 126 || c === 33;
}

interface Line {
  start: number;
  end: number;
}

function lines(text: string, from: number): Line[] {
  const out: Line[] = [];
  let pos = from;
  const n = text.length;
  while (pos < n) {
    let eol = pos;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    out.push({ start: pos, end: eol });
    pos = eol;
    if (text.charCodeAt(pos) === 13) pos++;
    if (text.charCodeAt(pos) === 10) pos++;
  }
  return out;
}

function isBlank(text: string, l: Line): boolean {
  for (let i = l.start; i < l.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Offsets of the container markers (`>`, `-`, `+`, `*`, `1.`, `1)`) that open a line too deep. */
function excessMarkers(text: string, l: Line): number[] {
  const marks: number[] = [];
  let i = l.start;
  let indent = 0;
  while (i + indent < l.end && (text.charCodeAt(i + indent) === 32 || text.charCodeAt(i + indent) === 9)) indent++;
  const deepIndent = indent > LIMITS.indent;
  for (;;) {
    while (i < l.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i >= l.end) break;
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) {
      marks.push(i);
      i++;
      continue;
    }
    if ((c === 45 || c === 43 || c === 42) && (i + 1 === l.end || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
      marks.push(i);
      i++;
      continue;
    }
    let j = i;
    while (j < l.end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j > i && j < l.end && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) && (j + 1 === l.end || text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) {
      marks.push(j);
      i = j + 1;
      continue;
    }
    break;
  }
  return deepIndent ? marks : marks.slice(LIMITS.nesting);
}

const FENCE_LINE = /^ {0,3}(?:`{3,}|~{3,})/;

/** The text to parse: `text` itself unless it is over the limits above. */
export function defuse(text: string): string {
  const from = frontMatterLength(text);
  const all = lines(text, from);
  // Blocks of non-blank lines and their count of inline syntax characters.
  const chunks: Array<{ first: number; last: number; count: number }> = [];
  let total = 0;
  let current: { first: number; last: number; count: number } | null = null;
  const deep: number[][] = [];
  for (let k = 0; k < all.length; k++) {
    const l = all[k];
    if (isBlank(text, l)) {
      current = null;
      continue;
    }
    if (!current) chunks.push((current = { first: k, last: k, count: 0 }));
    current.last = k;
    let count = 0;
    for (let i = l.start; i < l.end; i++) if (isInlineSyntax(text.charCodeAt(i))) count++;
    current.count += count;
    total += count;
    const marks = excessMarkers(text, l);
    if (marks.length) deep.push(marks);
  }
  const heavy = chunks.filter((c) => total > LIMITS.document || c.count > LIMITS.chunk);
  if (!heavy.length && !deep.length) return text;

  const out = text.split('');
  for (const marks of deep) for (const i of marks) out[i] = ',';
  for (const c of heavy) {
    for (let k = c.first; k <= c.last; k++) {
      const l = all[k];
      if (FENCE_LINE.test(text.slice(l.start, Math.min(l.end, l.start + 8)))) continue;
      let leading = true;
      for (let i = l.start; i < l.end; i++) {
        const ch = text.charCodeAt(i);
        if (leading && ch !== 32 && ch !== 9 && out[i] !== ',') leading = isInlineSyntax(ch);
        if (!isInlineSyntax(ch)) continue;
        if (ch === 60 && text.startsWith('<!--', i)) continue;
        // A space at the start of a line could make indented code: a comma there.
        out[i] = leading ? ',' : ' ';
      }
    }
  }
  return out.join('');
}
