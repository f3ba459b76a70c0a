// The catalogue is data written by people: these checks keep it well-formed.
import { describe, expect, it } from 'vitest';
import { ELEMENTS, GLOSSARY, STAKEHOLDER_GROUPS } from '../src/catalogue/index.js';
import { compilePhrases, checkPhrases } from '../src/match/phrases.js';
import { normalize } from '../src/match/normalize.js';
import { isNegated } from '../src/match/sentences.js';
import type { Localized, LocalizedList } from '../src/core/types.js';
import { DOCUMENT_TYPE_DEFINITIONS, DOMAIN_TERMS, OTHER_POLICY_TITLES, OWN_VOICE } from '../src/catalogue/document-types.js';

const ORDER = ['goals', 'due-diligence', 'commitment', 'follow-up', 'added-value', 'accessibility', 'relationship', 'supplier-leverage', 'fair-purchasing', 'intermediaries', 'risk-identification', 'structural-dialogue', 'broader-context'];
const full = (l: Localized) => l.nl.trim().length > 0 && l.en.trim().length > 0;
const fullList = (l: LocalizedList) => l.nl.length > 0 && l.en.length > 0;
const phrases = (l: LocalizedList) => [...l.nl, ...l.en];
/** The catalogue's prose fields; every other string field holds phrases. */
const PROSE = ['source', 'title', 'summary', 'explanation', 'why', 'skeleton'] as const;

describe('element catalogue', () => {
  it('has the 13 elements of ELEMENTS.md in catalogue order', () => {
    expect(ELEMENTS.map((e) => e.id)).toEqual(ORDER);
  });

  it.each(ELEMENTS.map((e) => [e.id, e] as const))('%s is complete in Dutch and English, with valid phrases', (_id, e) => {
    for (const key of PROSE) expect(full(e[key]), key).toBe(true);
    for (const key of ['headings', 'signals', 'cues'] as const) expect(fullList(e[key]), key).toBe(true);
    for (const key of ['signals', 'cues', 'exclude'] as const) expect(checkPhrases(phrases(e[key])), key).toEqual([]);
    expect(checkPhrases(phrases(e.headings), false), 'headings').toEqual([]);
    if (e.context) expect(checkPhrases(phrases(e.context)), 'context').toEqual([]);
    if (e.denials) expect(checkPhrases(phrases(e.denials)), 'denials').toEqual([]);
    if (e.secondHand) expect(checkPhrases(phrases(e.secondHand)), 'secondHand').toEqual([]);
    // its own title is a heading that fits it
    const headings = compilePhrases(phrases(e.headings))!;
    for (const lang of ['nl', 'en'] as const) {
      headings.lastIndex = 0;
      expect(headings.test(normalize(e.title[lang])), `${lang} title "${e.title[lang]}"`).toBe(true);
    }
    // a fresh skeleton is placeholders and guidance only
    for (const [lang, placeholder] of [['nl', '[invullen]'], ['en', '[fill in]']] as const) {
      const outside = e.skeleton[lang].replace(/<!--[\s\S]*?-->/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
      expect(outside.length, lang).toBeGreaterThan(0);
      for (const line of outside) expect(line, lang).toContain(placeholder);
    }
    // A phrase with a negation word inside can never count: the match negates
    // itself. Unless the negation is one that affirms ("zonder angst voor
    // represailles", "without fear of"): the phrase as a sentence, with the
    // first of each word's alternatives, must not be negated.
    const negating = /(?:^|[\s|])(?:geen|niet|nooit|zonder|no|not|never|without)(?=[\s|]|$)/;
    const sample = (part: string) => part.split(/\s+/).filter((t) => t !== '...').map((t) => (t.startsWith('@') ? 'x' : t.split('|')[0].replace(/\*/g, ''))).join(' ');
    const negatesItself = (p: string) => negating.test(p) && p.split(/\s+&\s+/).some((part) => negating.test(part) && isNegated(sample(part), 0, sample(part).length));
    for (const key of ['signals', 'cues'] as const) expect(phrases(e[key]).filter(negatesItself), key).toEqual([]);
    const aspectIds = (e.aspects ?? []).map((a) => a.id);
    expect(new Set(aspectIds).size).toBe(aspectIds.length);
    for (const a of e.aspects ?? []) {
      expect(full(a.title) && fullList(a.signals), a.id).toBe(true);
      expect(checkPhrases(phrases(a.signals)), a.id).toEqual([]);
    }
  });

  it('has the sub-aspects ELEMENTS.md and the issue name', () => {
    const aspects = (id: string) => ELEMENTS.find((e) => e.id === id)!.aspects!.map((a) => a.id);
    expect(aspects('accessibility')).toEqual(['time-capacity', 'safety', 'power-balance', 'representation', 'language', 'location', 'timing', 'knowledge-fit']);
    expect(aspects('follow-up')).toEqual(['owner', 'deadline', 'informing']);
  });

  it('has stakeholder groups whose names are their own terms', () => {
    expect(STAKEHOLDER_GROUPS.map((g) => g.id)).toEqual(expect.arrayContaining(['suppliers', 'ngos', 'trade-unions']));
    for (const g of STAKEHOLDER_GROUPS) {
      const re = compilePhrases(phrases(g.terms))!;
      for (const lang of ['nl', 'en'] as const) {
        re.lastIndex = 0;
        expect(re.test(normalize(g.title[lang].toLowerCase())), `${g.id} ${lang}`).toBe(true);
      }
    }
  });

  // In `a|b` every alternative is one word: "supply chain|supply chains" reads as
  // "supply", then "chain|supply", then "chains", and matches almost nothing (a
  // general title and six element phrases were written so and never matched).
  // Two-word alternatives are written out as separate phrases instead. The tell:
  // one word in two neighbouring alternations.
  it('has no alternative of two words inside one `a|b` token', () => {
    const all: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') all.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!(PROSE as readonly string[]).includes(k)) walk(x);
    };
    walk([ELEMENTS, DOCUMENT_TYPE_DEFINITIONS, DOMAIN_TERMS, OTHER_POLICY_TITLES, OWN_VOICE]);
    const suspect = all.filter((p) =>
      p.split(/\s+&\s+/).some((part) => {
        const tokens = part.split(/\s+/);
        return tokens.some((t, i) => i > 0 && (t.includes('|') || tokens[i - 1].includes('|')) && t.split('|').some((w) => tokens[i - 1].split('|').includes(w)));
      }),
    );
    expect(suspect).toEqual([]);
  });

  it('has glossary entries with valid terms in both languages', () => {
    expect(GLOSSARY.length).toBeGreaterThan(10);
    for (const g of GLOSSARY) {
      expect(full(g.title) && full(g.text) && fullList(g.terms), g.id).toBe(true);
      expect(checkPhrases(phrases(g.terms)), g.id).toEqual([]);
    }
  });
});
