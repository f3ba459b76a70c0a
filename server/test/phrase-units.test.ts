// Phrase units saved by one process and used by the next (match/phrase-units.ts,
// for the language server's launcher, lsp/code-cache.ts): a file holds exactly
// the units this process would make, a file changed anywhere is not used, and
// a process handed a file uses it, says so, and asks to save only what it added.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { ELEMENTS } from '../src/catalogue/index.js';
import { both } from '../src/catalogue/compile.js';
import { normalize } from '../src/match/normalize.js';

type Phrases = typeof import('../src/match/phrases.js');
type Unit = { phrase: string; keys: number[] | null; words: number[][] };

/** Every phrase list of the catalogue. */
const LISTS: string[][] = ELEMENTS.flatMap((e) => [
  ...(['headings', 'signals', 'cues', 'exclude', 'denials', 'secondHand'] as const).flatMap((f) => (e[f] ? [both(e[f]!)] : [])),
  ...(e.aspects ?? []).map((a) => both(a.signals)),
]);
const SENTENCES = [
  'wij voeren elk kwartaal een dialoog met onze leveranciers en koppelen de resultaten terug',
  'we pay a living wage and discuss prices openly with our suppliers',
  'de deelnemers krijgen een vergoeding voor reistijd en een tolk',
  'our purchasing practices may add to the risks in the supply chain',
].map(normalize);

/** A fresh copy of phrases.ts, loaded with a host's store set (or none). */
async function load(store?: object): Promise<Phrases> {
  vi.resetModules();
  const g = globalThis as Record<symbol, unknown>;
  const key = Symbol.for('imvo-lint.phraseUnits');
  if (store) g[key] = store;
  else delete g[key];
  try {
    return await import('../src/match/phrases.js');
  } finally {
    delete g[key];
  }
}

const unitsOf = (m: unknown): Unit[] => (m as { units: Unit[] }).units;
const plain = (u: Unit) => ({ phrase: u.phrase, keys: u.keys, words: u.words });

afterEach(() => vi.resetModules());

describe('saved phrase units', () => {
  it('are the units made from the phrases, for the whole catalogue and odd phrases', async () => {
    const p = await load();
    const odd = ['a', 'x & y', '@stakeholders', 'n.t.b.', "ngo's", 'coöperatie*', 'ĳs', 'a\ud800b', '...', '|', 'één ... twee'];
    const made = [...LISTS, odd].map((l) => unitsOf(p.Matcher.compile(l)).map(plain));
    const data = p.encodeUnits();
    const format = (d: Uint8Array) => new DataView(d.buffer, d.byteOffset).getInt32(4, true);
    expect(format(data)).toBe(1); // 'ĳs': two bytes a character
    const units = p.decodeUnits(data)!;
    expect(units).not.toBeNull();
    const byPhrase = new Map(units.map((u) => [u.phrase, plain(u)]));
    expect(byPhrase.size).toBe(units.length);
    for (const list of made) for (const u of list) expect(byPhrase.get(u.phrase), u.phrase).toEqual(u);
    // Also from a Buffer that does not start on a whole integer.
    const shifted = Buffer.alloc(data.length + 1);
    shifted.set(data, 1);
    expect(p.decodeUnits(shifted.subarray(1))?.map(plain)).toEqual(units.map(plain));
  });

  it('are not used when the file is changed anywhere, cut short or longer', async () => {
    const p = await load();
    for (const l of LISTS.slice(0, 6)) p.Matcher.compile(l);
    const data = p.encodeUnits();
    expect(new DataView(data.buffer, data.byteOffset).getInt32(4, true)).toBe(0x101); // one byte a character
    expect(p.decodeUnits(data)?.map((u) => u.phrase)).toEqual(LISTS.slice(0, 6).flat().flatMap((x) => x.split(/\s+&\s+/)).filter((x, i, a) => a.indexOf(x) === i));
    for (let i = 0; i < data.length; i += i < 64 ? 1 : 97) {
      const bad = data.slice();
      bad[i] ^= 1 << i % 8;
      expect(p.decodeUnits(bad), `byte ${i}`).toBeNull();
    }
    expect(p.decodeUnits(data.subarray(0, data.length - 4))).toBeNull();
    expect(p.decodeUnits(new Uint8Array([...data, 0, 0, 0, 0]))).toBeNull();
    expect(p.decodeUnits(new Uint8Array(0))).toBeNull();
    expect(p.decodeUnits(new Uint8Array(64).fill(7))).toBeNull();
  });

  it('handed over by a host, are used, answer the same, and only new units are saved', async () => {
    const first = await load();
    const lists = LISTS.slice(0, 20);
    const answers = (p: Phrases, ls: string[][]) => ls.map((l) => SENTENCES.map((s) => p.Matcher.compile(l)?.affirms(s) ?? null));
    for (const l of lists) first.Matcher.compile(l);
    const data = first.encodeUnits();
    const expected = answers(first, LISTS);

    // All units in the file: used, and nothing to save.
    const store: { data?: Uint8Array; state?: string; grown?: boolean; collect?: () => Uint8Array | null } = { data };
    const second = await load(store);
    expect(store.collect!()).toBeNull(); // not read before a lint
    expect(answers(second, lists)).toEqual(expected.slice(0, 20));
    expect(store).toMatchObject({ state: 'accepted', data: undefined });
    expect(store.grown).toBeFalsy();
    expect(store.collect!()).toBeNull();
    // Phrases the file lacks are made as usual; then the file is worth saving again, with all of them.
    expect(answers(second, LISTS)).toEqual(expected);
    expect(store.grown).toBe(true);
    const again = second.decodeUnits(store.collect!()!)!;
    expect(new Set(again.map((u) => u.phrase))).toEqual(new Set(LISTS.flatMap((l) => l.flatMap((p) => p.split(/\s+&\s+/)))));

    // A damaged file: not used, the units made as usual, and a good file to save.
    const bad = data.slice();
    bad[bad.length - 3] ^= 4;
    const damaged: typeof store = { data: bad };
    const third = await load(damaged);
    expect(answers(third, lists)).toEqual(expected.slice(0, 20));
    expect(damaged.state).toBe('rejected');
    expect(third.decodeUnits(damaged.collect!()!)).not.toBeNull();

    // No file yet: everything made is saved.
    const none: typeof store = {};
    const fourth = await load(none);
    expect(none.collect!()).toBeNull(); // nothing made yet
    expect(answers(fourth, lists)).toEqual(expected.slice(0, 20));
    expect(fourth.decodeUnits(none.collect!()!)!.length).toBeGreaterThan(1000);
  });
});
