import { describe, expect, it } from 'vitest';
import { compilePhrases, PhraseError, phraseSource } from '../src/match/phrases.js';
import { normalize } from '../src/match/normalize.js';

const matches = (phrase: string, text: string) => compilePhrases([phrase])!.test(normalize(text));

describe('phrases', () => {
  it('matches whole words, ignoring case, diacritics and curly quotes', () => {
    expect(matches('ngo\'s', 'Met NGO’s in gesprek')).toBe(true);
    expect(matches('cafe', 'het Café')).toBe(true);
    expect(matches('tolk', 'tolken')).toBe(false);
    expect(matches('tolk*', 'Wij regelen tolken.')).toBe(true);
    expect(matches('*overleg', 'het stakeholderoverleg')).toBe(true);
  });

  it('supports alternatives and bounded gaps', () => {
    expect(matches('koppel* ... terug', 'we koppelen de resultaten aan iedereen terug')).toBe(true);
    expect(matches('koppel* ... terug', 'we koppelen de resultaten aan alle deelnemers van gisteren terug')).toBe(false);
    expect(matches('report|reporting back', 'Reporting back to participants')).toBe(true);
  });

  it('treats hyphens and dots inside a word as any separator', () => {
    expect(matches('due-diligence', 'the due diligence process')).toBe(true);
    expect(matches('n.t.b.', 'n.t.b.')).toBe(true);
  });

  it('rejects malformed phrases instead of compiling them', () => {
    expect(() => phraseSource('')).toThrow(PhraseError);
    expect(() => phraseSource('a*b')).toThrow(PhraseError);
    expect(() => phraseSource('x '.repeat(20))).toThrow(PhraseError);
  });

  it('does not backtrack catastrophically on hostile text', () => {
    const re = compilePhrases(['a* ... b* ... c*', '*a ... *a ... *a'])!;
    for (const hostile of ['a '.repeat(20000), 'a'.repeat(100000) + '!', ('a, ').repeat(20000) + 'x']) {
      const t = performance.now();
      re.lastIndex = 0;
      re.test(hostile);
      expect(performance.now() - t).toBeLessThan(1000);
    }
  });
});

describe('word lists and conjunctions', () => {
  it('expands @lists and matches & parts anywhere in the sentence, each affirmed', async () => {
    const { Matcher } = await import('../src/match/phrases.js');
    const m = Matcher.compile(['informeren ... @stakeholders', 'risicoanalyse* & @stakeholders'])!;
    expect(m.affirms(normalize('Wij informeren de leveranciers per kwartaal.'))).toBe(true);
    expect(m.affirms(normalize('De ngo’s toetsen elk jaar onze risicoanalyse.'))).toBe(true);
    expect(m.affirms(normalize('Onze risicoanalyse is af.'))).toBe(false);
    expect(m.affirms(normalize('Wij bespreken de risicoanalyse niet met ngo’s.'))).toBe(false);
    expect(m.matches(normalize('Wij bespreken de risicoanalyse niet met ngo’s.'))).toBe(true);
    expect(() => Matcher.compile(['@nosuchlist'])).toThrow(/no word list/);
  });

  it('states a phrase unless a contrast sets it aside (how exclusions are read)', async () => {
    const { Matcher } = await import('../src/match/phrases.js');
    const m = Matcher.compile(['terminat* ... relationship', 'beeindig* & relatie'])!;
    const cases: Array<[string, boolean]> = [
      ['If nothing improves, we terminate the relationship.', true],
      ['We use our leverage rather than terminate the relationship.', false],
      ['Wij zetten onze invloed in, in plaats van de relatie te beëindigen.', false],
      ['Zonder verbetering beëindigen wij de relatie.', true],
    ];
    for (const [sentence, stated] of cases) {
      expect(m.stated(normalize(sentence)), sentence).toBe(stated);
      expect(m.matches(normalize(sentence)), sentence).toBe(true);
    }
  });
});

describe('the phrase index finds what the regular expressions find', () => {
  it('agrees with plain matching on word splits, short words and stems', async () => {
    const { Matcher } = await import('../src/match/phrases.js');
    const cases: Array<[string, string, boolean]> = [
      ['co-op*', 'the coop members', true],
      ['co-op*', 'the co-operatives', true],
      ['n.t.b.', 'datum: n.t.b.', true],
      ['m&a', 'our m&a team', true],
      ['u ... uitnodigen', 'wij willen u graag uitnodigen', true],
      ['we* ... report', 'weekly we report', true],
      ['tolk*', 'een tolk', true],
      ['tolk*', 'tolkvoorziening', true],
      ['ngo*', "de ngo's", true],
      ['due-diligence*', 'duediligenceproces', true],
      ['*overleg', 'het stakeholderoverleg', true],
      ['tolk*', 'atolk', false],
    ];
    for (const [phrase, text, expected] of cases) expect(Matcher.compile([phrase])!.matches(normalize(text)), `${phrase} ~ ${text}`).toBe(expected);
  });
});

