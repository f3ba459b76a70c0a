// "Waive for this document": adds `imvo-lint: { waive: { <id>: "<reason>" } }`
// to the front matter, as block YAML, by inserting lines only. Existing front
// matter is never rewritten or reformatted; a shape that cannot take a new line
// safely (flow style, a list of waivers, broken YAML) gets no action. Every
// result is checked by parsing the edited front matter again.

import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';
import type { Language } from '../index.js';
import type { DocumentStructure } from '../model/document.js';
import { declaredWaivers } from '../check/directives.js';
import { readFrontMatter, type FrontMatter } from '../model/frontmatter.js';
import { say } from './messages.js';

export interface WaiverEdit {
  offset: number;
  text: string;
  snippet: string;
}

const OWN_KEYS = ['imvo-lint', 'imvo_lint', 'imvolint'];
const WAIVE_KEYS = ['waive', 'waiver', 'waivers', 'ontheffing', 'vrijstelling'];

function keyOf(p: Pair): string {
  return isScalar(p.key) ? String(p.key.value).toLowerCase() : '';
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

export function waiverEdit(structure: DocumentStructure, elementId: string, language: Language): WaiverEdit | null {
  const { text } = structure;
  const fm = structure.frontMatter;
  const eol = lineEnding(text, fm ? fm.start : 0);
  const reason = say('reasonPlaceholder', language);
  const id = /^[A-Za-z0-9_-]+$/.test(elementId) ? elementId : JSON.stringify(elementId);
  const entry = (indent: string) => ({
    text: `${indent}${id}: "${reason}"${eol}`,
    snippet: `${escapeSnippet(`${indent}${id}: "`)}\${1:${escapeSnippet(reason)}}${escapeSnippet(`"${eol}`)}$0`,
  });
  const block = (indent: string) => {
    const e = entry(`${indent}    `);
    const head = `${indent}imvo-lint:${eol}${indent}  waive:${eol}`;
    return { text: head + e.text, snippet: escapeSnippet(head) + e.snippet };
  };

  let edit: WaiverEdit | null;
  if (!fm) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const b = block('');
    const open = `---${eol}`;
    const close = `---${eol}${eol}`;
    edit = { offset: at, text: open + b.text + close, snippet: escapeSnippet(open) + b.snippet.replace(/\$0$/, '') + escapeSnippet(close) + '$0' };
  } else {
    if (fm.error) return null;
    const closing = closingLineStart(text, fm.start, fm.end);
    if (closing < fm.contentStart) return null;
    const content = text.slice(fm.contentStart, closing);
    const local = editContent(content, eol, entry, block);
    edit = local && { offset: fm.contentStart + local.offset, text: local.text, snippet: local.snippet };
  }
  return edit && verifies(structure, edit, elementId) ? edit : null;
}

/** The line ending of the lines the edit goes next to: the front matter's
 * opening line, or the document's first line (LF when it has none). */
export function lineEnding(text: string, from: number): string {
  const re = /\r\n|\r|\n/g;
  re.lastIndex = from;
  return re.exec(text)?.[0] ?? '\n';
}

