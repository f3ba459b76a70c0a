// The language server's own sentences (code action titles, code lens, hover
// labels) in Dutch and English. Element titles and explanations come from the
// catalogue; finding messages come from the engine.

import type { Language } from '../index.js';

const M = {
  insertSection: { nl: (p: P) => `Sectie '${p.title}' invoegen`, en: (p: P) => `Insert section '${p.title}'` },
  insertAll: { nl: (p: P) => `Alle ${p.count} ontbrekende secties invoegen`, en: (p: P) => `Insert all ${p.count} missing sections` },
  insertAllOne: { nl: () => 'De ontbrekende sectie invoegen', en: () => 'Insert the missing section' },
  waive: { nl: (p: P) => `'${p.title}' voor dit document ontheffen (reden in de front matter)`, en: (p: P) => `Waive '${p.title}' for this document (reason in front matter)` },
  openDocs: { nl: (p: P) => `Documentatie openen: ${p.name}`, en: (p: P) => `Open documentation: ${p.name}` },
  lens: { nl: (p: P) => `Dekking ${p.present}/${p.applicable}`, en: (p: P) => `Coverage ${p.present}/${p.applicable}` },
  lensIncomplete: { nl: (p: P) => `${p.n} onvolledig`, en: (p: P) => `${p.n} incomplete` },
  lensMissing: { nl: (p: P) => `${p.n} ontbreekt`, en: (p: P) => `${p.n} missing` },
  lensWaived: { nl: (p: P) => `${p.n} ontheven`, en: (p: P) => `${p.n} waived` },
  // The least certain way to a type: say so, so that a writer who meant no plan sees why there are findings.
  setType: { nl: (p: P) => `Soort vastleggen in de front matter (${p.line})`, en: (p: P) => `Confirm the type in the front matter (${p.line})` },
  disableFile: { nl: () => 'Geen IMVO-document: dit bestand niet controleren', en: () => 'Not an IMVO document: stop checking this file' },
  lensFromContent: { nl: () => 'soort afgeleid uit de tekst', en: () => 'type read from the text' },
  status: {
    nl: (p: P) => ({ present: 'aanwezig', incomplete: 'onvolledig', missing: 'ontbreekt', waived: 'ontheven' })[p.status] ?? p.status,
    en: (p: P) => ({ present: 'present', incomplete: 'incomplete', missing: 'missing', waived: 'waived' })[p.status] ?? p.status,
  },
  level: {
    nl: (p: P) => (p.level === 'required' ? 'vereist' : 'aanbevolen'),
    en: (p: P) => (p.level === 'required' ? 'required' : 'recommended'),
  },
  hoverStatus: { nl: (p: P) => `Status in dit document: **${p.status}** (${p.level})`, en: (p: P) => `Status in this document: **${p.status}** (${p.level})` },
  why: { nl: () => 'Waarom het ertoe doet', en: () => 'Why it matters' },
  docsLink: { nl: () => 'Documentatie', en: () => 'Documentation' },
  waiverReason: { nl: (p: P) => `Ontheven: ${p.reason}`, en: (p: P) => `Waived: ${p.reason}` },
  relatedOtherTopic: { nl: (p: P) => `Deze kop past bij ${p.title}, maar de tekst eronder gaat over iets anders.`, en: (p: P) => `This heading fits ${p.title}, but the text under it is about something else.` },
  relatedEvidence: { nl: (p: P) => `${p.title} staat hier.`, en: (p: P) => `${p.title} is covered here.` },
  reasonPlaceholder: { nl: () => '[reden]', en: () => '[reason]' },
  coverageMessage: { nl: (p: P) => `IMVO-dekking: ${p.text}`, en: (p: P) => `IMVO coverage: ${p.text}` },
} satisfies Record<string, Record<Language, (p: P) => string>>;

type P = Record<string, string>;

export function say(key: keyof typeof M, locale: Language, params: P = {}): string {
  return M[key][locale](params);
}
