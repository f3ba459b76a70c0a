// Splits a document at top-level ATX headings so that each piece can be parsed
// (and cached) on its own. A split is made only where CommonMark guarantees a
// heading starts a new block whatever came before: a `#` heading at column 0,
// outside front matter, fenced code and HTML blocks. Doubtful places are simply
// not split, which costs speed, never correctness: parsing the pieces gives the
// same blocks as parsing the whole (tested in segments.test.ts).

export interface Segment {
  /** Offset of the segment in the document. */
  start: number;
  text: string;
}

const ATX = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** CommonMark HTML block kinds 2–5: a comment, processing instruction, declaration or CDATA; they may interrupt a paragraph. */
const HTML_OTHER = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[)/;
const ATX_ANY = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const HTML_RAW = /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
/** CommonMark HTML block kind 6: a block-level tag name; it may interrupt a paragraph. */
const HTML_BLOCK_TAG =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
/** Kind 7: any other complete open or closing tag, alone on its line; it cannot interrupt a paragraph. */
const HTML_LONE_TAG =
  /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;

/** Length of the front matter block (with its closing line), or 0. */
export function frontMatterLength(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(text.slice(bom, bom + 8));
  if (!open) return 0;
  const fence = open[0].slice(0, 3);
  const re = fence === '---' ? /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g : /(?:\r\n|\r|\n)\+\+\+[ \t]*(?:\r\n|\r|\n|$)/g;
  re.lastIndex = bom + open[0].length - 1;
  const close = re.exec(text);
  return close ? close.index + close[0].length : 0;
}

type HtmlKind = 'comment' | 'raw' | 'processing' | 'declaration' | 'cdata' | 'block';

interface ScannedLine {
  start: number;
  text: string;
  /** The line stands outside fenced code and HTML blocks (it may open one). */
  outside: boolean;
  /** After this line: where a still-open fence or HTML block began, or -1, and its kind. */
  openAt: number;
  open: 'fence' | HtmlKind | null;
}

/**
 * The document's lines after the front matter, with which of them stand inside
 * fenced code or an HTML block: the little block structure that splitting and
 * quick-fix placement need, without a parse.
 */
function* scanLines(text: string): Generator<ScannedLine> {
  // Lines are read after the byte order mark: "\uFEFF```" opens a fence.
  let pos = Math.max(frontMatterLength(text), text.charCodeAt(0) === 0xfeff ? 1 : 0);
  let fence: { char: string; length: number } | null = null;
  let html: HtmlKind | null = null;
  let openAt = -1;
  /** The line before may be a paragraph that goes on (a lone tag cannot interrupt it). */
  let paragraph = false;
  let previous = '';
  const n = text.length;
  while (pos < n) {
    let eol = pos;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const line = text.slice(pos, eol);
    const outside = !fence && !html;
    let plain = false;
    if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (m && m[1][0] === fence.char && m[1].length >= fence.length) fence = null;
    } else if (html) {
      if (html === 'block' ? line.trim() === '' : htmlEnds(html, line)) html = null;
    } else {
      const f = FENCE_OPEN.exec(line);
      if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
        fence = { char: f[1][0], length: f[1].length };
        openAt = pos;
      } else if (HTML_OTHER.test(line) || HTML_RAW.test(line) || HTML_BLOCK_TAG.test(line) || (HTML_LONE_TAG.test(line) && !(paragraph && !ATX_ANY.test(previous) && !THEMATIC_BREAK.test(previous)))) {
        const kind = htmlKind(line);
        if (!htmlEnds(kind, line.slice(line.indexOf('<') + 1))) {
          html = kind;
          openAt = pos;
        }
      } else {
        // Text that a paragraph may go on after (headings and thematic breaks are
        // told apart only when a lone tag follows: they are rare, lines are many).
        plain = line.trim() !== '';
      }
    }
    paragraph = plain;
    previous = line;
    yield { start: pos, text: line, outside, openAt: fence || html ? openAt : -1, open: fence ? 'fence' : html };
    let next = eol;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10) next++;
    pos = next;
  }
}

/**
 * Splits `text` into segments. A split is made only when the segment so far is
 * at least `minLength` characters long: each segment costs a parser set-up
 * (about a third of a millisecond), so 50,000 one-line sections must not make
 * 50,000 segments. Sections are rarely that short in real documents.
 */
export function splitSegments(text: string, minLength = 0): Segment[] {
  const segments: Segment[] = [];
  // micromark drops a byte order mark and counts offsets without it: keep it
  // out of the first segment so that offsets stay true to the document.
  let segStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (const l of scanLines(text)) {
    if (l.outside && ATX.test(l.text) && l.start > segStart && l.start - segStart >= minLength) {
      segments.push({ start: segStart, text: text.slice(segStart, l.start) });
      segStart = l.start;
    }
  }
  if (segStart < text.length || segments.length === 0) segments.push({ start: segStart, text: text.slice(segStart) });
  return segments;
}

function htmlKind(line: string): 'comment' | 'raw' | 'processing' | 'declaration' | 'cdata' | 'block' {
  const t = line.trimStart();
  if (t.startsWith('<!--')) return 'comment';
  if (HTML_RAW.test(line)) return 'raw';
  if (t.startsWith('<?')) return 'processing';
  if (t.startsWith('<![CDATA[')) return 'cdata';
  if (t.startsWith('<!')) return 'declaration';
  return 'block';
}

function htmlEnds(kind: string, line: string): boolean {
  switch (kind) {
    case 'comment':
      return line.includes('-->');
    case 'raw':
      return /<\/(?:script|pre|style|textarea)>/i.test(line);
    case 'processing':
      return line.includes('?>');
    case 'cdata':
      return line.includes(']]>');
    case 'declaration':
      return line.includes('>');
    default:
      return false; // a block ends at a blank line, checked by the caller
  }
}

/** The last text openBlockStart scanned, and its lines. */
let scanned: { text: string; lines: Array<Pick<ScannedLine, 'start' | 'openAt' | 'open'>> } | null = null;

/**
 * Where a fenced code block or HTML block that is still open at `offset` began
 * (the start of its opening line), or -1. Text inserted inside one would be
 * code or HTML, not a section: the quick fixes insert before it instead.
 */
export function openBlockStart(text: string, offset: number): number {
  // Fix-all asks this for every missing element of the same text: scan it once.
  if (scanned?.text !== text) scanned = { text, lines: Array.from(scanLines(text), ({ start, openAt, open }) => ({ start, openAt, open })) };
  const { lines } = scanned;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  const last = lo > 0 ? lines[lo - 1] : null;
  // An HTML block of the ordinary kind ends at a blank line, which the insertion brings.
  return last && last.open && last.open !== 'block' ? last.openAt : -1;
}
