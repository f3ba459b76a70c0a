// Hostile and huge input (issue 5, point 3): each document of the issue's list
// is linted within a bound or gets the documented size-limit finding, retained
// memory stays bounded, and every phrase matcher and signal pattern answers
// adversarial strings in bounded time.
//
// Bounds are "does not hang" bounds, not speed targets: the issue asks for 2 s
// on this machine; the assertions allow 5x that (BOUND_MS) so that a loaded
// 2-core CI machine does not make the suite flaky. The measured times are
// printed (ROBUSTNESS_VERBOSE=1) and reported in docs/robustness.md.
//
// A document over the size limit (1 MB) or the line limit (10,000 lines) must
// get exactly the document-too-large finding, naming the limit it is over;
// every other document is linted. Each limit has a case just under it.

import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint, DEFAULT_MAX_LINES, DEFAULT_MAX_SIZE, ELEMENTS, STAKEHOLDER_GROUPS, GLOSSARY } from '../../src/index.js';
import { catalogueFor } from '../../src/catalogue/index.js';
import { compilePhrases, Matcher } from '../../src/match/phrases.js';
import { isNegated, sentences } from '../../src/match/sentences.js';
import { isOnlyPlaceholder, isPlaceholderBlock } from '../../src/match/placeholder.js';
import { normalize } from '../../src/match/normalize.js';
import { DOCUMENT_TYPE_DEFINITIONS, DOMAIN_TERMS } from '../../src/catalogue/document-types.js';
import { instantiate, resultProblems } from './arbitraries.js';

/** The issue's target is 2 s; 5x headroom for a loaded machine. */
const BOUND_MS = 10_000;
const MB = 1024 * 1024;
/** Runs of one character or construct: just under the 1 MB limit in npm run fuzz, 256 KB in npm test. */
const RUN = process.env.FUZZ_RUNS ? MB - 1024 : MB / 4;
/** Lines just under the line limit (with the PLAN's). */
const LINES = DEFAULT_MAX_LINES - 20;
const verbose = !!process.env.ROBUSTNESS_VERBOSE || !!process.env.FUZZ_RUNS;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const PLAN = "---\ntype: dialoogplan\nlang: nl\nstakeholders: [leveranciers, ngo's]\n---\n# Dialoogplan\n\n";
const PROSE = 'Wij voeren twee keer per jaar een dialoog met onze leveranciers over de risico\'s in de keten. ';

