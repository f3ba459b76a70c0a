// fast-check generators of hostile and realistic Markdown for the robustness
// tests, and the checks every result must pass. The number of runs comes from
// FUZZ_RUNS (npm run fuzz sets it high; npm test uses the small default).

import fc from 'fast-check';
import { ELEMENTS } from '../../src/index.js';
import { VOCABULARY } from '../../src/catalogue/vocabulary.js';
import { LineIndex } from '../../src/text/lines.js';
import type { FileResult, Position, Range } from '../../src/index.js';

/** Runs per property: FUZZ_RUNS, else `fallback` (kept small so npm test stays fast). */
export function runs(fallback: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.round(n) : fallback;
}

/** Scales a count for expensive properties (server, CLI): a tenth of FUZZ_RUNS, at least `fallback`. */
export function fewRuns(fallback: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.max(fallback, Math.round(n / 10)) : fallback;
}

/** fast-check parameters: a fixed seed unless FUZZ_SEED or a fuzz run asks for a random one. */
export function params(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20261127;
  return { numRuns, ...(seed !== undefined ? { seed } : {}), endOnFailure: true };
}

// ---- words and inline text ------------------------------------------------

/** A phrase from the catalogue turned into plain words that match it. */
export function instantiate(phrase: string): string {
  return phrase
    .split(/\s+&\s+/)
    .map((part) =>
      part
        .split(/\s+/)
        .filter((t) => t !== '...' && t !== '…')
        .map((t) => {
          const alt = t.split('|').filter(Boolean)[0] ?? t;
          const word = alt.startsWith('@') ? (VOCABULARY[alt.slice(1)]?.[0] ?? 'x') : alt;
          return word.replace(/\*/g, '');
        })
        .join(' '),
    )
    .join(' en ');
}

const DOMAIN_WORDS = [
  'dialoog', 'stakeholders', 'leveranciers', "ngo's", 'due diligence', 'gepaste zorgvuldigheid', 'risico', 'opvolging', 'terugkoppeling',
  'dialogue', 'suppliers', 'follow-up', 'commitment', 'leverage', 'inkooppraktijken', 'purchasing practices', 'rechthebbenden', 'IMVO',
  'OESO-richtlijnen', 'leefbaar loon', 'living wage', 'niet', 'geen', 'not', 'never', 'TODO', '[invullen]', '...', 'n.t.b.', 'TBD', 'xxx',
  'wij', 'we', 'de', 'het', 'the', 'and', 'met', 'with', 'jaarlijks', 'annually',
];

/** Sentences that satisfy elements: catalogue signals made concrete. */
const SIGNAL_SENTENCES = ELEMENTS.flatMap((e) => [...e.signals.nl.slice(0, 3), ...e.signals.en.slice(0, 3)].map(instantiate));
const HEADINGS = ELEMENTS.flatMap((e) => [e.title.nl, e.title.en, ...e.headings.nl.slice(0, 2), ...e.headings.en.slice(0, 2)]);

const UNICODE = [
  '🙂', '👩🏽‍🌾', '🇳🇱', 'e\u0301', 'a\u0308\u0323', 'שלום עולם', 'مرحبا بالعالم', '\u200b', '\u200d', '\u200e', '\u202e', '\ufeff',
  '\u0000', '\u0001', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u2028', '\u2029', '\u00a0', '\t', 'ﬁ', 'İ', 'ß', 'Ω', '𝔘𝔫𝔦', '\ud83d\ude00',
];
/** Lone surrogates: not valid UTF-16 text, but a JavaScript string may hold them. */
const LONE_SURROGATES = ['\ud800', '\udfff', 'a\udc00b'];

const INLINE_MARKUP = [
  '*nadruk*', '**vet**', '_x_', '__y__', '`code`', '``a ` b``', '[link](https://example.org)', '[ref][1]', '![img](x.png)', '<span>', '</div>',
  '<!-- opmerking -->', '<!-- imvo-lint-disable follow-up -->', '<!-- imvo-lint-enable -->', '&amp;', '&#x1F600;', '\\*', '[^1]', '~~weg~~',
  '<https://x.nl>', 'www.example.org', 'a@b.nl', '[ ]', '[x]', '*', '_', '[', ']', '<', '|', '`', '\\', '~', '&', '#', '>', '(', ')', '!',
];

const word = (allowLoneSurrogates: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...DOMAIN_WORDS) },
    { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
    { weight: 2, arbitrary: fc.constantFrom(...INLINE_MARKUP) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },
    { weight: allowLoneSurrogates ? 1 : 0, arbitrary: fc.constantFrom(...LONE_SURROGATES) },
  );

