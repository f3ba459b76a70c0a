// Reads the YAML front matter: the document type, language, stakeholders and
// waivers an author may declare. Broken YAML is reported, never thrown.

import { parseDocument } from 'yaml';
import type { DocumentType, Language } from '../core/types.js';

export interface FrontMatter {
  /** The parsed mapping, or {} when absent or not a mapping. */
  data: Record<string, unknown>;
  /** Offsets of the whole front matter block (with its fences) in the document. */
  start: number;
  end: number;
  /** Offset of the YAML content (after the opening fence). */
  contentStart: number;
  error?: { message: string; offset: number };
}

export function readFrontMatter(value: string, blockStart: number, blockEnd: number, documentText: string): FrontMatter {
  // The YAML content starts on the line after the opening `---`.
  const nl = documentText.slice(blockStart, blockEnd).search(/\r\n|\r|\n/);
  const contentStart = nl < 0 ? blockEnd : blockStart + nl + (documentText.startsWith('\r\n', blockStart + nl) ? 2 : 1);
  const fm: FrontMatter = { data: {}, start: blockStart, end: blockEnd, contentStart };
  try {
    const doc = parseDocument(value, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length) {
      const e = doc.errors[0];
      fm.error = { message: e.message.split('\n')[0], offset: contentStart + Math.min(e.pos?.[0] ?? 0, value.length) };
      fm.data = salvage(value);
      return fm;
    }
    const data = doc.toJS({ maxAliasCount: 50 });
    if (data && typeof data === 'object' && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
  } catch (e) {
    fm.error = { message: (e as Error).message.split('\n')[0], offset: contentStart };
  }
  return fm;
}

/** Keys read from a front matter that is not valid YAML: enough to know the document is to be checked (and to say why it cannot be read). */
const SALVAGED = /^(type|soort|documenttype|document-type|lang|taal|language)[ \t]*:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([\p{L}\p{N}][^#\n]*?))[ \t]*(?:#.*)?$/gimu;

/**
 * The type and language lines of a broken front matter. A colon in a title
 * (`title: Plan: suppliers`) breaks the whole block; without this the document
 * would quietly count as ordinary Markdown and get no findings at all, not even
 * the one that says the front matter is broken.
 */
function salvage(value: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const m of value.matchAll(SALVAGED)) {
    const v = (m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (v && !(m[1].toLowerCase() in data)) data[m[1].toLowerCase()] = v;
  }
  return data;
}

/** First value among the given keys (case-insensitive). */
export function field(data: Record<string, unknown>, ...keys: string[]): unknown {
  for (const [k, v] of Object.entries(data)) if (keys.includes(k.toLowerCase())) return v;
  return undefined;
}

/** A string or list of strings as a list ("a, b" splits on commas). */
export function stringList(v: unknown): string[] {
  if (typeof v === 'string') return v.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
  if (v && typeof v === 'object') return Object.keys(v);
  return [];
}

/** The front-matter line that declares a document type, in the document's language (read back by classify.ts). */
export function typeDeclaration(type: DocumentType, language: Language): string {
  if (language === 'nl') return `soort: ${type === 'policy' ? 'beleid' : 'dialoogplan'}`;
  return `type: ${type}`;
}