const HOSTILE: Array<[string, () => string]> = [
  ['a 5 MB document', () => PLAN + (PROSE + '\n\n').repeat(Math.ceil((5 * MB) / (PROSE.length + 2)))],
  ['just over the 1 MB limit', () => PLAN + 'x'.repeat(DEFAULT_MAX_SIZE + 1 - PLAN.length)],
  ['just over the 10,000-line limit', () => PLAN + 'a\n'.repeat(DEFAULT_MAX_LINES) + 'b'],
  ['prose just under both limits', () => PLAN + (PROSE + '\n\n').repeat(Math.min(LINES / 2, Math.floor((MB - 1024) / (PROSE.length + 2))))],
  ['a 1 MB single line', () => PLAN + PROSE.repeat(Math.ceil(MB / PROSE.length))],
  ['a single line just under the 1 MB limit', () => PLAN + PROSE.repeat(Math.floor((MB - 1024) / PROSE.length))],
  ['a 1 MB single word', () => PLAN + 'a'.repeat(MB)],
  ['10,000 nested block quotes', () => PLAN + '>'.repeat(10_000) + ' ' + PROSE + '\n'],
  ['10,000 nested block quotes, spaced', () => PLAN + '> '.repeat(10_000) + PROSE + '\n'],
  ['10,000 list levels', () => PLAN + '- '.repeat(10_000) + PROSE + '\n'],
  ['10,000 ordered list levels', () => PLAN + '1. '.repeat(10_000) + PROSE + '\n'],
  ['1,000 list levels by indentation', () => PLAN + Array.from({ length: 1000 }, (_, i) => ' '.repeat(2 * i) + '- item').join('\n')],
  ['490 list levels by indentation', () => PLAN + Array.from({ length: 490 }, (_, i) => ' '.repeat(2 * i) + '- item').join('\n')],
  ['50,000 headings', () => PLAN + Array.from({ length: 50_000 }, (_, i) => `## Kop ${i}\n\ntekst\n`).join('\n')],
  ['headings just under the line limit', () => PLAN + Array.from({ length: LINES / 4 }, (_, i) => `## Kop ${i}\n\ntekst\n`).join('\n')],
  ['setext headings just under the line limit', () => PLAN + 'tekst\n---\n'.repeat(LINES / 2)],
  ['100,000 link definitions', () => PLAN + Array.from({ length: 100_000 }, (_, i) => `[${i}]: /${i}`).join('\n')],
  ['link definitions just under the line limit', () => PLAN + Array.from({ length: LINES }, (_, i) => `[${i}]: /${i}`).join('\n')],
  ['a list of items just under the line limit', () => PLAN + '- item\n'.repeat(LINES)],
  ['a loose list just under the line limit', () => PLAN + '- item\n\n'.repeat(LINES / 2)],
  ['lists of 490 items just under the line limit', () => PLAN + ('- item\n'.repeat(490) + '\n').repeat(Math.floor(LINES / 491))],
  ['a block quote and lazy lines just under the line limit', () => PLAN + '> ' + '> '.repeat(31) + 'a\n' + 'b\n'.repeat(LINES - 1)],
  ['one paragraph of one-letter lines just under the line limit', () => PLAN + 'a\n'.repeat(LINES)],
  ['one paragraph of 131,072 one-letter lines', () => PLAN + 'a\n'.repeat(131_072)],
  ...['*', '_', '[', '<', '|', ']', '`', '\\', '&', '!', '(', '#', '>', '~'].map((c): [string, () => string] => [`a run of ${c}`, () => PLAN + c.repeat(RUN) + '\n']),
  ...['[a](', '[a] ', '*a ', '_a ', '` ', '<a ', '~a ', '| ', '&#', '[^', '![', '\\* '].map((u): [string, () => string] => [`${JSON.stringify(u)} repeated`, () => PLAN + u.repeat(Math.floor(RUN / u.length))]),
  ['10,000 emphasis levels', () => PLAN + '*'.repeat(20_000) + 'a' + '*'.repeat(20_000)],
  ['an unclosed fence and text after it', () => PLAN + '```\n' + (PROSE + '\n').repeat(Math.min(LINES, RUN / PROSE.length))],
  ['an unclosed comment and text after it', () => PLAN + '<!--\n' + (PROSE + '\n').repeat(Math.min(LINES, RUN / PROSE.length))],
  ['a table of 20,000 rows', () => PLAN + '| a | b |\n|---|---|\n' + '| leveranciers | dialoog |\n'.repeat(20_000)],
  ['a table just under the line limit', () => PLAN + '| a | b |\n|---|---|\n' + '| leveranciers | dialoog |\n'.repeat(LINES - 2)],
  ['tables of 990 rows just under the line limit', () => PLAN + ('| a | b |\n|---|---|\n' + '| leveranciers | dialoog |\n'.repeat(990) + '\n').repeat(Math.floor(LINES / 993))],
  ['20,000 imvo-lint comments', () => PLAN + '<!-- imvo-lint-disable goals -->\n<!-- imvo-lint-enable -->\n'.repeat(10_000)],
  ['imvo-lint comments just under the line limit', () => PLAN + '<!-- imvo-lint-disable goals -->\n<!-- imvo-lint-enable -->\n'.repeat(LINES / 2)],
  [`front matter of ${RUN / 1024} KB`, () => '---\ntype: dialoogplan\nlist:\n' + '  - leveranciers\n'.repeat(Math.min(LINES, RUN / 17)) + '---\n# Plan\n'],
  ['front matter with a billion-laughs alias bomb', () => '---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntype: dialoogplan\n---\n# Plan\n'],
  ['NUL and control characters', () => PLAN + '\u0000\u0001\u001b\u007f\u200b\u202e'.repeat(Math.floor(RUN / 6))],
  ['CR line breaks only, one letter per line', () => PLAN + 'a\r'.repeat(LINES)],
  ['emoji and combining marks', () => PLAN + '👩🏽‍🌾e\u0301\u0308 '.repeat(Math.floor(RUN / 12))],
];

