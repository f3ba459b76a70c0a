// The compiled catalogue builds each matcher on first use (compile.ts): the
// answers must be those of matchers built at once, custom elements must still
// fail at compile time on a bad phrase, and a matcher can be replaced.

import { describe, expect, it } from 'vitest';
import { both, compileCatalogue } from '../src/catalogue/compile.js';
import { ELEMENTS, STAKEHOLDER_GROUPS } from '../src/catalogue/index.js';
import { compilePhrases, Matcher } from '../src/match/phrases.js';
import { normalize } from '../src/match/normalize.js';
import type { ElementDefinition } from '../src/catalogue/types.js';

const SENTENCES = [
  'wij willen met de dialoog risico\'s in de keten leren kennen',
  'we report back to the participants on what we did with their input',
  'de deelnemers krijgen een vergoeding voor reistijd en een tolk',
  'our purchasing practices may add to the risks, and we discuss prices openly',
  'wij betrekken ngo\'s bij het benoemen van risico\'s',
].map(normalize);

describe('the compiled catalogue', () => {
  it('answers as matchers built at once would, for every element, list and aspect', () => {
    const lazy = compileCatalogue(ELEMENTS, STAKEHOLDER_GROUPS);
    for (const e of lazy.elements) {
      for (const key of ['headings', 'signals', 'cues', 'exclude'] as const) {
        const eager = Matcher.compile(both(e.def[key]));
        for (const s of SENTENCES) expect(e[key]?.affirms(s) ?? null, `${e.def.id}.${key}`).toBe(eager?.affirms(s) ?? null);
      }
      expect(e.aspects.map((a) => a.def.id)).toEqual((e.def.aspects ?? []).map((a) => a.id));
      for (const a of e.aspects) {
        const eager = Matcher.compile(both(a.def.signals));
        for (const s of SENTENCES) expect(a.signals?.affirms(s) ?? null).toBe(eager?.affirms(s) ?? null);
      }
    }
    for (const g of lazy.groups) expect(g.terms?.source).toBe(compilePhrases(both(g.def.terms))?.source);
  });

  it('builds a matcher once and keeps one set from outside', () => {
    const c = compileCatalogue(ELEMENTS, STAKEHOLDER_GROUPS);
    const goals = c.byId.get('goals')!;
    expect(goals.headings).toBe(goals.headings);
    const other = Matcher.compile(['iets anders']);
    goals.headings = other;
    expect(goals.headings).toBe(other);
    goals.cues = null;
    expect(goals.cues).toBeNull();
  });

  it('compiles custom elements at once, so a bad phrase fails where it did', () => {
    const bad: ElementDefinition = {
      ...ELEMENTS[0],
      id: 'custom-bad',
      signals: { nl: ['@nosuchlist'], en: [] },
    };
    expect(() => compileCatalogue(ELEMENTS, STAKEHOLDER_GROUPS, [bad])).toThrow(/no word list/);
  });
});
