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
//   thousand levels deep by indentation took a minute);
// - whitespace beyond LIMITS.indent columns at the start of a line is read as
//   no-break spaces (text, not indentation): micromark re-reads a line's
//   indentation for every open container, so a list nested by indentation cost
//   the square of its depth;
// - list item markers after the first LIMITS.listItems list items of the
//   document are read as commas (a list item costs micromark ~100 µs, five
//   times a line of text);
// - a block of lines (up to a blank line) with `|` on some line, once the document
//   has had more than LIMITS.tableRows such lines, and a line with more than
//   LIMITS.cells `|`, have their `|` read as spaces: a table row costs ~150 µs;
// - setext underlines (`---`, `===` under a line of text) after the first
//   LIMITS.setext of the document are read as commas: micromark's cost for each
//   grows with the text before it, so thousands of them took minutes.
//
// Every replacement keeps the length (one UTF-16 unit for one), so offsets and
// positions stay those of the document. Front matter, fence lines and the `<`
// of `<!--` comments (which carry imvo-lint directives) are left alone.
// Ordinary documents are far below these limits and come back unchanged.

import { frontMatterLength } from './segments.js';

export const LIMITS = { chunk: 1000, document: 20_000, nesting: 32, indent: 64, listItems: 1000, blockLines: 500, tableRows: 1000, cells: 100, setext: 100 };

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

/** The container markers (`>`, `-`, `+`, `*`, `1.`, `1)`) that open a line, and its indentation. */
function containerMarkers(text: string, l: Line): { marks: number[]; list: number[]; indent: number } {
  const marks: number[] = [];
  const list: number[] = [];
  let i = l.start;
  let indent = 0;
  while (i + indent < l.end && (text.charCodeAt(i + indent) === 32 || text.charCodeAt(i + indent) === 9)) indent++;
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
      list.push(i);
      i++;
      continue;
    }
    let j = i;
    while (j < l.end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j > i && j < l.end && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) && (j + 1 === l.end || text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) {
      marks.push(j);
      list.push(j);
      i = j + 1;
      continue;
    }
    break;
  }
  return { marks, list, indent };
}

const FENCE_LINE = /^ {0,3}(?:`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

interface Chunk {
  first: number;
  last: number;
  /** Inline syntax characters. */
  count: number;
  /** Lines with a `|`. */
  pipeLines: number;
  /** Offsets of the container markers that were left alone. */
  markers: number[];
}

/** The text to parse: `text` itself unless it is over the limits above. */
export function defuse(text: string): string {
  const from = frontMatterLength(text);
  const all = lines(text, from);
  const chunks: Chunk[] = [];
  let total = 0;
  let current: Chunk | null = null;
  /** The text as characters, made on the first replacement. */
  let out: string[] | null = null;
  const set = (i: number, c: string) => ((out ??= text.split(''))[i] = c);
  /** Lines whose `|` are read as spaces. */
  const pipeLines = new Set<number>();
  let listItems = 0;
  let setext = 0;
  for (let k = 0; k < all.length; k++) {
    const l = all[k];
    if (isBlank(text, l)) {
      current = null;
      continue;
    }
    const continues = current !== null;
    if (!current) chunks.push((current = { first: k, last: k, count: 0, pipeLines: 0, markers: [] }));
    current.last = k;
    let count = 0;
    let pipes = 0;
    for (let i = l.start; i < l.end; i++) {
      const c = text.charCodeAt(i);
      if (isInlineSyntax(c)) count++;
      else if (c === 124 /* | */) pipes++;
    }
    current.count += count;
    total += count;
    if (pipes) current.pipeLines++;
    if (pipes > LIMITS.cells) pipeLines.add(k);
    const { marks, list, indent } = containerMarkers(text, l);
    const excess = indent > LIMITS.indent ? marks.length : Math.max(0, marks.length - LIMITS.nesting);
    for (let m = marks.length - excess; m < marks.length; m++) set(marks[m], ',');
    for (let m = 0; m < marks.length - excess; m++) current.markers.push(marks[m]);
    if (indent > LIMITS.indent) for (let i = l.start + LIMITS.indent; i < l.start + indent; i++) set(i, '\u00a0');
    if (list.length && ++listItems > LIMITS.listItems) for (const i of list) set(i, ',');
    if (k - current.first === LIMITS.blockLines) for (const i of current.markers) set(i, ',');
    else if (k - current.first > LIMITS.blockLines) for (const i of marks) set(i, ',');
    if (continues && SETEXT_UNDERLINE.test(text.slice(l.start, Math.min(l.end, l.start + 64))) && l.end - l.start < 64 && ++setext > LIMITS.setext) {
      for (let i = l.start; i < l.end; i++) if (text.charCodeAt(i) === 45 || text.charCodeAt(i) === 61) set(i, ',');
    }
  }
  let rows = 0;
  for (const c of chunks) {
    if (!c.pipeLines) continue;
    rows += c.pipeLines;
    if (rows > LIMITS.tableRows) for (let k = c.first; k <= c.last; k++) pipeLines.add(k);
  }
  const heavy = chunks.filter((c) => total > LIMITS.document || c.count > LIMITS.chunk);
  if (!heavy.length && !out && !pipeLines.size) return text;
  const chars: string[] = out ?? text.split('');
  const defuseLine = (l: Line, syntax: boolean, pipes: boolean) => {
    if (FENCE_LINE.test(text.slice(l.start, Math.min(l.end, l.start + 8)))) return;
    let leading = true;
    for (let i = l.start; i < l.end; i++) {
      const ch = text.charCodeAt(i);
      const hit = (syntax && isInlineSyntax(ch)) || (pipes && ch === 124);
      if (leading && ch !== 32 && ch !== 9 && chars[i] !== ',' && chars[i] !== '\u00a0') leading = hit;
      if (!hit) continue;
      if (ch === 60 && text.startsWith('<!--', i)) continue;
      // A space at the start of a line could make indented code: a comma there.
      chars[i] = leading ? ',' : ' ';
    }
  };
  const heavyLines = new Set<number>();
  for (const c of heavy) for (let k = c.first; k <= c.last; k++) heavyLines.add(k);
  for (const k of new Set([...heavyLines, ...pipeLines])) defuseLine(all[k], heavyLines.has(k), pipeLines.has(k));
  return chars.join('');
}
