// When a document's type was read from its text (the least certain way), two
// quick fixes settle it: write the type into the front matter, or mark the
// file as no IMVO document (`<!-- imvo-lint-disable-file -->`). Both only
// insert lines; nothing the author wrote is changed. The type edit is checked
// by reading the edited front matter again, like the waiver edit
// (front-matter-edit.ts).

import { isMap, isScalar, parseDocument } from 'yaml';
import type { DocumentType, Language } from '../index.js';
import type { DocumentStructure } from '../model/document.js';
import { typeDeclaration } from '../model/frontmatter.js';
import { declaredType } from '../model/classify.js';
import { closingLineStart, frontMatterAfter, keepsOtherValues, lineEnding } from './front-matter-edit.js';

export interface TextInsertion {
  offset: number;
  text: string;
}

/** `type: …` as the first line of the front matter, or a new front matter; null when the front matter cannot take it safely. */
export function typeEdit(structure: DocumentStructure, type: DocumentType, language: Language): TextInsertion | null {
  const { text } = structure;
  const fm = structure.frontMatter;
  const eol = lineEnding(text, fm ? fm.start : 0);
  const line = typeDeclaration(type, language);
  let edit: TextInsertion;
  if (!fm) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    edit = { offset: at, text: `---${eol}${line}${eol}---${eol}${eol}` };
  } else {
    if (fm.error) return null;
    // The YAML between the fences: up to the line that holds the closing one.
    const closing = closingLineStart(text, fm.start, fm.end);
    if (closing < fm.contentStart) return null;
    const content = text.slice(fm.contentStart, closing);
    const root = parseDocument(content, { uniqueKeys: false }).contents;
    const empty = root === null || (isScalar(root) && (root.value === null || root.value === ''));
    // A block mapping takes a new first line; a flow mapping, a list or a scalar does not.
    if (!empty && (!isMap(root) || root.flow)) return null;
    edit = { offset: fm.contentStart, text: `${line}${eol}` };
  }
  return verifies(structure, edit, type) ? edit : null;
}

/** The edited front matter parses, keeps every other value, and declares the type as classify.ts reads it. */
function verifies(structure: DocumentStructure, edit: TextInsertion, type: DocumentType): boolean {
  const fm = frontMatterAfter(structure, edit);
  return !!fm && keepsOtherValues(structure, fm) && declaredType(fm.data) === type;
}

/** `<!-- imvo-lint-disable-file -->` on a line of its own at the top, after the front matter if there is one. */
export function disableFileEdit(structure: DocumentStructure): TextInsertion {
  const { text } = structure;
  const fm = structure.frontMatter;
  const eol = lineEnding(text, fm ? fm.start : 0);
  const comment = '<!-- imvo-lint-disable-file -->';
  if (!fm) return { offset: text.charCodeAt(0) === 0xfeff ? 1 : 0, text: `${comment}${eol}${eol}` };
  // After the closing fence's line: its line break may be missing at the end of the file.
  const after = /^(?:\r\n|\r|\n)/.exec(text.slice(fm.end));
  if (after) return { offset: fm.end + after[0].length, text: `${eol}${comment}${eol}` };
  return { offset: fm.end, text: `${eol}${eol}${comment}${eol}` };
}