const inline = (lone: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.array(word(lone), { maxLength: 12 }).map((w) => w.join(' ')) },
    { weight: 2, arbitrary: fc.constantFrom(...SIGNAL_SENTENCES) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('niet', 'geen', 'not', 'never', 'wij gaan niet'), fc.constantFrom(...SIGNAL_SENTENCES)).map(([n, s]) => `${n} ${s}`) },
  );

// ---- blocks ---------------------------------------------------------------

const FRONT_MATTER = [
  "---\ntype: dialoogplan\nlang: nl\nstakeholders: [leveranciers, ngo's]\n---",
  '---\ntype: dialogue-plan\nlang: en\nstakeholders: [suppliers, ngos, workers]\n---',
  '---\nsoort: beleid\ntaal: nl\n---',
  '---\ntype: policy\n---',
  '---\ntype: dialoogplan\nimvo-lint:\n  waive:\n    relationship: "via het convenant"\n    follow-up: 12\n---',
  '---\ntype: [unclosed\n---', // broken YAML
  '---\n: : :\n\t- x\n---',
  '---\ntype: dialoogplan\n', // never closed
  '---\na: &x [*x, *x]\nb: *x\n---',
  '---\n---',
  '+++\ntitle = "toml"\n+++',
  '---\ntype: dialoogplan\nstakeholders: 42\nlang: 7\nimvo-lint: [1, 2]\n---',
];

const heading = (lone: boolean) =>
  fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(fc.constantFrom(...HEADINGS), inline(lone))).map(([d, t]) => `${'#'.repeat(d)} ${t}`),
    fc.tuple(fc.constantFrom(...HEADINGS), fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`),
    fc.constantFrom(...HEADINGS).map((t) => `   ## ${t} ##`),
    fc.constantFrom('#', '#######  te diep', '#geen kop', '## '),
  );

type Block = fc.Arbitrary<string>;

function block(lone: boolean): Block {
  const text = inline(lone);
  const para = fc.array(text, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n'));
  const list = fc
    .array(fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] '), fc.integer({ min: 0, max: 4 }), text), { minLength: 1, maxLength: 5 })
    .map((items) => items.map(([m, depth, t]) => `${'  '.repeat(depth)}${m}${t}`).join('\n'));
  const quote = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(text, heading(lone))).map(([n, t]) => t.split('\n').map((l) => `${'> '.repeat(n)}${l}`).join('\n'));
  const table = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }))
    .map(([cols, rows]) => [`| ${Array.from({ length: cols }, (_, i) => `k${i}`).join(' | ')} |`, `|${'---|'.repeat(cols)}`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'));
  const code = fc
    .tuple(fc.constantFrom('```', '~~~', '````', '```md'), text, fc.boolean())
    .map(([f, t, closed]) => `${f}\n${t}\n${closed ? f.replace(/md$/, '') : ''}`);
  const html = fc.oneof(
    text.map((t) => `<div>\n${t}\n</div>`),
    text.map((t) => `<!--\n${t}\n-->`),
    text.map((t) => `<!-- ${t}`), // never closed
    fc.constantFrom('<script>alert(1)</script>', '<details><summary>x</summary>', '<?php echo 1 ?>', '<![CDATA[ x ]]>', '<!DOCTYPE html>'),
  );
  return fc.oneof(
    { weight: 5, arbitrary: para },
    { weight: 4, arbitrary: heading(lone) },
    { weight: 2, arbitrary: list },
    { weight: 1, arbitrary: quote },
    { weight: 1, arbitrary: table },
    { weight: 1, arbitrary: code },
    { weight: 1, arbitrary: html },
    { weight: 1, arbitrary: fc.constantFrom('---', '***', '    indented code', '[1]: https://example.org "t"', '[^1]: voetnoot', '') },
  );
}

export interface GeneratedDocument {
  text: string;
  path: string;
  locale: 'nl' | 'en';
}

const EOLS = ['\n', '\r\n', '\r'];

/** A Markdown document: optional BOM and front matter, a title, blocks, any line endings. */
export function markdownDocument(opts: { loneSurrogates?: boolean; maxBlocks?: number } = {}): fc.Arbitrary<GeneratedDocument> {
  const lone = opts.loneSurrogates ?? false;
  return fc
    .record({
      bom: fc.boolean(),
      frontMatter: fc.option(fc.constantFrom(...FRONT_MATTER), { freq: 2 }),
      title: fc.option(fc.constantFrom('# Dialoogplan leveranciers', '# Stakeholder dialogue plan', '# IMVO-beleid', '# Responsible business conduct policy', '# Notities'), { freq: 4 }),
      blocks: fc.array(block(lone), { maxLength: opts.maxBlocks ?? 14 }),
      separators: fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n', '\n \n'), { minLength: 16, maxLength: 16 }),
      eol: fc.oneof(fc.constantFrom(...EOLS), fc.constant('mixed')),
      mixedSeed: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
      trailingEol: fc.boolean(),
      path: fc.constantFrom('plan.md', 'docs/dialoogplan.md', 'beleid/imvo-beleid.md', 'README.md', 'notes.md'),
      locale: fc.constantFrom<'nl' | 'en'>('nl', 'en'),
    })
    .map((r) => {
      const parts: string[] = [];
      if (r.frontMatter) parts.push(r.frontMatter);
      if (r.title) parts.push(r.title);
      parts.push(...r.blocks);
      let body = '';
      parts.forEach((p, i) => (body += (i ? r.separators[i % r.separators.length] : '') + p));
      if (r.trailingEol) body += '\n';
      let k = 0;
      const text = body.replace(/\r\n|\r|\n/g, () => (r.eol === 'mixed' ? EOLS[r.mixedSeed[k++ % r.mixedSeed.length]] : r.eol));
      return { text: (r.bom ? '\ufeff' : '') + text, path: r.path, locale: r.locale };
    });
}

/** Arbitrary strings of every kind, including lone surrogates and control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.constantFrom(...INLINE_MARKUP, ...UNICODE, ...LONE_SURROGATES, '\n', '\r\n', '\r', '#', '> ', '- ', '---', '```'), { maxLength: 200 }).map((a) => a.join('')),
);

// ---- checks ---------------------------------------------------------------

/** A position that is inside the text, not past a line's end, not between the halves of a surrogate pair. */
export function positionProblem(text: string, lines: LineIndex, p: Position): string | null {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return `not integers: ${JSON.stringify(p)}`;
  if (p.line < 0 || p.line >= lines.lineCount) return `line ${p.line} outside 0..${lines.lineCount - 1}`;
  const start = lines.lineStart(p.line);
  const end = lines.lineEnd(p.line);
  if (p.character < 0 || start + p.character > end) return `character ${p.character} past the end of line ${p.line} (length ${end - start})`;
  const o = start + p.character;
  const before = text.charCodeAt(o - 1);
  const at = text.charCodeAt(o);
  if (o > 0 && before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff) return `position ${JSON.stringify(p)} splits a surrogate pair`;
  return null;
}

export function rangeProblem(text: string, lines: LineIndex, r: Range | undefined): string | null {
  if (!r) return null;
  const a = positionProblem(text, lines, r.start) ?? positionProblem(text, lines, r.end);
  if (a) return a;
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) return `range ends before it starts: ${JSON.stringify(r)}`;
  return null;
}

