// Scores the engine against the labelled fixtures: documents with expected
// statuses beside them (test-fixtures/**/NAME.expect.json) and labelled
// passages (test-fixtures/passages.json). Used by quality.test.ts and by
// `npm run quality`, which prints the table.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/lint.js';
import type { DocumentType, Language } from '../../src/core/types.js';

export interface Expectation {
  documentType: DocumentType | null;
  language: Language;
  stakeholderGroups: string[];
  elements: Record<string, string>;
}

export interface DocumentScore {
  file: string;
  typeOk: boolean;
  languageOk: boolean;
  groupsMissing: string[];
  wrong: Array<{ id: string; expected: string; actual: string }>;
  silentOk: boolean;
  /** This document's element judgements, present / not present. */
  confusion: Confusion;
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function f1(c: Confusion): { present: number; absent: number; macro: number } {
  const f = (tp: number, fp: number, fn: number) => (tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn));
  const present = f(c.tp, c.fp, c.fn);
  const absent = f(c.tn, c.fn, c.fp);
  return { present, absent, macro: (present + absent) / 2 };
}

/** The development set (used while writing the catalogue) and the held-out set (never tuned on). */
export const DEVELOPMENT = ['test-fixtures/documents', 'test-fixtures/documents-2', 'test-fixtures/documents-3', 'test-fixtures/documents-4', 'test-fixtures/documents-5', 'test-fixtures/retired-holdout', 'test-fixtures/documents-7', 'test-fixtures/documents-8', 'test-fixtures/documents-9', 'test-fixtures/documents-10', 'test-fixtures/documents-11', 'test-fixtures/documents-12', 'test-fixtures/retired-holdout-2', 'test-fixtures/documents-15', 'test-fixtures/documents-16', 'test-fixtures/documents-17', 'test-fixtures/documents-18', 'test-fixtures/documents-19', 'test-fixtures/documents-20', 'test-fixtures/documents-21', 'test-fixtures/documents-22', 'test-fixtures/documents-23', 'test-fixtures/samples'];
export const HELD_OUT = ['test-fixtures/holdout'];

/**
 * Labelled documents: each NAME.md with NAME.expect.json beside it, or in
 * `labels` when given: texts that may not be committed (someone else's
 * published text) and labels written blind by others are kept apart.
 */
export function fixtureDocuments(dirs: readonly string[] = DEVELOPMENT, labels?: string): Array<{ file: string; text: string; expect: Expectation }> {
  const out = [];
  for (const dir of dirs.filter(existsSync)) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      const e = join(labels ?? dir, f.replace(/\.md$/, '.expect.json'));
      if (!existsSync(e)) continue;
      out.push({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8'), expect: JSON.parse(readFileSync(e, 'utf8')) as Expectation });
    }
  }
  return out;
}

export function scoreDocuments(dirs?: readonly string[], labels?: string) {
  const confusion: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const perElement = new Map<string, Confusion>();
  const statusConfusion = { right: 0, total: 0 };
  const docs: DocumentScore[] = [];
  for (const { file, text, expect } of fixtureDocuments(dirs, labels)) {
    const r = lint(text, { path: file });
    const score: DocumentScore = {
      file,
      typeOk: r.documentType === expect.documentType,
      languageOk: expect.documentType === null || r.language === expect.language,
      groupsMissing: expect.stakeholderGroups.filter((g) => !r.stakeholderGroups.includes(g)),
      wrong: [],
      silentOk: expect.documentType !== null || r.findings.length === 0,
      confusion: { tp: 0, fp: 0, fn: 0, tn: 0 },
    };
    // Element judgements are scored with the expected type and groups, so that
    // one classification slip does not hide (or fake) thirteen judgements.
    const judged = expect.documentType
      ? lint(text, { path: file, documentType: expect.documentType, stakeholders: expect.stakeholderGroups })
      : r;
    for (const [id, expected] of Object.entries(expect.elements)) {
      const actual = judged.elements.find((e) => e.id === id)?.status ?? 'not-applicable';
      const c = perElement.get(id) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
      const exp = expected === 'present';
      const act = actual === 'present';
      const key = exp ? (act ? 'tp' : 'fn') : act ? 'fp' : 'tn';
      c[key]++;
      confusion[key]++;
      score.confusion[key]++;
      perElement.set(id, c);
      statusConfusion.total++;
      if (expected === actual) statusConfusion.right++;
      else score.wrong.push({ id, expected, actual });
    }
    docs.push(score);
  }
  return { docs, confusion, perElement, statusConfusion };
}

/**
 * A 95% interval for the macro-F1 of `docs` taken together: documents drawn
 * with replacement (a fixed seed, so the figure repeats), percentiles 2.5 and
 * 97.5. Judgements of one document are not independent; documents are.
 */