/** Lines as an editor counts them (a final line break starts no line): counted here independently of lint.ts. */
function lineCount(text: string): number {
  return text.replace(/(?:\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/).length;
}

/** The issue's own list runs in npm test; the rest only in npm run fuzz (FUZZ_RUNS set), to keep npm test short. */
const IN_NPM_TEST = /^(?:a 5 MB document|just over|prose just under|a 1 MB single line|10,000 nested block quotes$|10,000 list levels|1,000 list levels|50,000 headings|setext|100,000 link definitions|a list of items|a block quote and lazy|a table of|one paragraph of one-letter lines just|a run of [*_[<|]$|\"\[a\]\(\" repeated|front matter with)/;
const CASES = process.env.FUZZ_RUNS ? HOSTILE : HOSTILE.filter(([name]) => IN_NPM_TEST.test(name));

describe('hostile and huge documents', () => {
  const timings: string[] = [];
  for (const [name, make] of CASES) {
    it(`${name}: linted within the bound or answered by the size limit, memory bounded`, () => {
      const text = make();
      gc();
      const heapBefore = process.memoryUsage().heapUsed;
      const t0 = performance.now();
      const result = lint(text, { path: 'plan.md' });
      const ms = performance.now() - t0;
      gc();
      const retained = process.memoryUsage().heapUsed - heapBefore;
      timings.push(`${name}: ${(text.length / MB).toFixed(2)} MB, ${ms.toFixed(0)} ms, retained ${(retained / MB).toFixed(1)} MB`);
      if (verbose) console.log(timings[timings.length - 1]);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(resultProblems(text, result)).toEqual([]);
      const overSize = text.length > DEFAULT_MAX_SIZE;
      const overLines = lineCount(text) > DEFAULT_MAX_LINES;
      if (overSize || overLines) {
        expect(result.findings.map((f) => f.ruleId)).toEqual(['document-too-large']);
        expect(result.findings[0].message).toMatch(overSize ? /larger than 1 MB/ : /more than 10,000 lines/);
      } else {
        // Under both limits it is linted: the front matter makes it a dialogue plan.
        expect(result.findings.some((f) => f.ruleId === 'document-too-large')).toBe(false);
        if (text.startsWith(PLAN)) expect(result.documentType).toBe('dialogue-plan');
      }
      // The result holds the findings, not the document or its parse.
      expect(retained).toBeLessThan(64 * MB);
    });
  }

  it('linting the same huge document again and again does not grow the heap', () => {
    const text = PLAN + (PROSE + '\n\n').repeat(2000) + '[a] '.repeat(5000);
    lint(text, { path: 'plan.md' });
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 5; i++) lint(text + ' '.repeat(i), { path: 'plan.md' });
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * MB);
  });
});

// ---- every pattern against adversarial strings -----------------------------

/** Length of the adversarial strings: 50,000 characters in npm run fuzz, 10,000 in npm test. */
const N = process.env.FUZZ_RUNS ? 50_000 : 10_000;
/** Each of the catalogue's thousands of phrases on its own: shorter strings (longer in npm run fuzz). */
const N_SINGLE = process.env.FUZZ_RUNS ? 20_000 : 2_000;
const SINGLE_KINDS = new Set(['word characters', 'the phrase word repeated', 'a phrase prefix repeated', 'negated phrases with clause breaks', 'negated phrases without clause breaks']);
/** Strings built to make a backtracking pattern try hard: long runs of word and separator characters, apostrophes, gaps. */
function adversarial(words: string[], n = N): Array<[string, string]> {
  const N = n;
  const w = words.find((x) => x.length > 2) ?? 'dialoog';
  return [
    ['word characters', 'a'.repeat(N)],
    ['one long word then !', 'a'.repeat(N) + '!'],
    ['words', 'ab '.repeat(N / 3)],
    ['separators', ' -.,;:/'.repeat(N / 7)],
    ['apostrophes', "a'".repeat(N / 2)],
    ['dots', '...'.repeat(N / 3)],
    ['ellipses and words', 'ab … '.repeat(N / 5)],
    ['hyphens', 'a-'.repeat(N / 2)],
    ['the phrase word glued', w.repeat(N / w.length)],
    ['the phrase word repeated', (w + ' ').repeat(N / (w.length + 1))],
    ['the phrase word with hyphens', (w + '-').repeat(N / (w.length + 1))],
    ['a phrase prefix repeated', words.slice(0, -1).join(' ').concat(' ').repeat(Math.ceil(N / (words.join(' ').length + 1)))],
    ['negated phrases with clause breaks', `geen ${words.join(' ')}, `.repeat(Math.ceil(N / (words.join(' ').length + 7)))],
    ['negated phrases without clause breaks', `niet ${words.join(' ')} `.repeat(Math.ceil(N / (words.join(' ').length + 6)))],
  ];
}

interface Pattern {
  name: string;
  phrase: string;
  run: (s: string) => unknown;
  /** One phrase of thousands: tested with shorter strings. */
  single?: boolean;
}

function patterns(): Pattern[] {
  const out: Pattern[] = [];
  const catalogue = catalogueFor();
  for (const e of catalogue.elements) {
    const def = ELEMENTS.find((x) => x.id === e.def.id)!;
    const sample = [...def.signals.nl, ...def.signals.en, ...def.cues.nl, ...def.cues.en, ...def.headings.nl, ...def.headings.en][0] ?? def.title.nl;
    const matchers: Array<[string, Matcher | null]> = [['signals', e.signals], ['cues', e.cues], ['exclude', e.exclude], ...e.aspects.map((a): [string, Matcher | null] => [`aspect ${a.def.id}`, a.signals])];
    for (const [kind, m] of matchers) if (m) out.push({ name: `${e.def.id} ${kind}`, phrase: sample, run: (s) => m.affirms(s) || m.matches(s) });
    if (e.headings) {
      const headings = e.headings;
      out.push({ name: `${e.def.id} headings`, phrase: sample, run: (s) => headings.matches(s) });
    }
    // Every single phrase on its own too: a slow one could hide in an alternation that fails fast.
    for (const p of [...def.signals.nl, ...def.signals.en, ...def.cues.nl, ...def.cues.en, ...def.exclude.nl, ...def.exclude.en]) {
      const m = Matcher.compile([p]);
      if (m) out.push({ name: `${e.def.id} phrase "${p}"`, phrase: p, run: (s) => m.affirms(s), single: true });
    }
  }
  for (const g of STAKEHOLDER_GROUPS) {
    const re = compilePhrases([...g.terms.nl, ...g.terms.en]);
    if (re) out.push({ name: `group ${g.id}`, phrase: g.terms.nl[0] ?? g.id, run: (s) => s.match(re) });
  }
  for (const g of GLOSSARY) {
    const re = compilePhrases([...g.terms.nl, ...g.terms.en]);
    if (re) out.push({ name: `glossary ${g.id}`, phrase: g.terms.nl[0] ?? g.id, run: (s) => s.match(re) });
  }
  for (const d of DOCUMENT_TYPE_DEFINITIONS) {
    for (const [kind, list] of [['values', [...d.values.nl, ...d.values.en]], ['titles', [...d.specificTitles.nl, ...d.specificTitles.en, ...d.generalTitles.nl, ...d.generalTitles.en]], ['file names', d.fileNames], ['body words', [...d.bodyWords.nl, ...d.bodyWords.en]]] as const) {
      const re = compilePhrases(list);
      if (re) out.push({ name: `document type ${d.id} ${kind}`, phrase: list[0], run: (s) => s.match(re) });
    }
  }
  const domain = compilePhrases([...DOMAIN_TERMS.nl, ...DOMAIN_TERMS.en]);
  if (domain) out.push({ name: 'domain terms', phrase: DOMAIN_TERMS.nl[0], run: (s) => s.match(domain) });
  out.push({ name: 'sentences()', phrase: 'Wij doen dit. Zij niet!', run: (s) => sentences(s) });
  out.push({ name: 'isNegated() at every match', phrase: 'geen dialoog', run: (s) => { for (let i = 0; i < s.length; i += 97) isNegated(s, i, Math.min(s.length, i + 5)); } });
  out.push({ name: 'placeholder patterns', phrase: 'n.t.b. [invullen] TODO ...', run: (s) => [isPlaceholderBlock(s), isOnlyPlaceholder(s)] });
  out.push({ name: 'normalize()', phrase: 'Café ‘x’ – y', run: (s) => normalize(s) });
  return out;
}

describe('every pattern answers adversarial strings in bounded time', () => {
  it('catalogue phrases (elements, aspects, groups, glossary, document types), negation, sentences, placeholders', () => {
    const slow: string[] = [];
    let worst = { ms: 0, what: '' };
    const all = patterns();
    expect(all.length).toBeGreaterThan(100);
    const t0 = performance.now();
    for (const p of all) {
      const words = normalize(instantiate(p.phrase)).split(/\s+/).filter(Boolean);
      const strings = p.single ? adversarial(words, N_SINGLE).filter(([kind]) => SINGLE_KINDS.has(kind)) : adversarial(words);
      for (const [kind, s] of strings) {
        const start = performance.now();
        p.run(normalize(s));
        const ms = performance.now() - start;
        if (ms > worst.ms) worst = { ms, what: `${p.name} on ${kind}` };
        // A linear matcher takes a few milliseconds on these; catastrophic backtracking takes minutes.
        if (ms > (p.single ? 250 : 1000)) slow.push(`${p.name} on ${kind}: ${ms.toFixed(0)} ms`);
      }
    }
    if (verbose) console.log(`${all.length} patterns (${all.filter((p) => p.single).length} single phrases on ${N_SINGLE}-character strings) x ${adversarial(['x']).length} strings of ${N} characters in ${(performance.now() - t0).toFixed(0)} ms; slowest ${worst.what}: ${worst.ms.toFixed(1)} ms`);
    expect(slow).toEqual([]);
  });
});
