// The Matcher's index (which word a phrase is looked up by, and the keys of
// each word) is built from the phrases on the first lint, so phrases.ts builds
// it without making the prefix strings. The index must be exactly the one of
// the plain, string-based definition below (the code it replaced), for every
// phrase of the catalogue and the awkward cases.

import { describe, expect, it } from 'vitest';
import { ELEMENTS, STAKEHOLDER_GROUPS } from '../src/catalogue/index.js';
import { both } from '../src/catalogue/compile.js';
import { VOCABULARY } from '../src/catalogue/vocabulary.js';
import { KEY_FREQUENCY, Matcher, wordKey } from '../src/match/phrases.js';
import { normalize } from '../src/match/normalize.js';

// ---- The reference: the key prefixes as strings.
const SEPARATORS = /[\s!-&(-/:-@[-^`{-~]+/;

function alternativeKeys(alt: string): string[] | null {
  let words = [alt];
  if (alt.startsWith('@')) {
    if (!Object.hasOwn(VOCABULARY, alt.slice(1))) throw new Error(`no word list ${alt}`);
    words = VOCABULARY[alt.slice(1)].map((w) => normalize(w));
  }
  const keys = new Set<string>();
  for (const w of words) {
    if (w.startsWith('*')) return null;
    const star = w.endsWith('*');
    const parts = w.replace(/\*$/, '').split(SEPARATORS).filter(Boolean);
    if (!parts.length) return null;
    if (star && parts.join('').length < 3) return null;
    for (let i = 1; i <= parts.length; i++) keys.add(parts.slice(0, i).join('').slice(0, 5));
  }
  return [...keys];
}

function tokenKeys(token: string): string[] | null {
  const keys = new Set<string>();
  for (const alt of token.split('|')) {
    if (!alt) continue;
    const altKeys = alternativeKeys(alt);
    if (!altKeys) return null;
    for (const k of altKeys) keys.add(k);
  }
  return [...keys];
}

function referenceUnit(phrase: string): { keys: number[] | null; words: number[][] } {
  const tokens = normalize(phrase).trim().split(/\s+/).filter((t) => t !== '...' && t !== '…');
  const words: Array<{ keys: number[]; cost: number }> = [];
  for (const t of tokens) {
    const prefixes = tokenKeys(t);
    if (!prefixes) continue;
    let cost = 0;
    for (const k of prefixes) {
      const k3 = k.slice(0, 3);
      cost += (Object.hasOwn(KEY_FREQUENCY, k3) ? KEY_FREQUENCY[k3] : 1) / (k.length >= 5 ? 4 : k.length === 4 ? 2 : 1);
    }
    words.push({ keys: [...new Set(prefixes.map(wordKey))], cost });
  }
  words.sort((a, b) => a.cost - b.cost);
  return { keys: words[0]?.keys ?? null, words: words.slice(1).map((w) => w.keys) };
}

// ---- The Matcher's units (private: read for this comparison only).
type Unit = { phrase: string; keys: number[] | null; words: number[][] };
function unitsOf(phrases: readonly string[]): Unit[] {
  return (Matcher.compile(phrases) as unknown as { units: Unit[] }).units;
}

function expectSameIndex(phrases: readonly string[], label: string): void {
  const parts = phrases.flatMap((p) => p.split(/\s+&\s+/));
  const units = unitsOf(phrases);
  expect(units.map((u) => u.phrase), label).toEqual(parts);
  units.forEach((u, i) => expect({ keys: u.keys, words: u.words }, `${label}: ${u.phrase}`).toEqual(referenceUnit(parts[i])));
}

describe('the phrase index', () => {
  it('is that of the string-based definition for every catalogue phrase', () => {
    let n = 0;
    for (const e of ELEMENTS) {
      for (const field of ['headings', 'signals', 'cues', 'exclude', 'denials', 'secondHand'] as const) {
        const list = e[field];
        if (!list) continue;
        expectSameIndex(both(list), `${e.id}.${field}`);
        n += both(list).length;
      }
      for (const a of e.aspects ?? []) expectSameIndex(both(a.signals), `${e.id}.${a.id}`), (n += both(a.signals).length);
    }
    for (const g of STAKEHOLDER_GROUPS) expectSameIndex(both(g.terms), g.id);
    expect(n).toBeGreaterThan(3000);
  });

  it('is that of the string-based definition for every word list and awkward word', () => {
    for (const name of Object.keys(VOCABULARY)) {
      expectSameIndex([`@${name}`, `@${name}|extra`, `voor|@${name} ... iets`], name);
      expectSameIndex(VOCABULARY[name].filter((w) => !w.startsWith('*')), name);
    }
    expectSameIndex(
      [
        'n.t.b.', 'n.t.b', 'co-op*', 'co-op', 'due-diligence proces*', 'due diligence', 'ab*', 'abc*', 'a.b*', 'a.bc*', 'a*b', 'abc**', 'x|*y', 'x|y*',
        "ngo's", 'coöperatie*', 'Überprüfung', 'één', '...', 'a ... b', '|', 'a||b', 'a|', 'zeer-lange-woorden-met-veel-delen', '12-uurs', 'rights-holder*',
        'de het een van', 'the and of', 'voo|voor|voordat', 'dee|deel|delen deelnemer*', 'x & y', 'stakeholder* & overleg ... terug',
        'ßtraße', 'ĳs', 'a\u00a0b', 'straat-_name', "l'eau", 'x-', '-x', '.', 'a-.b',
      ],
      'awkward',
    );
  });

  it('tells a word list it does not know', () => {
    expect(() => Matcher.compile(['@nosuchlist'])).toThrow(/no word list/);
    expect(() => Matcher.compile(['x|@'])).toThrow(/no word list/);
  });
});
