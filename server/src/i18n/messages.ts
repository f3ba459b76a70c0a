// Message templates in Dutch and English. Element titles and summaries come
// from the catalogue; these are only the sentences around them.

import type { Language } from '../core/types.js';

type Template = (p: Record<string, string>) => string;

export const MESSAGES: Record<string, Record<Language, Template>> = {
  missingRequired: {
    nl: (p) => `Ontbreekt: ${p.title}. ${p.summary}`,
    en: (p) => `Missing: ${p.title}. ${p.summary}`,
  },
  missingRecommended: {
    nl: (p) => `Aanbevolen, maar niet gevonden: ${p.title}. ${p.summary}`,
    en: (p) => `Recommended but not found: ${p.title}. ${p.summary}`,
  },
  missingBesideHeading: {
    nl: (p) => ` (De sectie '${p.heading}' gaat over iets anders.)`,
    en: (p) => ` (The section '${p.heading}' is about something else.)`,
  },
  incomplete: {
    nl: (p) => `${p.title} is nog niet ingevuld: de sectie bevat alleen een placeholder of de aanwijzing van een sjabloon.`,
    en: (p) => `${p.title} is not filled in yet: the section holds only a placeholder or a template's instructions.`,
  },
  missingAspects: {
    nl: (p) => `${p.title}: nog niets over ${p.aspects}.`,
    en: (p) => `${p.title}: nothing yet on ${p.aspects}.`,
  },
  invalidFrontMatter: {
    nl: (p) => `De front matter is geen geldige YAML (${p.error}). Alleen de regels voor soort en taal worden gelezen; stakeholders en ontheffingen daarin worden genegeerd.`,
    en: (p) => `The front matter is not valid YAML (${p.error}). Only its type and language lines are read; stakeholders and waivers in it are ignored.`,
  },
  waiverWithoutReason: {
    nl: (p) => `De ontheffing voor '${p.id}' geeft geen reden en telt daarom niet. Schrijf erbij waarom: ${p.id}: "reden".`,
    en: (p) => `The waiver for '${p.id}' gives no reason, so it does not count. Say why: ${p.id}: "reason".`,
  },
  waiverUnknownElement: {
    nl: (p) => `Er is geen element '${p.id}' om te ontheffen (bekend: ${p.known}).`,
    en: (p) => `There is no element '${p.id}' to waive (known: ${p.known}).`,
  },
  tooLarge: {
    nl: (p) => `Dit document is groter dan ${p.limit}; IMVO Lint controleert het niet.`,
    en: (p) => `This document is larger than ${p.limit}; IMVO Lint does not check it.`,
  },
  tooManyLines: {
    nl: (p) => `Dit document heeft meer dan ${p.limit} regels; IMVO Lint controleert het niet.`,
    en: (p) => `This document has more than ${p.limit} lines; IMVO Lint does not check it.`,
  },
  insertSection: {
    nl: (p) => `Sectie '${p.title}' invoegen`,
    en: (p) => `Insert section '${p.title}'`,
  },
  and: { nl: () => 'en', en: () => 'and' },
};

export function message(key: keyof typeof MESSAGES, locale: Language, params: Record<string, string> = {}): string {
  return MESSAGES[key][locale](params);
}

/** "a, b en c" / "a, b and c". */
export function listJoin(items: string[], locale: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${message('and', locale)} ${items[items.length - 1]}`;
}

/** Message locale from an LSP/OS locale string: Dutch for nl*, English otherwise. */
export function toLocale(locale: string | null | undefined): Language {
  return typeof locale === 'string' && /^nl\b|^nl[-_]/i.test(locale) ? 'nl' : 'en';
}