/** Every problem with a lint result's ranges and fixes, as messages (empty when all is well). */
export function resultProblems(text: string, result: FileResult): string[] {
  const lines = new LineIndex(text);
  const problems: string[] = [];
  const check = (what: string, p: string | null) => p && problems.push(`${what}: ${p}`);
  for (const f of result.findings) {
    check(`finding ${f.ruleId}/${f.elementId}`, rangeProblem(text, lines, f.range));
    if (!['error', 'warning', 'information', 'hint'].includes(f.severity)) problems.push(`finding ${f.ruleId}: severity ${String(f.severity)}`);
    if (typeof f.message !== 'string' || !f.message) problems.push(`finding ${f.ruleId}: empty message`);
    if (f.fix) {
      if (f.fix.offset < 0 || f.fix.offset > text.length) problems.push(`fix offset ${f.fix.offset} outside 0..${text.length}`);
      check(`fix of ${f.elementId}`, positionProblem(text, lines, f.fix.position));
      if (lines.offsetAt(f.fix.position) !== f.fix.offset) problems.push(`fix of ${f.elementId}: position ${JSON.stringify(f.fix.position)} is not offset ${f.fix.offset}`);
    }
  }
  for (const e of result.elements) {
    check(`element ${e.id} range`, rangeProblem(text, lines, e.range));
    check(`element ${e.id} headingRange`, rangeProblem(text, lines, e.headingRange));
  }
  return problems;
}

/** Applies insertions (offset + text) as an editor would, last first. */
export function applyInserts(text: string, inserts: Array<{ offset: number; text: string }>): string {
  let out = text;
  for (const f of [...inserts].sort((a, b) => b.offset - a.offset)) out = out.slice(0, f.offset) + f.text + out.slice(f.offset);
  return out;
}

/** True when every line of `before` is in `after`, in the same order (a byte order mark is not content: front matter goes after it). */
export function keepsAllLines(before: string, after: string): boolean {
  const a = after.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let i = 0;
  for (const line of before.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    while (i < a.length && a[i] !== line) i++;
    if (i === a.length) return false;
    i++;
  }
  return true;
}