export function bootstrapInterval(docs: readonly DocumentScore[], rounds = 10_000): [number, number] {
  let seed = 0x2545f491;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const scores: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (let i = 0; i < docs.length; i++) {
      const d = docs[Math.floor(random() * docs.length)].confusion;
      c.tp += d.tp, c.fp += d.fp, c.fn += d.fn, c.tn += d.tn;
    }
    scores.push(f1(c).macro);
  }
  scores.sort((a, b) => a - b);
  return [scores[Math.floor(rounds * 0.025)], scores[Math.floor(rounds * 0.975)]];
}

export interface Passage {
  element: string;
  lang: Language;
  present: boolean;
  heading?: string | null;
  text: string;
  note?: string;
}

/** Judges one passage inside a minimal plan, under its heading (or a neutral one). */
export function judgePassage(p: Passage): boolean {
  const title = p.lang === 'nl' ? '# Dialoogplan' : '# Dialogue plan';
  const heading = p.heading ?? (p.lang === 'nl' ? 'Inleiding' : 'Introduction');
  const text = `${title}\n\n## ${heading}\n\n${p.text}\n`;
  const groups = ['suppliers', 'ngos'];
  const r = lint(text, { documentType: 'dialogue-plan', stakeholders: groups, language: p.lang });
  return r.elements.find((e) => e.id === p.element)?.status === 'present';
}

export function scorePassages(root = 'test-fixtures') {
  const passages = JSON.parse(readFileSync(join(root, 'passages.json'), 'utf8')) as Passage[];
  const confusion: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const wrong: Array<Passage & { actual: boolean }> = [];
  for (const p of passages) {
    const actual = judgePassage(p);
    confusion[p.present ? (actual ? 'tp' : 'fn') : actual ? 'fp' : 'tn']++;
    if (actual !== p.present) wrong.push({ ...p, actual });
  }
  return { passages, confusion, wrong };
}

/**
 * How far a second annotator, who labelled the same documents without seeing
 * the first labels (test-fixtures/second-annotator/<set>/), agrees with them;
 * and the engine against each, and on the judgements both annotators agree
 * on (their stakeholder groups, and so the elements that apply, can differ).
 * The agreement of two careful readers is the ceiling any detector can be held to.
 */
export function agreement(set: string, root = 'test-fixtures') {
  return agreementOf(join(root, set), join(root, set), join(root, 'second-annotator', set));
}

/** The same for texts whose two sets of labels are kept apart from them
 * (`npm run quality -- --sets TEXTS --labels FIRST,SECOND`). */
export function agreementOf(texts: string, first: string, second: string) {
  const out = { documents: 0, typeAgree: 0, groupsAgree: 0, exact: 0, shared: 0, annotators: zero(), engineFirst: zero(), engineSecond: zero(), engineAgreed: zero() };
  if (!existsSync(second)) return out;
  const tally = (c: Confusion, truth: boolean, said: boolean) => c[truth ? (said ? 'tp' : 'fn') : said ? 'fp' : 'tn']++;
  for (const f of readdirSync(second).filter((n) => n.endsWith('.expect.json')).sort()) {
    const firstPath = join(first, f);
    const textPath = join(texts, f.replace(/\.expect\.json$/, '.md'));
    if (!existsSync(firstPath) || !existsSync(textPath)) continue;
    const a = JSON.parse(readFileSync(firstPath, 'utf8')) as Expectation;
    const b = JSON.parse(readFileSync(join(second, f), 'utf8')) as Expectation;
    const text = readFileSync(textPath, 'utf8');
    out.documents++;
    if (a.documentType === b.documentType) out.typeAgree++;
    if ([...a.stakeholderGroups].sort().join() === [...b.stakeholderGroups].sort().join()) out.groupsAgree++;
    const judged = (e: Expectation) => (e.documentType ? lint(text, { path: f, documentType: e.documentType, stakeholders: e.stakeholderGroups }) : null);
    const [ra, rb] = [judged(a), judged(b)];
    for (const [id, sa] of Object.entries(a.elements)) {
      const sb = b.elements[id];
      if (sb === undefined) continue;
      out.shared++;
      if (sa === sb) out.exact++;
      const saidA = ra?.elements.find((e) => e.id === id)?.status === 'present';
      tally(out.annotators, sa === 'present', sb === 'present');
      tally(out.engineFirst, sa === 'present', saidA);
      tally(out.engineSecond, sb === 'present', rb?.elements.find((e) => e.id === id)?.status === 'present');
      // Scored with the first annotator's type and groups, like engineFirst.
      if ((sa === 'present') === (sb === 'present')) tally(out.engineAgreed, sa === 'present', saidA);
    }
  }
  return out;
}

function zero(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}
