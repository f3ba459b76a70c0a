// The phrase matchers spell word characters as explicit ranges instead of
// \p{L}\p{N} (much cheaper to compile: the language server's start-up). This
// checks that, on the normalised text of every fixture and labelled passage,
// every catalogue phrase matches exactly where the \p{L}\p{N} version does.

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENTS, GLOSSARY } from '../../src/index.js';
import { phraseSource } from '../../src/match/phrases.js';
import { normalize } from '../../src/match/normalize.js';
import { ROOT } from './harness.js';

function oldSource(phrase: string): string {
  const probe = phraseSource('a');
  const letter = /^\(\?<!\[(.*)_\]\)a/.exec(probe)![1];
  return phraseSource(phrase)
    .split(`[^${letter}'_]`).join("[^\\p{L}\\p{N}'_]")
    .split(`[${letter}'_]`).join("[\\p{L}\\p{N}'_]")
    .split(`[${letter}_]`).join('[\\p{L}\\p{N}_]');
}

function texts(): string[] {
  const out: string[] = [];
  for (const dir of ['test-fixtures/documents', 'test-fixtures/samples']) {
    for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.md')) out.push(...readFileSync(join(ROOT, dir, f), 'utf8').split(/\n\s*\n/));
  }
  const passages = JSON.parse(readFileSync(join(ROOT, 'test-fixtures/passages.json'), 'utf8')) as unknown;
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(passages);
  // Punctuation and symbols around words.
  out.push('“due diligence” — leefbaar‑loon… €5 • stakeholders’ input ½ ngo’s', 'ÉÉN Ærø straße İstanbul ΔΙΆΛΟΓΟΣ диалог 対話 대화');
  return out.map(normalize);
}

describe('phrase word classes', () => {
  it('match exactly like \\p{L}\\p{N} on all fixture and passage text', () => {
    const corpus = texts().join('\n\n');
    const lists: string[][] = [];
    for (const e of ELEMENTS) {
      for (const list of [e.headings, e.signals, e.cues, e.exclude]) lists.push([...list.nl, ...list.en]);
      for (const a of e.aspects ?? []) lists.push([...a.signals.nl, ...a.signals.en]);
    }
    for (const g of GLOSSARY) lists.push([...g.terms.nl, ...g.terms.en]);
    expect(lists.flat().length).toBeGreaterThan(100);
    let compared = 0;
    for (const list of lists.filter((l) => l.length)) {
      const a = new RegExp(list.map((p) => `(?:${phraseSource(p)})`).join('|'), 'gu');
      const b = new RegExp(list.map((p) => `(?:${oldSource(p)})`).join('|'), 'gu');
      const ma = [...corpus.matchAll(a)].map((m) => `${m.index}:${m[0]}`);
      const mb = [...corpus.matchAll(b)].map((m) => `${m.index}:${m[0]}`);
      expect(ma, list.join(' / ').slice(0, 200)).toEqual(mb);
      compared += ma.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
