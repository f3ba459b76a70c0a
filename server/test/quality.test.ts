// Detection quality on labelled documents written independently of the
// catalogue (test-fixtures/). The aim of the issue is macro-F1 ≥ 0.9 over
// present / not present; these thresholds are what the suite must keep.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELD_OUT, agreement, agreementOf, f1, scoreDocuments, scorePassages } from './helpers/evaluate.js';

describe('detection quality on labelled fixtures', () => {
  const docs = scoreDocuments();

  it('classifies every document type right, and keeps ordinary Markdown silent', () => {
    expect(docs.docs.length).toBeGreaterThan(20);
    expect(docs.docs.filter((d) => !d.typeOk).map((d) => d.file)).toEqual([]);
    expect(docs.docs.filter((d) => !d.silentOk).map((d) => d.file)).toEqual([]);
  });

  it('detects the language of every IMVO document', () => {
    expect(docs.docs.filter((d) => !d.languageOk).map((d) => d.file)).toEqual([]);
  });

  // Labels that expect a group the text does not name: the insurer's policy
  // reaches communities only through the NGOs and unions it consults, and says
  // "landrechten" once in a list of themes. The engine asks for a group to be named.
  // The horticulture policy names its NGO only by its proper name ("Stichting
  // Bloem & Recht"): a "stichting" may as well be the writer itself (hospitals,
  // schools), so the word alone is no NGO; its union switches on the same elements.
  // The oil palm plan names its union only by acronym ("SPSI estate branch");
  // "branch" alone is no union, and its NGOs switch on the same elements. The
  // Stroom Fashion plan is written by the NGO itself ("Workers' Voice
  // Collective", "we"): the writer is the group and never calls itself an NGO;
  // the union it names switches on the same elements.
  const GROUPS_NOT_NAMED = [
    'test-fixtures/retired-holdout-2/nl-verzekeraar-beleid-verantwoord-beleggen.md: communities',
    'test-fixtures/documents-18/nl-zo-werken-wij-ketenpartners-tuinbouw-beleid.md: ngos',
    'test-fixtures/documents-22/en-plantation-indigenous-community-engagement-plan.md: trade-unions',
    'test-fixtures/documents-23/en-ngo-partnership-engagement-plan-stroom-fashion.md: ngos',
  ];

  it('finds the stakeholder groups the documents name', () => {
    const missed = docs.docs.filter((d) => d.groupsMissing.length).map((d) => `${d.file}: ${d.groupsMissing}`);
    expect(missed.filter((m) => !GROUPS_NOT_NAMED.includes(m))).toEqual([]);
  });

  it('judges elements present / not present with macro-F1 ≥ 0.9', () => {
    expect(f1(docs.confusion).macro).toBeGreaterThanOrEqual(0.9);
  });

  // The held-out set was never tuned on (test-fixtures/README.md): 16
  // documents by an author who saw neither the vocabulary nor other fixtures.
  // Measured 0.866 with the engine of the start of session 4, 0.894 (tp 101,
  // fp 8, fn 7, tn 45; document type 16 of 16) at its end, and 0.901 (tp 102,
  // fp 8, fn 6) after the session-8 rounds chosen on real organisation texts,
  // 0.907 (tp 103, fp 8, fn 5) after the general frames of session 9:
  // always after rounds chosen on other sets. 0.9 is barely reached there, so
  // this guards against regressions only. Nobody may tune on it: a change that lowers these
  // figures is judged on the development set and the next blind set.
  it('keeps its score on held-out documents nobody tuned on (macro-F1 ≥ 0.86)', () => {
    const held = scoreDocuments(HELD_OUT);
    expect(held.docs.length).toBeGreaterThanOrEqual(16);
    expect(held.docs.filter((d) => !d.silentOk).map((d) => d.file)).toEqual([]);
    expect(held.docs.filter((d) => d.typeOk).length).toBeGreaterThanOrEqual(15);
    expect(f1(held.confusion).macro).toBeGreaterThanOrEqual(0.86);
  });

  // Third-party texts may not be committed, and blind labels are written apart
  // from them: `npm run quality -- --sets TEXTS --labels LABELS`.
  it('reads labels kept apart from the texts, and scores texts without a label not at all', () => {
    const set = 'test-fixtures/holdout';
    const labels = mkdtempSync(join(tmpdir(), 'imvo-labels-'));
    try {
      const names = readdirSync(set).filter((f) => f.endsWith('.expect.json')).sort();
      for (const n of names.slice(0, 5)) copyFileSync(join(set, n), join(labels, n));
      const apart = scoreDocuments([set], labels);
      const beside = scoreDocuments([set]);
      expect(apart.docs.map((d) => d.file)).toEqual(beside.docs.slice(0, 5).map((d) => d.file));
      expect(apart.docs.map((d) => d.confusion)).toEqual(beside.docs.slice(0, 5).map((d) => d.confusion));
    } finally {
      rmSync(labels, { recursive: true, force: true });
    }
  });

  // Two annotators' labels kept apart (`--labels FIRST,SECOND`): the figures
  // of a second annotator's folder, and the engine scored where both agree.
  it('scores two sets of labels kept apart, and the engine where both annotators agree', () => {
    const set = 'test-fixtures/holdout';
    const first = mkdtempSync(join(tmpdir(), 'imvo-first-'));
    const second = mkdtempSync(join(tmpdir(), 'imvo-second-'));
    try {
      const names = readdirSync(set).filter((f) => f.endsWith('.expect.json')).sort();
      for (const n of names) copyFileSync(join(set, n), join(first, n));
      const same = agreementOf(set, first, 'test-fixtures/second-annotator/holdout');
      expect(same.documents).toBeGreaterThanOrEqual(13);
      expect(same).toEqual(agreement('holdout'));

      // A second annotator who differs on one judgement of one document.
      for (const n of names) copyFileSync(join(set, n), join(second, n));
      const label = JSON.parse(readFileSync(join(second, names[0]), 'utf8')) as { elements: Record<string, string> };
      const [id, status] = Object.entries(label.elements)[0];
      label.elements[id] = status === 'present' ? 'missing' : 'present';
      writeFileSync(join(second, names[0]), JSON.stringify(label));
      const one = agreementOf(set, first, second);
      const sum = (c: typeof one.annotators) => c.tp + c.fp + c.fn + c.tn;
      expect(one.annotators.fp + one.annotators.fn).toBe(1);
      expect(one.exact).toBe(one.shared - 1);
      expect(sum(one.engineAgreed)).toBe(one.shared - 1);
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  });

  it('judges labelled passages, look-alikes included, with macro-F1 ≥ 0.9', () => {
    const p = scorePassages();
    expect(p.passages.length).toBeGreaterThan(100);
    expect(f1(p.confusion).macro).toBeGreaterThanOrEqual(0.9);
  });
});

describe('npm run quality -- --sets with {} in --labels', () => {
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/quality.ts', ...args], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  const pooledLine = (out: string) => out.split('\n').find((l) => l.startsWith('pooled:'));

  it('reads each set\'s labels from the folder the pattern names, and pools two annotators over the sets', () => {
    const sets = 'test-fixtures/documents-21,test-fixtures/documents-22';
    const plain = run('--sets', sets);
    // {} is each set's own folder: the same labels as without --labels.
    const pattern = run('--sets', sets, '--labels', '{},{}');
    expect(pooledLine(pattern)).toBeDefined();
    expect(pooledLine(pattern)).toBe(pooledLine(plain));
    // Per set, then pooled: the pooled agreement counts both sets' documents.
    const twice = [...pattern.matchAll(/ (\d+) documents labelled twice/g)].map((m) => Number(m[1]));
    expect(twice).toHaveLength(3);
    expect(twice[0]).toBeGreaterThan(0);
    expect(twice[2]).toBe(twice[0] + twice[1]);
    expect(pattern.split('second annotator vs first:').pop()).toMatch(/^ +macro-F1 100\.0%/);
  }, 60_000);
});
