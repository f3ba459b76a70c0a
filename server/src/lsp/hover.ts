// Hovers, in the client's language: over a finding (what is wrong), over a
// heading or passage the engine matched to an element (what the element is,
// why it matters, its status here), and over domain terms from the glossary
// (due diligence, rechthebbenden, leverage …). Markdown, with the source link.

import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver';
import { CREDIT, GLOSSARY, docsUrl, type Analysis, type GlossaryEntry, type Language } from '../index.js';
import type { CompiledElement } from '../catalogue/compile.js';
import type { Judgement } from '../check/judge.js';
import { compilePhrases } from '../match/phrases.js';
import { normalize } from '../match/normalize.js';
import { say } from './messages.js';

function contains(r: Range, p: Position): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

export function elementMarkdown(element: CompiledElement, locale: Language, j?: Judgement): string {
  const def = element.def;
  const parts = [`### ${def.title[locale]}`];
  if (j) parts.push(say('hoverStatus', locale, { status: say('status', locale, { status: j.status }), level: say('level', locale, { level: j.level }) }));
  if (j?.status === 'waived' && j.waiverReason) parts.push(say('waiverReason', locale, { reason: j.waiverReason }));
  parts.push(def.explanation[locale].trim());
  if (def.why[locale]?.trim()) parts.push(`**${say('why', locale)}:** ${def.why[locale].trim()}`);
  parts.push(`[${say('docsLink', locale)}](${docsUrl(def.id)}) · ${def.source[locale]} · ${CREDIT[locale]}`);
  return parts.join('\n\n');
}


// ---- glossary terms ----------------------------------------------------

let compiled: Array<{ entry: GlossaryEntry; re: RegExp }> | null = null;
function glossary(): Array<{ entry: GlossaryEntry; re: RegExp }> {
  if (!compiled) {
    compiled = [];
    for (const entry of GLOSSARY) {
      try {
        const re = compilePhrases([...entry.terms.nl, ...entry.terms.en]);
        if (re) compiled.push({ entry, re });
      } catch {
        // a bad phrase leaves that entry out
      }
    }
  }
  return compiled;
}

/** Normalised text with, for each normalised character, its offset in the original. */
function normalizeWithMap(s: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const n = normalize(ch);
    for (let k = 0; k < n.length; k++) map.push(i);
    text += n;
    i += ch.length;
  }
  map.push(s.length);
  return { text, map };
}

export function termAt(lineText: string, character: number): { entry: GlossaryEntry; start: number; end: number } | null {
  // Only a window around the position: lines can be long.
  const from = Math.max(0, character - 200);
  const slice = lineText.slice(from, character + 200);
  const { text, map } = normalizeWithMap(slice);
  let best: { entry: GlossaryEntry; start: number; end: number } | null = null;
  for (const { entry, re } of glossary()) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = from + map[m.index];
      const end = from + map[m.index + m[0].length];
      if (character >= start && character <= end && (!best || end - start > best.end - best.start)) best = { entry, start, end };
    }
  }
  return best;
}

export function glossaryMarkdown(entry: GlossaryEntry, locale: Language): string {
  const parts = [`### ${entry.title[locale]}`, entry.text[locale].trim()];
  const tail = [entry.link ? `[${entry.link.replace(/^https?:\/\//, '').replace(/\/$/, '')}](${entry.link})` : '', CREDIT[locale]].filter(Boolean);
  parts.push(tail.join(' · '));
  return parts.join('\n\n');
}

// ---- the hover ---------------------------------------------------------

export function hoverAt(analysis: Analysis, lineText: string, position: Position): Hover | null {
  const locale = analysis.locale;
  const structure = analysis.structure;
  const sections: string[] = [];
  let range: Range | undefined;

  // 1. Findings at the position.
  const findings = analysis.result.findings.filter((f) => contains(f.range, position));
  for (const f of findings) sections.push(`**${f.message}**`);

  // 2. An element whose heading or evidence is here.
  if (structure) {
    const offset = structure.lines.offsetAt(position);
    const shown = new Set<string>();
    for (const j of analysis.judgements) {
      const id = j.element.def.id;
      const onHeading = [j.section, ...j.candidates].some((s) => s && offset >= s.headingStart && offset <= s.headingEnd);
      const block = j.evidence.find((b) => offset >= b.start && offset <= b.end);
      const byFinding = findings.some((f) => f.elementId === id);
      if ((onHeading || block || byFinding) && !shown.has(id)) {
        shown.add(id);
        sections.push(elementMarkdown(j.element, locale, j));
        if (!range && onHeading) {
          const s = [j.section, ...j.candidates].find((x) => x && offset >= x.headingStart && offset <= x.headingEnd)!;
          range = structure.lines.range(s.headingStart, s.headingEnd);
        } else if (!range && block) range = structure.lines.range(block.start, block.end);
      }
    }
  }

  // 3. A domain term (only in IMVO documents, and not where an element already explains).
  if (analysis.result.documentType) {
    const term = termAt(lineText, position.character);
    if (term) {
      sections.push(glossaryMarkdown(term.entry, locale));
      range = { start: { line: position.line, character: term.start }, end: { line: position.line, character: term.end } };
    }
  }
  if (!sections.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, ...(range ? { range } : {}) };
}
