// Completion after `## `: the headings of the elements still missing, in the
// document's language; accepting one inserts the heading and the section
// skeleton (a snippet where the client takes snippets).

import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { Analysis } from '../index.js';
import { elementMarkdown } from './hover.js';

const HEADING_PREFIX = /^(#{1,6})([ \t]+)(.*)$/;

export function completions(analysis: Analysis, lineText: string, position: Position, snippets: boolean): CompletionItem[] {
  if (!analysis.result.documentType) return [];
  const before = lineText.slice(0, position.character);
  const m = HEADING_PREFIX.exec(before);
  if (!m) return [];
  const language = analysis.result.language;
  const locale = analysis.locale;
  const eol = analysis.structure?.text.includes('\r\n') ? '\r\n' : '\n';
  const start = { line: position.line, character: m[1].length + m[2].length };
  // Replace what was typed after the hashes, and the rest of the line.
  const range = { start, end: { line: position.line, character: lineText.length } };
  const items: CompletionItem[] = [];
  for (const j of analysis.judgements) {
    if (j.status !== 'missing') continue;
    const def = j.element.def;
    const title = def.title[language];
    const skeleton = def.skeleton[language].trim().replace(/\r?\n/g, eol);
    let stop = 1;
    const snippet = `${esc(title)}${esc(eol + eol)}${skeleton.split(/(\[(?:invullen|fill in)\])/).map((part, i) => (i % 2 ? `\${${stop++}:${esc(part)}}` : esc(part))).join('')}${esc(eol)}$0`;
    items.push({
      label: title,
      kind: CompletionItemKind.Snippet,
      detail: def.summary[locale],
      documentation: { kind: MarkupKind.Markdown, value: elementMarkdown(j.element, locale, j) },
      sortText: String(j.element.order).padStart(3, '0'),
      filterText: `${title} ${def.title[language === 'nl' ? 'en' : 'nl']}`,
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: snippets ? snippet : `${title}${eol}${eol}${skeleton}${eol}` },
    });
  }
  return items;
}

function esc(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}