describe('the index prefilter never changes an answer', () => {
  // The Matcher tries a phrase only when the sentence holds a key of every
  // word of it; this must be a pure speed-up. Reference: each phrase (each
  // `&` part) as a plain regular expression.
  it('agrees with plain regular expressions for every catalogue phrase list on generated sentences', async () => {
    const fc = (await import('fast-check')).default;
    const { Matcher } = await import('../src/match/phrases.js');
    const { catalogueFor } = await import('../src/catalogue/index.js');
    const { both } = await import('../src/catalogue/compile.js');
    const { VOCABULARY } = await import('../src/catalogue/vocabulary.js');
    const lists: string[][] = [];
    for (const e of catalogueFor([]).elements) {
      for (const l of [e.def.signals, e.def.cues, e.def.exclude, ...(e.def.aspects ?? []).map((a) => a.signals)]) if (l) lists.push(both(l));
    }
    const pool = new Set<string>(['de', 'we', 'the', 'in', 'niet', 'not', 'xyz']);
    for (const phrase of lists.flat()) {
      for (const token of normalize(phrase).split(/\s+/)) {
        for (const alt of token.split('|')) {
          const words = alt.startsWith('@') ? (VOCABULARY[alt.slice(1)] ?? []).map(normalize) : [alt];
          for (const w of words) if (w && w !== '&' && w !== '...') pool.add(w.replace(/^\*|\*$/g, ''));
        }
      }
    }
    const words = [...pool];
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => a + b), // compounds
      fc.constantFrom(...words).map((w) => w.replace(/[-.]/g, ' ')), // parts written apart
      fc.constantFrom(...words).map((w) => w.replace(/[-.]/g, '')), // or together
    );
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', ', ', ' - ', ' ... '))
      .map(([ws, sep]) => ws.join(sep));
    const compiled = lists.map((l) => ({ matcher: Matcher.compile(l)!, parts: l.map((p) => p.split(/\s+&\s+/).map((part) => compilePhrases([part])!)) }));
    fc.assert(
      fc.property(sentence, fc.nat(compiled.length - 1), (s, i) => {
        const { matcher, parts } = compiled[i];
        const expected = parts.some((ps) => ps.every((re) => ((re.lastIndex = 0), re.test(s))));
        return matcher.matches(s) === expected;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sentenceKeys', () => {
  it('gives the keys of the first three, four and five characters of every word, as splitting at separators would', async () => {
    const fc = (await import('fast-check')).default;
    const { sentenceKeys, wordKey } = await import('../src/match/phrases.js');
    const separators = /[\s!-&(-/:-@[-^`{-~]+/;
    const reference = (s: string) => new Set(s.split(separators).filter(Boolean)
      .flatMap((w) => [w.slice(0, 3), ...(w.length >= 4 ? [w.slice(0, 4)] : []), ...(w.length >= 5 ? [w.slice(0, 5)] : [])]).map(wordKey));
    const char = fc.constantFrom('a', 'b', 'é', '1', "'", '_', ' ', '\u00a0', '\u2009', '\ufeff', '-', '.', ',', '\n', '\t', 'ß', '😀', '\u0300', '\u200b');
    fc.assert(fc.property(fc.array(char, { maxLength: 40 }).map((a) => a.join('')), (s) => {
      expect([...sentenceKeys(s)].sort()).toEqual([...reference(s)].sort());
    }), { numRuns: 2000 });
  });

  it('gives sorted keys without repeats, also for a sentence longer than the room kept between calls', async () => {
    const { sentenceKeys, hasKey, wordKey } = await import('../src/match/phrases.js');
    const words = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x`);
    const long = words.join(' ');
    expect(long.length).toBeGreaterThan(65_536);
    const keys = sentenceKeys(long);
    for (let i = 1; i < keys.length; i++) expect(keys[i]).toBeGreaterThan(keys[i - 1]);
    for (const w of [words[0], words[12_345], words[29_999]]) expect(hasKey(keys, wordKey(w))).toBe(true);
    expect(hasKey(keys, wordKey('zzzzz'))).toBe(false);
    // A short sentence after it is read in the kept room, unharmed.
    expect([...sentenceKeys('de dialoog')]).toEqual([...new Set(['de', 'dia', 'dial', 'dialo'].map(wordKey))].sort((a, b) => a - b));
  });
});