/** Offset of the line holding the closing fence. */
export function closingLineStart(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

type Piece = { text: string; snippet: string };

function editContent(content: string, eol: string, entry: (indent: string) => Piece, block: (indent: string) => Piece): WaiverEdit | null {
  const doc = parseDocument(content, { uniqueKeys: false });
  if (doc.errors.length) return null;
  const root = doc.contents;
  const atEnd = (p: Piece): WaiverEdit => {
    // A front matter whose last line has no line break cannot occur (the fence follows), but be safe.
    const needsBreak = content.length > 0 && !/[\r\n]$/.test(content);
    return { offset: content.length, text: (needsBreak ? eol : '') + p.text, snippet: (needsBreak ? eol : '') + p.snippet };
  };
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return atEnd(block(''));
  if (!isMap(root) || root.flow) return null;
  const own = root.items.find((p) => OWN_KEYS.includes(keyOf(p)));
  if (!own) return atEnd(block(''));
  const ownIndent = column(content, rangeStart(own));
  const value = own.value;
  if (value === null || (isScalar(value) && value.value === null)) {
    const at = lineAfter(content, rangeEnd(own));
    const e = entry(' '.repeat(ownIndent + 4));
    const head = `${' '.repeat(ownIndent + 2)}waive:${eol}`;
    return { offset: at.offset, text: at.prefix(eol) + head + e.text, snippet: at.prefix(eol) + head + e.snippet };
  }
  if (!isMap(value) || value.flow) return null;
  const childIndent = value.items.length ? column(content, rangeStart(value.items[0])) : ownIndent + 2;
  const waive = value.items.find((p) => WAIVE_KEYS.includes(keyOf(p)));
  if (!waive) {
    const at = lineAfter(content, mapEnd(value));
    const e = entry(' '.repeat(childIndent + 2));
    const head = `${' '.repeat(childIndent)}waive:${eol}`;
    return { offset: at.offset, text: at.prefix(eol) + head + e.text, snippet: at.prefix(eol) + head + e.snippet };
  }
  const w = waive.value;
  if (w === null || (isScalar(w) && w.value === null)) {
    const at = lineAfter(content, rangeEnd(waive));
    const e = entry(' '.repeat(column(content, rangeStart(waive)) + 2));
    return { offset: at.offset, text: at.prefix(eol) + e.text, snippet: at.prefix(eol) + e.snippet };
  }
  if (!isMap(w) || w.flow || !w.items.length) return null;
  const at = lineAfter(content, mapEnd(w));
  const e = entry(' '.repeat(column(content, rangeStart(w.items[0]))));
  return { offset: at.offset, text: at.prefix(eol) + e.text, snippet: at.prefix(eol) + e.snippet };
}

function rangeStart(p: Pair): number {
  return (p.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
}
function rangeEnd(p: Pair): number {
  const v = p.value as { range?: [number, number, number] } | null;
  const k = p.key as { range?: [number, number, number] } | null;
  return v?.range?.[1] ?? k?.range?.[1] ?? 0;
}
function mapEnd(m: YAMLMap): number {
  const last = m.items[m.items.length - 1] as Pair;
  return Math.max(rangeEnd(last), m.range?.[1] ?? 0);
}
function column(content: string, offset: number): number {
  const nl = Math.max(content.lastIndexOf('\n', offset - 1), content.lastIndexOf('\r', offset - 1));
  return offset - nl - 1;
}
/** The start of the line after the one holding `offset - 1` (a node's end). */
function lineAfter(content: string, end: number): { offset: number; prefix: (eol: string) => string } {
  if (end > 0 && /[\r\n]/.test(content[end - 1])) return { offset: end, prefix: () => '' };
  const m = /\r\n|\r|\n/g;
  m.lastIndex = end;
  const found = m.exec(content);
  if (found) return { offset: found.index + found[0].length, prefix: () => '' };
  return { offset: content.length, prefix: (eol) => eol };
}

/** The front matter of a document after an insertion, read again; null when there is none or it is broken. */
export function frontMatterAfter(structure: DocumentStructure, edit: { offset: number; text: string }): FrontMatter | null {
  const text = structure.text.slice(0, edit.offset) + edit.text + structure.text.slice(edit.offset);
  const m = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/.exec(text);
  if (!m) return null;
  const fm = readFrontMatter(m[1], text.charCodeAt(0) === 0xfeff ? 1 : 0, m.index + m[0].length, text);
  return fm.error ? null : fm;
}

/** Every value of the front matter before an edit is still there after it, but for the keys the edit is about. */
export function keepsOtherValues(structure: DocumentStructure, after: FrontMatter, editedKeys: readonly string[] = []): boolean {
  for (const [k, v] of Object.entries(structure.frontMatter?.data ?? {})) {
    if (editedKeys.includes(k.toLowerCase())) continue;
    if (!isDeepStrictEqual(after.data[k], v)) return false; // not JSON: anchors can make values circular
  }
  return true;
}

/** The edited text must parse, keep every other front-matter value, and declare the waiver
 * (its reason is a placeholder for the author to replace, so it does not count yet). */
function verifies(structure: DocumentStructure, edit: WaiverEdit, elementId: string): boolean {
  const fm = frontMatterAfter(structure, edit);
  return !!fm && keepsOtherValues(structure, fm, OWN_KEYS) && declaredWaivers({ ...structure, frontMatter: fm }).some((w) => w.id === elementId);
}
