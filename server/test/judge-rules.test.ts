// General judging rules, each on a small document: which sections a heading
// speaks for, and when a denial holds.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';

const status = (text: string, id: string, groups = ['suppliers', 'ngos']) =>
  lint(text, { documentType: 'dialogue-plan', stakeholders: groups, language: text.includes('## Doel') ? 'nl' : 'en' }).elements.find((e) => e.id === id)?.status;

describe('a heading speaks for its subsections, not for those of other elements', () => {
  it('an empty leverage section is incomplete although its parent holds an intermediaries subsection', () => {
    const doc = `# Dialoogplan\n\n## Doel\n\nWij willen met de kwekers praten over lonen.\n\n## Inkoop en leveranciers\n\n### Commerciële relatie en invloed\n\nxxx\n\n### Rol van de tussenhandel\n\nWij hebben met de importeur afgesproken dat hij het doel van de dialoog aan de kwekers uitlegt en de bijeenkomsten bijwoont.\n`;
    expect(status(doc, 'supplier-leverage')).toBe('incomplete');
    expect(status(doc, 'intermediaries')).toBe('present');
  });

  it('a parent section with only other elements\' empty subsections is a container, not an empty section', () => {
    const doc = `# Plan\n\n## Purpose\n\nWe talk with the factories about overtime.\n\n## Engaging suppliers\n\n### Our leverage\n\nTBD\n\n### Purchasing practices\n\n### Contacts\n\nxxx\n`;
    expect(status(doc, 'intermediaries')).toBe('missing');
    expect(status(doc, 'supplier-leverage')).toBe('incomplete');
  });

  it('an empty section over skeletons of other elements (as fix-all inserts them) stays incomplete', () => {
    // Found by npm run fuzz: skeletons inserted after an empty section of a higher
    // level became its subsections and made it a container, so fix-all offered it again.
    const doc = `# Plan\n\n## Purpose\n\nWe talk with the factories about overtime.\n\n## Our leverage\n\n###### Follow-up and reporting back\n\n- Who is responsible: [fill in]\n- When we report back: [fill in]\n`;
    expect(status(doc, 'supplier-leverage')).toBe('incomplete');
  });
});

describe('denials', () => {
  const base = (line: string) => `# Plan\n\n## Purpose\n\nWe talk with the union about risks in our chain.\n\n## Engagement\n\nWe hold regular meetings with the union and the NGO on the risks in our chain.\n\n## Scope\n\n${line}\n`;
  it('a dialogue stated to be a one-off denies a structural dialogue', () => {
    expect(status(base('This round is a one-off consultation ahead of the 2026 wage review.'), 'structural-dialogue')).toBe('missing');
    expect(status(base('This plan covers a single round of engagement in the autumn.'), 'structural-dialogue')).toBe('missing');
  });
  it('a one-off that is negated, asked about or set aside denies nothing', () => {
    expect(status(base('This is not a one-off consultation.'), 'structural-dialogue')).toBe('present');
    expect(status(base('Is this a one-off consultation?'), 'structural-dialogue')).toBe('present');
    expect(status(base('We want a lasting structure rather than one-off consultations.'), 'structural-dialogue')).toBe('present');
    expect(status(base('We prefer this standing arrangement to one-off consultations.'), 'structural-dialogue')).toBe('present');
  });
  it('a denial that names its own negation still holds', () => {
    const doc = `# Plan\n\n## Purpose\n\nWe talk with the factories about overtime.\n\n## Contact\n\nOur buyer visits the factories every quarter, also informally.\n\nThere is no fixed contact person for the factories.\n`;
    expect(status(doc, 'relationship')).toBe('missing');
  });
  it('a denial leaves an empty section of the element\'s own incomplete, so fix-all inserts it once', () => {
    // Found by npm run fuzz: evidence elsewhere kept the empty section from
    // counting, the denial then removed the evidence, and the element came out
    // missing, so fix-all offered its skeleton again.
    const doc = `# Plan\n\n## Purpose\n\nWe talk with the factories about overtime.\n\n## Contact\n\nOur buyer visits the factories every quarter, also informally.\n\nThere is no fixed contact person for the factories.\n\n## Relationship and contact person\n\n- Fixed contact person (name and role): [fill in]\n`;
    expect(status(doc, 'relationship')).toBe('incomplete');
  });
  it('a plain denial that is negated does not hold', () => {
    const doc = `# Plan\n\n## Purpose\n\nWe talk with the factories about overtime.\n\n## Contact\n\nOur buyer Anna de Wit is the fixed contact person for the factories and visits them every quarter, also informally.\n\nThe contact person does not change every year.\n`;
    expect(status(doc, 'relationship')).toBe('present');
  });
});

describe('a signal counts only in its element\'s setting (context)', () => {
  // Accessibility's signals ("in their own language", "anonymous") count
  // outside its own sections only where the sentence, block or section is
  // about taking part in the dialogue.
  const en = (section: string) => `# Plan\n\n## Purpose\n\nWe talk with the factories about overtime.\n\n${section}\n`;
  const nl = (section: string) => `# Dialoogplan\n\n## Doel\n\nWij praten met de fabrieken over overwerk.\n\n${section}\n`;
  const instruction = 'New employees receive a safety briefing in their own language.';
  const instructie = 'Nieuwe medewerkers krijgen een veiligheidsinstructie in hun eigen taal.';

  it('a signal in a section about something else is no evidence', () => {
    expect(status(en(`## Working conditions\n\n${instruction}`), 'accessibility')).toBe('missing');
    expect(status(nl(`## Arbeidsomstandigheden\n\n${instructie}`), 'accessibility')).toBe('missing');
    expect(status(en('## Remedy\n\nFishers were compensated for two months of lost income.'), 'accessibility')).toBe('missing');
    expect(status(en('## Risks\n\nWorkers and their trade unions are involved in deciding which risks weigh most.'), 'accessibility')).toBe('missing');
  });

  it('the sentence, its block or its section may name the setting', () => {
    expect(status(en('## Working conditions\n\nAt the meetings, everyone can speak in their own language.'), 'accessibility')).toBe('present');
    expect(status(en(`## Working conditions\n\nWe hold meetings with the workers twice a year. ${instruction}`), 'accessibility')).toBe('present');
    expect(status(en(`## Working conditions\n\nWe hold meetings with the workers twice a year.\n\n${instruction}`), 'accessibility')).toBe('present');
    expect(status(nl(`## Arbeidsomstandigheden\n\nDe gesprekken met de werknemers zijn twee keer per jaar.\n\n${instructie}`), 'accessibility')).toBe('present');
  });

  it('a heading that names the setting is enough', () => {
    expect(status(en(`## Interviews with workers\n\n${instruction}`), 'accessibility')).toBe('present');
    expect(status(nl(`## Gesprekken met werknemers\n\n${instructie}`), 'accessibility')).toBe('present');
  });

  it('the setting is read per section: a neighbouring section about meetings does not lend it', () => {
    expect(status(en(`## Meetings\n\nWe meet twice a year.\n\n## Working conditions\n\n${instruction}`), 'accessibility')).toBe('missing');
  });

  it('under a heading that fits the element, its cues count as before', () => {
    expect(status(en(`## Accessibility\n\n${instruction}`), 'accessibility')).toBe('present');
  });
});
