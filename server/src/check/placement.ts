// Where a missing element's section belongs: after the nearest element before
// it in catalogue order that has a section, else before the nearest one after
// it, else at the end. The finding sits on the heading before that place (or
// the title), and the fix inserts the skeleton there. Never inside text, and
// only where what follows keeps its meaning (see safeOffset).

import type { InsertFix, Range } from '../core/types.js';
import type { DocumentStructure, Section } from '../model/document.js';
import type { Judgement } from './judge.js';
import { openBlockStart } from '../parse/segments.js';

export interface Placement {
  offset: number;
  depth: number;
  /** Where the finding is shown. */
  anchor: Range;
}

export function place(structure: DocumentStructure, judgements: Judgement[], target: Judgement): Placement {
  const placed = judgements.filter((j) => j.section && j.status !== 'missing');
  const before = placed.filter((j) => j.element.order < target.element.order).sort((a, b) => b.element.order - a.element.order)[0];
  if (before?.section) {
    const s = before.section;
    return { offset: safeOffset(structure, s.end, s.depth), depth: s.depth, anchor: headingRange(structure, s) };
  }
  const after = placed.filter((j) => j.element.order > target.element.order).sort((a, b) => a.element.order - b.element.order)[0];
  if (after?.section) {
    const s = after.section;
    const previous = [...structure.sections].reverse().find((x) => x.headingStart < s.headingStart);
    const offset = safeOffset(structure, s.headingStart, s.depth);
    // A level-1 heading before the first one would become the document's title (and could change its type).
    const title = structure.sections.find((x) => x.depth === 1);
    const depth = s.depth === 1 && title && offset <= title.headingStart ? 2 : s.depth;
    return { offset: depth === s.depth ? offset : safeOffset(structure, s.headingStart, depth), depth, anchor: previous ? headingRange(structure, previous) : titleRange(structure) };
  }
  const title = structure.sections[0];
  // A loop, not Math.min(...): half a million headings would overflow the argument list. No headings: level 2.
  let shallowest = structure.sections.length ? 6 : 2;
  for (const s of structure.sections) if (s.depth < shallowest) shallowest = s.depth;
  const depth = title && title.depth === 1 ? 2 : Math.max(2, shallowest);
  return { offset: structure.text.length, depth, anchor: titleRange(structure) };
}

/**
 * `offset`, or the first place after it where an inserted section keeps what
 * follows as it was: before a heading that no preceding text can change (an ATX
 * heading at the start of a line, or a setext heading whose first line starts
 * with a letter) of the section's level or higher, or at the end. Text that
 * follows an inserted section without a heading of its own would become part of
 * it (loose list items after the last heading), and a heading whose meaning
 * depends on the lines before it can stop being one (text under a `---` inside a
 * list item): either can leave the element missing after its fix, or move other
 * elements' evidence. Ordinary documents are unaffected: their sections start
 * with ATX headings at the start of a line.
 */
function safeOffset(structure: DocumentStructure, offset: number, depth: number): number {
  const { text, lines } = structure;
  const rest = /[^ \t\r\n\uFEFF]/g;
  rest.lastIndex = offset;
  if (!rest.test(text)) return offset; // only blank lines follow
  for (const s of structure.sections) {
    if (s.headingStart < offset || s.depth > depth) continue;
    const atLineStart = s.headingStart === lines.lineStart(lines.positionAt(s.headingStart).line) || (s.headingStart === 1 && text.charCodeAt(0) === 0xfeff);
    if (atLineStart && /^(?:#|\p{L})/u.test(text.slice(s.headingStart, s.headingStart + 2))) return s.headingStart;
  }
  return text.length;
}

function headingRange(structure: DocumentStructure, s: Section): Range {
  return structure.lines.range(s.headingStart, s.headingEnd);
}

/** The title heading, or the first line with text. */
export function titleRange(structure: DocumentStructure): Range {
  const first = structure.sections[0];
  if (first && first.depth === 1) return headingRange(structure, first);
  const start = structure.frontMatter ? structure.frontMatter.end : 0;
  const pos = structure.lines.positionAt(start);
  const line = Math.min(pos.line, structure.lines.lineCount - 1);
  const end = structure.lines.lineEnd(line);
  return structure.lines.range(structure.lines.lineStart(line), end);
}

const PLACEHOLDER_IN_SKELETON = /\[(?:invullen|fill in)\]/g;

/** The text to insert for one or more sections at one place. */
export function buildInsertion(
  structure: DocumentStructure,
  offset: number,
  sections: Array<{ depth: number; title: string; skeleton: string }>,
): InsertFix {
  const { text, lines } = structure;
  // A heading inside a block quote or list item starts mid-line ("> ## Opvolging"):
  // insert before that line, never inside it.
  const line = lines.positionAt(offset).line;
  if (offset > lines.lineStart(line) && offset < lines.lineEnd(line)) offset = lines.lineStart(line);
  // After an unclosed code fence or HTML comment the text is code: insert before it.
  const open = openBlockStart(text, offset);
  if (open >= 0) offset = open;
  // Never before a byte order mark: the line after it would start with U+FEFF and its heading would be lost.
  const docStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (offset < docStart) offset = docStart;
  // The document's line break; with lone CRs a \n after a \r would join it into one \r\n break.
  const eol = text.includes('\r') ? (text.includes('\n') ? '\r\n' : '\r') : '\n';
  let prefix = '';
  const before = text.charCodeAt(offset - 1);
  if (offset > docStart && before !== 10 && before !== 13) prefix = eol + eol;
  // A blank line before the offset? (\r\n is one line break, not two: "</div>\r\n" ends no blank line.)
  else if (offset > docStart + 1 && !/\n[ \t]*\n$/.test(text.slice(Math.max(0, offset - 8), offset).replace(/\r\n?/g, '\n'))) prefix = eol;
  // The skeleton ends in a list: an indented line after it would continue that list
  // (an indented heading of the document would move into it). An empty comment ends it.
  const indentedNext = text.charCodeAt(offset) === 32 || text.charCodeAt(offset) === 9;
  const suffix = offset < text.length ? (indentedNext ? `${eol}<!-- -->${eol}${eol}` : eol) : '';

  let plain = prefix;
  let snippet = escapeSnippet(prefix);
  let stop = 1;
  sections.forEach((s, i) => {
    const body = s.skeleton.trim().replace(/\r?\n/g, eol);
    const head = `${'#'.repeat(s.depth)} ${s.title}${eol}${eol}`;
    const sep = i < sections.length - 1 ? eol : '';
    plain += head + body + eol + sep;
    snippet += escapeSnippet(head) + body.split(PLACEHOLDER_IN_SKELETON).map(escapeSnippet).reduce((acc, part, k, parts) => {
      if (k === parts.length - 1) return acc + part;
      const match = body.match(PLACEHOLDER_IN_SKELETON)![k];
      return acc + part + `\${${stop++}:${escapeSnippet(match).replace(/}/g, '\\}')}}`;
    }, '') + escapeSnippet(eol + sep);
  });
  plain += suffix;
  snippet += escapeSnippet(suffix) + '$0';
  return { offset, position: structure.lines.positionAt(offset), text: plain, snippet };
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

