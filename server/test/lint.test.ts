import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { ELEMENTS } from '../src/catalogue/index.js';
import { generateTemplate } from '../src/template/generate.js';
import { applyInserts, keepsAllLines } from './helpers/apply.js';

const PLAN_NL = `---
type: dialoogplan
lang: nl
---
# Dialoogplan koffiecoöperaties

## Doel van de dialoog

Wij willen met de coöperaties in gesprek over de risico's op hun plantages. Wij verwachten van hen dat zij
open zijn over knelpunten, en staan open voor hun feedback op deze doelen.

## Terugkoppeling

Binnen zes weken na elk overleg sturen wij alle deelnemers een verslag met de afspraken.
De MVO-manager is verantwoordelijk en koppelt per kwartaal de voortgang terug.
`;

describe('lint', () => {
  it('reports the document type, language and coverage of a Dutch plan', () => {
    const r = lint(PLAN_NL, { path: 'plan.md' });
    expect(r.documentType).toBe('dialogue-plan');
    expect(r.language).toBe('nl');
    expect(r.elements.find((e) => e.id === 'goals')?.status).toBe('present');
    expect(r.elements.find((e) => e.id === 'follow-up')?.status).toBe('present');
    expect(r.coverage.applicable).toBe(r.elements.length);
    expect(r.coverage.present).toBe(r.elements.filter((e) => e.status === 'present').length);
  });

  it('keeps a declared stakeholder list for the element groups, but reports rights holders the text names', () => {
    const text = `---
type: dialogue plan
lang: en
stakeholders: [suppliers]
---
# Dialogue plan

We will ask plantation workers about the risks they face. The workers choose their own representatives.
The NGO in the region helps us with interpreters.
`;
    const r = lint(text, { path: 'plan.md' });
    // workers switch on no element group: reported although not declared
    expect(r.stakeholderGroups).toEqual(['suppliers', 'workers']);
    // NGOs would switch on elements: the declared list decides, one mention does not add them
    expect(r.stakeholderGroups).not.toContain('ngos');
  });

  it('takes the kind of document from the kind noun of its title, and a theme title in its own voice for a policy', () => {
    const body = 'We respect human rights and follow the OECD guidelines. Our suppliers are asked to tell us about risks.\n';
    expect(lint(`# Human Rights & Stakeholder Engagement Policy\n\n${body}`).documentType).toBe('policy');
    expect(lint(`# Stakeholder engagement plan\n\n${body}`).documentType).toBe('dialogue-plan');
    expect(lint(`# Our approach to human rights\n\n${body}`).documentType).toBe('policy');
    const nl = 'Wij respecteren mensenrechten en volgen de OESO-richtlijnen. Onze leveranciers vragen we risico\'s te melden.\n';
    expect(lint(`# Verantwoord inkopen bij ons\n\n${nl}`).documentType).toBe('policy');
    expect(lint(`# Dialoog met leveranciers over ons beleid\n\n${nl}`).documentType).toBe('dialogue-plan');
    // the theme alone, not in an organisation's own voice: a note about it, no policy
    expect(lint('# Human rights\n\nThis page collects links about human rights and the OECD guidelines.\n').documentType).toBeNull();
  });

  it('reads the title under an organisation name that heads the document, and names a dialogue by whom it is with', () => {
    const body = 'The Company buys coffee from three associations. The Company expects the associations to invite their members.\n';
    expect(lint(`# Tostador Coffee B.V.\n\n## Stakeholder Engagement Plan – Huila\n\n${body}`).documentType).toBe('dialogue-plan');
    // the first heading holds text of its own: the heading after it is a section, not a title
    expect(lint(`# Tostador Coffee B.V.\n\n${body}\n## Stakeholder engagement plan\n\nSee the intranet.\n`).documentType).toBeNull();
    expect(lint('# One-pager: worker dialogue at our toy supplier\n\n- Hear from workers how the peak season goes.\n').documentType).toBe('dialogue-plan');
    expect(lint('# Leveranciersdialoog Bangladesh 2025\n\n- Horen hoe het seizoen loopt.\n').documentType).toBe('dialogue-plan');
  });

  it("keeps the document type when a fix inserts an element's section under an empty title", () => {
    // The fix puts "## Structurele dialoog met ngo's" right after the empty title:
    // that is the element's section, not a subtitle naming a dialogue plan (found by npm run fuzz).
    const text = "Wij brengen risico's op kinderarbeid in kaart met ngo's en vakbonden, en betalen onze leveranciers een eerlijke prijs.\n\n# Onze aanpak\n";
    const options = { path: 'beleid/imvo-beleid.md' };
    const r = lint(text, options);
    expect(r.documentType).toBe('policy');
    const fixes = r.findings.filter((f) => f.fix && f.elementId === 'structural-dialogue').map((f) => f.fix!);
    expect(fixes).toHaveLength(1);
    expect(lint(applyInserts(text, fixes), options).documentType).toBe('policy');
  });

  it('names a union as a party once, but not a right to join one; staff beside their union, and female forms, are workers', () => {
    const plan = (t: string) => lint(`# Dialogue plan\n\n${t}\n`, { documentType: 'dialogue-plan' }).stakeholderGroups;
    expect(plan('We meet the local unions at the mill twice a year.')).toContain('trade-unions');
    expect(plan('Workers at our suppliers must be free to join a union.')).not.toContain('trade-unions');
    const nl = (t: string) => lint(`# Dialoogplan\n\n${t}\n`, { documentType: 'dialogue-plan' }).stakeholderGroups;
    expect(nl('Wij spreken met de lokale vakbond in de haven.')).toContain('trade-unions');
    expect(nl('Omdat vrije vakbonden er beperkt zijn, steunen we gekozen comités.')).not.toContain('trade-unions');
    expect(nl('Wij bespreken dit met de medewerkers en hun vertegenwoordigers. De medewerkers zelf kiezen wie er spreekt.')).toContain('workers');
    expect(nl('Werkneemsters vertellen ons hoe het hostel werkt; de ngo spreekt ook oud-werkneemsters.')).toContain('workers');
    expect(nl('Onze medewerkers van Inkoop volgen een training. Medewerkers krijgen een handboek.')).not.toContain('workers');
    expect(plan('We talk with the porters and the cooks on the trek. The porters choose a spokesperson.')).toContain('workers');
    expect(plan('Our groups visit the village of Mkuu. We agree with the village leaders how visits go.')).toContain('communities');
    expect(plan('We book lodges and work with a ground handler who contracts the crews; the lodges host our groups.')).toContain('suppliers');
    // heard "themselves": named once as the people the dialogue is with
    expect(nl('We willen van de medewerkers zelf horen hoe de werkdruk is.')).toContain('workers');
    expect(plan('The workers\' federation and the estate sit at one table.')).toContain('trade-unions');
    expect(plan('We talk with the Bridge Rights Foundation, a human-rights foundation working with refugee workers.')).toContain('ngos');
    expect(plan('The foundation of our approach is listening to the factory.')).not.toContain('ngos');
    expect(nl('Vertegenwoordigers van de dorpsraden komen; arbeiders spreken we in hun dorp.')).toContain('communities');
    expect(nl('Onze kleding wordt gemaakt in vijf ateliers. Met de ateliers maken we afspraken.')).toContain('suppliers');
    expect(plan('This is also about our own drivers. Drivers living in their cabs for weeks are at risk.')).toContain('workers');
  });

  it('takes a formal policy that speaks of itself in the third person as a policy, not as ordinary text', () => {
    const policy = '# Responsible Purchasing Policy – Laboratory Equipment\n\nThe university expects its suppliers to respect human rights. The university engages with suppliers and, through a monitoring organisation, with workers, to learn where risks to people arise in the supply chain.\n';
    expect(lint(policy).documentType).toBe('policy');
    expect(lint(policy.replace(/The university/g, 'A university')).documentType).toBe(null);
    const minutes = '# Notes of the purchasing meeting\n\nThe company will follow up the open invoices. Suppliers asked about the new portal; the group agreed to discuss it again next month.\n';
    expect(lint(minutes).documentType).toBe(null);
  });

  it('types an untitled text in its own voice by the elements it covers, as a policy unless it speaks of meetings to hold', () => {
    // A grievance page copied from a website: no title, one IMVO term, three elements.
    const en = 'Anyone who lives near our quarry can tell us about a concern for their human rights by phone, by letter or at the site office. At the meeting about a complaint we provide an interpreter on request. Where our work causes harm to residents, we put it right and change the way we work. We report back to the residents on what we did with their complaints.\n';
    expect(lint(en).documentType).toBe('policy');
    // One meeting word ("gesprek") does not make a policy text a plan.
    const nl = 'Omwonenden van onze groeve kunnen een zorg over hun mensenrechten bij ons melden, telefonisch of op het terreinkantoor. Bij het gesprek over een klacht zorgen wij op verzoek voor een tolk. Als een klacht laat zien dat wij schade hebben veroorzaakt, herstellen we die en passen we onze werkwijze aan. We koppelen aan de omwonenden terug wat we met hun klachten hebben gedaan.\n';
    expect(lint(nl).documentType).toBe('policy');
    // Two elements beside one IMVO term: not enough to speak up in someone's notes.
    expect(lint(en.replace(/ We report back[^\n]*/, '')).documentType).toBeNull();
    // The same voice and elements' wording on another subject, with no IMVO term: a careers
    // page, a firm's page about its clients.
    const careers = 'We invest in our people: every new colleague gets a buddy and a fixed contact person in HR. We want everyone to feel safe to speak up, so you can raise concerns anonymously with our confidential adviser, and this will in no way affect your job. Our goal is to grow together with our employees. That is why we hold an employee survey every year and discuss the results in every team. We report back on what we changed.\n';
    expect(lint(careers).documentType).toBeNull();
    const installer = 'Met onze klanten bouwen we langdurige relaties op; iedere klant heeft een vaste contactpersoon. Klachten nemen we serieus: we reageren binnen vijf werkdagen en laten u weten wat we ermee doen. Ook leveranciers spreken we regelmatig, zodat we samen de planning goed afstemmen. We werken samen met de gemeente en omwonenden om overlast bij grote projecten te beperken.\n';
    expect(lint(installer).documentType).toBeNull();
  });

  it('says how it decided the type: option, configuration, front matter, title, file name or the text', () => {
    const body = 'Anyone who lives near our quarry can tell us about a concern for their human rights by phone, by letter or at the site office. At the meeting about a complaint we provide an interpreter on request. Where our work causes harm to residents, we put it right and change the way we work. We report back to the residents on what we did with their complaints.\n';
    const from = (text: string, options = {}) => lint(text, options).documentTypeFrom;
    expect(from(body)).toBe('content');
    expect(from(body, { documentType: 'policy' })).toBe('option');
    expect(from(body, { path: 'beleid/quarry.md', config: { documentTypes: { policy: ['beleid/*.md'] } } })).toBe('config');
    expect(from(`---\ntype: dialogue-plan\n---\n${body}`)).toBe('front-matter');
    expect(from(`# Human rights policy\n\n${body}`)).toBe('title');
    expect(from(body, { path: 'docs/dialoogplan.md' })).toBe('file-name');
    expect(from('# Notes\n\nStakeholders liked the meeting.\n')).toBeNull();
    expect(from(body, { documentType: null })).toBeNull();
  });

  it('leaves a policy on another subject alone (SECURITY.md, a privacy policy), unless its title names an IMVO theme', () => {
    const body = 'We will review and work on the remediation of every report. We work with suppliers and engage with workers on human rights.\n';
    expect(lint(`# Security Policy\n\n## Reporting a vulnerability\n\n${body}`, { path: 'SECURITY.md' }).documentType).toBeNull();
    expect(lint(`# Privacybeleid\n\nWij respecteren mensenrechten en gaan zorgvuldig om met gegevens van onze leveranciers en hun werknemers.\n`).documentType).toBeNull();
    expect(lint(`# Human rights and privacy policy\n\n${body}`).documentType).toBe('policy');
    // Narrow on purpose: these are the company's own IMVO policies.
    expect(lint(`# Prompt payment policy\n\n${body}`).documentType).toBe('policy');
    expect(lint(`# Ons kledingbeleid\n\nWij respecteren mensenrechten in onze keten en spreken met onze leveranciers over lonen.\n`).documentType).toBe('policy');
  });

  it('reads the titles organisations give their standing position as a policy title, and only with IMVO vocabulary', () => {
    // As published: a modern slavery statement, a municipality's purchasing page, chain responsibility, responsible investing.
    const en = 'The Society is committed to preventing modern slavery and human trafficking in its supply chain.\n';
    expect(lint(`# Modern Slavery and Human Trafficking Statement 2025\n\n${en}`).documentTypeFrom).toBe('title');
    expect(lint(`# Ethical Sourcing\n\nWe expect our suppliers to respect human rights and we visit their factories.\n`).documentType).toBe('policy');
    const nl = 'De gemeente vraagt leveranciers om kinderarbeid en dwangarbeid in de keten uit te sluiten.\n';
    expect(lint(`# Duurzaam en sociaal inkopen\n\n${nl}`).documentType).toBe('policy');
    expect(lint(`# Ketenverantwoordelijkheid\n\nWij zoeken samen met leveranciers naar misstanden in de keten.\n`).documentType).toBe('policy');
    expect(lint(`# Regels verantwoord beleggen\n\nWij beleggen niet in bedrijven die mensenrechten schenden.\n`).documentType).toBe('policy');
    // Titles of two words that were once written as one alternative ("supply chain|supply chains") and never matched.
    const sc = 'We visit our suppliers and talk about working conditions in the supply chain.\n';
    for (const title of ['Ensuring a Responsible Supply Chain', 'Forced Labour', 'Sustainable Investment', 'Corporate Social Responsibility']) expect(lint(`# ${title}\n\n${sc}`).documentTypeFrom, title).toBe('title');
    const nlsc = 'Wij bezoeken onze leveranciers en spreken met hen over arbeidsomstandigheden.\n';
    for (const title of ['Mensenrechtenverklaring van ons bedrijf', 'Sociale verantwoordelijkheid', 'Duurzaam ondernemen']) expect(lint(`# ${title}\n\n${nlsc}`).documentTypeFrom, title).toBe('title');
    // The same titles without IMVO vocabulary, or without an organisation speaking: no policy.
    expect(lint(`# Sustainable procurement\n\nWe buy recycled paper and refurbished laptops where we can.\n`).documentType).toBeNull();
    expect(lint(`# Corporate Social Responsibility\n\nWe plant trees and our staff volunteer at the food bank.\n`).documentType).toBeNull();
    expect(lint(`# Ethical sourcing\n\nThis package lists the licences of its dependencies. See the supply chain section of the docs.\n`, { path: 'README.md' }).documentType).toBeNull();
  });

  it('gives no findings at all for ordinary Markdown', () => {
    const readme = '# My tool\n\nThanks to all stakeholders. Follow-up on issues happens weekly.\n\n## Install\n\n```\nnpm i\n```\n';
    const r = lint(readme, { path: 'README.md' });
    expect(r.documentType).toBeNull();
    expect(r.findings).toEqual([]);
    expect(r.elements).toEqual([]);
  });

  it('takes the language a document declares over the configured one, and the configured one over detection', () => {
    const en = '---\ntype: dialogue-plan\nlang: en\n---\n# Plan\n\nWe meet the suppliers twice a year.\n';
    expect(lint(en, { config: { language: 'nl' } }).language).toBe('en');
    expect(lint(en.replace('lang: en\n', ''), { config: { language: 'nl' } }).language).toBe('nl');
    expect(lint(en.replace('lang: en\n', '')).language).toBe('en');
    // The caller's explicit option decides.
    expect(lint(en, { language: 'nl', config: { language: 'en' } }).language).toBe('nl');
  });

  it('leaves a text about dialogue alone: lessons, tips, a look back, minutes', () => {
    const body = '\n\nLast spring we held our first dialogue with suppliers and NGOs about wages in our supply chain.\n\n## Listen first\n\nWe asked the participants what they expected of us and we reported back within a month.\n\n## Pay for interpreters\n\nWe paid for interpreters and the travel costs of participants.\n';
    for (const title of ['Five lessons from our first stakeholder dialogue', 'What we learned from our supplier dialogue', 'Terugblik: de stakeholderdialoog van 2025', 'Tips voor een goed dialoogplan', 'Meeting report: supplier dialogue', 'Notulen stakeholderdialoog 12 maart']) {
      expect(lint(`# ${title}${body}`, { path: 'post.md' }), title).toMatchObject({ documentType: null, findings: [] });
    }
    // The same text under a plan's title is a plan.
    expect(lint(`# Stakeholder dialogue plan${body}`, { path: 'post.md' }).documentType).toBe('dialogue-plan');
  });

  it('puts a missing element where its section belongs, with a fix that inserts it there', () => {
    const r = lint(PLAN_NL, { path: 'plan.md' });
    const dd = r.findings.find((f) => f.ruleId === 'missing-element' && f.elementId === 'due-diligence')!;
    expect(dd.severity).toBe('warning');
    // due-diligence comes after goals: after the goals section, anchored on its heading
    expect(dd.range.start.line).toBe(PLAN_NL.split('\n').indexOf('## Doel van de dialoog'));
    const fixed = applyInserts(PLAN_NL, [dd.fix!]);
    expect(keepsAllLines(PLAN_NL, fixed)).toBe(true);
    const lines = fixed.split('\n');
    const inserted = lines.findIndex((l) => l === `## ${ELEMENTS.find((e) => e.id === 'due-diligence')!.title.nl}`);
    expect(inserted).toBeGreaterThan(lines.indexOf('## Doel van de dialoog'));
    expect(inserted).toBeLessThan(lines.indexOf('## Terugkoppeling'));
    const again = lint(fixed, { path: 'plan.md' });
    expect(again.elements.find((e) => e.id === 'due-diligence')?.status).toBe('incomplete');
    expect(again.findings.some((f) => f.ruleId === 'missing-element' && f.elementId === 'due-diligence')).toBe(false);
  });

  it('applies every fix at once without losing a line, leaving nothing missing', () => {
    for (const text of [PLAN_NL, PLAN_NL.replace(/\n/g, '\r\n'), '# Human rights policy\n\nWe respect human rights and the OECD guidelines.', 'type: x\n\n# Dialogue plan with suppliers\n']) {
      const r = lint(text, { documentType: 'dialogue-plan', stakeholders: ['suppliers', 'ngos'] });
      const fixes = r.findings.filter((f) => f.fix).map((f) => f.fix!);
      expect(fixes.length).toBeGreaterThan(0);
      const fixed = applyInserts(text, fixes);
      expect(keepsAllLines(text, fixed)).toBe(true);
      const again = lint(fixed, { documentType: 'dialogue-plan', stakeholders: ['suppliers', 'ngos'] });
      expect(again.findings.filter((f) => f.ruleId === 'missing-element').map((f) => f.elementId)).toEqual([]);
    }
  });

  it('uses the document language for inserted text and the locale for messages', () => {
    const r = lint(PLAN_NL, { path: 'plan.md', locale: 'en-US' });
    const f = r.findings.find((x) => x.ruleId === 'missing-element')!;
    const el = ELEMENTS.find((e) => e.id === f.elementId)!;
    expect(f.message).toContain(el.title.en);
    expect(f.fix!.text).toContain(el.title.nl);
    expect(lint(PLAN_NL, { locale: 'nl-NL' }).findings[0].message).toMatch(new RegExp(ELEMENTS.map((e) => e.title.nl.replace(/[()]/g, '.')).join('|')));
  });

  it('marks a section with only a placeholder incomplete, on its heading', () => {
    const text = '# Dialogue plan\n\n## Follow-up and reporting back\n\nTBD\n';
    const r = lint(text, { documentType: 'dialogue-plan' });
    expect(r.elements.find((e) => e.id === 'follow-up')?.status).toBe('incomplete');
    const f = r.findings.find((x) => x.ruleId === 'incomplete-element')!;
    expect(f.elementId).toBe('follow-up');
    expect(f.range.start.line).toBe(2);
  });

  it('lists missing sub-aspects in one hint per element', () => {
    const text = '# Dialogue plan\n\n## Follow-up\n\nWe send all participants a report of the agreements made in the meeting.\n';
    const r = lint(text, { documentType: 'dialogue-plan' });
    const hints = r.findings.filter((f) => f.ruleId === 'missing-aspect' && f.elementId === 'follow-up');
    expect(hints).toHaveLength(1);
    expect(hints[0].severity).toBe('hint');
    expect(hints[0].aspects).toContain('deadline');
  });

  it('finds sub-aspects as people write them: a role as a compound, time as an amount', () => {
    const aspects = (text: string, id: string, locale: 'nl' | 'en') =>
      lint(`# Plan\n\n${text}\n`, { documentType: 'dialogue-plan', language: locale }).elements.find((e) => e.id === id)?.missingAspects;
    expect(aspects('## Terugkoppeling\n\nOnze inkoopmanager stuurt alle deelnemers binnen vier weken een verslag van de afspraken.', 'follow-up', 'nl')).toEqual([]);
    expect(aspects('## Follow-up\n\nThe sourcing manager sends all participants a report of the agreements within four weeks.', 'follow-up', 'en')).toEqual([]);
    expect(aspects('## Ons commitment\n\nBlijkt dat thuiswerkers te weinig verdienen, dan pakken we dat met de weverij aan en passen we onze inkoopprijzen aan. Onze manager besteedt één dag per week aan dit traject.', 'commitment', 'nl')).toEqual([]);
    expect(aspects('## Our commitment\n\nWhere workers are harmed we put it right and change our purchasing practices. Our sourcing director spends two days a month on this for the next three years.', 'commitment', 'en')).toEqual([]);
    // Without any of it, the hint stays.
    expect(aspects('## Our commitment\n\nWhere workers are harmed we put it right and change our purchasing practices.', 'commitment', 'en')).toEqual(['time-continuity']);
  });

  it('honours waivers in front matter and disable comments', () => {
    const waived = '---\ntype: dialogue-plan\nimvo-lint:\n  waive:\n    follow-up: "reported in the joint programme"\n---\n# Plan\n';
    const r = lint(waived);
    expect(r.elements.find((e) => e.id === 'follow-up')).toMatchObject({ status: 'waived', waiverReason: 'reported in the joint programme' });
    expect(r.findings.some((f) => f.elementId === 'follow-up')).toBe(false);
    expect(r.coverage.waived).toBe(1);

    const disabled = '# Dialogue plan\n\n<!-- imvo-lint-disable relationship -->\n\nSome text.\n';
    const d = lint(disabled, { documentType: 'dialogue-plan' });
    expect(d.findings.some((f) => f.elementId === 'relationship')).toBe(false);
    expect(d.findings.some((f) => f.elementId === 'goals')).toBe(true);
  });

  it('counts a waiver only when it says why, and names one that waives nothing', () => {
    const frontMatter = (waive: string) => lint(`---\ntype: dialogue-plan\nlang: en\nimvo-lint:\n${waive}\n---\n# Plan\n\nText.\n`);
    const problems = (r: ReturnType<typeof lint>) => r.findings.filter((f) => f.ruleId === 'invalid-front-matter').map((f) => [f.range.start.line, f.severity, f.message]);
    const blank = frontMatter('  waive:\n    relationship: ""\n    goals: true\n    accessibility:');
    expect(blank.elements.filter((e) => e.status === 'waived')).toEqual([]);
    expect(problems(blank)).toEqual([
      [5, 'warning', expect.stringMatching(/^The waiver for 'relationship' gives no reason, so it does not count\. Say why: relationship: "reason"\.$/)],
      [6, 'warning', expect.stringMatching(/'goals' gives no reason/)],
      [7, 'warning', expect.stringMatching(/'accessibility' gives no reason/)],
    ]);
    // Still checked as usual.
    expect(blank.findings.some((f) => f.ruleId === 'missing-element' && f.elementId === 'relationship')).toBe(true);
    expect(problems(frontMatter('  waive: [follow-up]'))).toEqual([[4, 'warning', expect.stringMatching(/'follow-up' gives no reason/)]]);
    const typo = frontMatter('  waive:\n    folow-up: "done elsewhere"\n    goals: "set by the sector agreement"');
    expect(problems(typo)).toEqual([[5, 'warning', expect.stringMatching(/^There is no element 'folow-up' to waive \(known: goals, due-diligence, .*follow-up/)]]);
    expect(typo.elements.find((e) => e.id === 'goals')).toMatchObject({ status: 'waived', waiverReason: 'set by the sector agreement' });
    const nl = lint('---\nsoort: dialoogplan\nimvo-lint:\n  waive:\n    doelen: ""\n---\n# Plan\n', { locale: 'nl' });
    expect(problems(nl)[0][2]).toMatch(/^Er is geen element 'doelen' om te ontheffen/);
  });

  it('skips a file that says imvo-lint-disable-file', () => {
    const r = lint('<!-- imvo-lint-disable-file -->\n# Dialoogplan leveranciers\n\nWij gaan in gesprek over IMVO.\n', { path: 'dialoogplan.md' });
    expect(r.documentType).toBeNull();
    expect(r.findings).toEqual([]);
  });

  it('applies severities from configuration, per rule and per element', () => {
    const text = '# Dialogue plan\n\nNothing yet.\n';
    const r = lint(text, { documentType: 'dialogue-plan', config: { rules: { 'missing-element': 'error' }, elements: { goals: 'hint', relationship: 'off' } } });
    expect(r.findings.find((f) => f.elementId === 'goals')?.severity).toBe('hint');
    expect(r.findings.find((f) => f.elementId === 'follow-up')?.severity).toBe('error');
    expect(r.elements.some((e) => e.id === 'relationship')).toBe(false);
  });

  it('reports broken front matter and still lints', () => {
    const text = '---\ntype: [dialoogplan\n---\n# Dialoogplan leveranciers\n\nWij gaan in gesprek met leveranciers over IMVO en mensenrechten.\n';
    const r = lint(text);
    const f = r.findings.find((x) => x.ruleId === 'invalid-front-matter');
    expect(f).toBeDefined();
    expect(f!.range.start.line).toBeGreaterThanOrEqual(1);
    expect(r.documentType).toBe('dialogue-plan');
  });

  it('still reads the type and language lines of broken front matter, so the document is checked and told why', () => {
    // A colon in an unquoted title breaks the whole YAML block.
    const r = lint('---\ntitle: Plan: leveranciers\ntype: "policy" # see template\nlang: en\nstakeholders: [suppliers\n---\n# Notes\n\nWe met on Tuesday.\n');
    expect([r.documentType, r.documentTypeFrom, r.language, r.stakeholderGroups]).toEqual(['policy', 'front-matter', 'en', []]);
    expect(r.findings[0]).toMatchObject({ ruleId: 'invalid-front-matter', severity: 'warning', range: { start: { line: 1 } } });
    expect(r.findings[0].message).toMatch(/Only its type and language lines are read; stakeholders and waivers in it are ignored\.$/);
    // Without a type line it stays ordinary Markdown, silent.
    expect(lint('---\ntitle: Notes: week 3\n---\n# Notes\n\nWe met.\n')).toMatchObject({ documentType: null, findings: [] });
  });

  it('supports custom elements from configuration', () => {
    const config = { customElements: [{ id: 'grievance', title: { nl: 'Klachtenmechanisme', en: 'Grievance mechanism' }, signals: ['klachtenmechanisme', 'grievance mechanism'], levels: { 'dialogue-plan': 'required' as const } }] };
    const without = lint('# Dialogue plan\n\nText.\n', { documentType: 'dialogue-plan', config });
    expect(without.findings.find((f) => f.elementId === 'grievance')?.severity).toBe('warning');
    // It has no page under docs/rules: its link goes where custom elements are explained.
    expect(without.findings.find((f) => f.elementId === 'grievance')?.docs).toMatch(/\/docs\/config\.md#custom-elements$/);
    expect(without.findings.find((f) => f.elementId === 'goals')?.docs).toMatch(/\/docs\/rules\/goals\.md$/);
    const withIt = lint('# Dialogue plan\n\nWorkers can use our grievance mechanism at any time.\n', { documentType: 'dialogue-plan', config });
    expect(withIt.elements.find((e) => e.id === 'grievance')?.status).toBe('present');
  });

  it("lets a custom element be the organisation's own measure (ownMeasure): others' duties are then no evidence", () => {
    const element = { id: 'grievance', title: 'Grievance mechanism', signals: ['grievance procedure'], levels: { 'dialogue-plan': 'required' as const } };
    const status = (text: string, ownMeasure?: boolean) =>
      lint(`# Dialogue plan\n\n${text}\n`, { documentType: 'dialogue-plan', config: { customElements: [{ ...element, ownMeasure }] } }).elements.find((e) => e.id === 'grievance')?.status;
    const othersDuty = 'Suppliers must have a grievance procedure for their workers.';
    const ourMeasure = 'We run a grievance procedure that workers at our suppliers can use in their own language.';
    expect(status(othersDuty)).toBe('present');
    expect(status(othersDuty, true)).toBe('missing');
    expect(status(ourMeasure, true)).toBe('present');
  });

  it('reads a risk list from a desk study as topic words only, but keeps first-hand signals in that section', () => {
    const status = (body: string) =>
      lint(`# RBC policy\n\n## Risk assessment\n\n${body}\n`, { documentType: 'policy', stakeholders: ['ngos'] }).elements.find((e) => e.id === 'risk-identification')?.status;
    const table = '| issue | severity |\n| --- | --- |\n| excessive overtime at sewing units | high |';
    expect(status(`The issues below were ranked by us.\n\n${table}`)).toBe('present');
    expect(status(`The issues below were ranked on the basis of EcoVadis scores and country reports.\n\n${table}`)).toBe('missing');
    expect(status(`The issues below come from a desk study.\n\n${table}\n\nWe then held focus groups with workers, who told us about risks we had missed.`)).toBe('present');
  });

  it('keeps ranges inside the document for non-ASCII and CRLF text', () => {
    const text = '# Dialoogplan 😀\r\n\r\n## Terugkoppeling ✓\r\n\r\nTODO\r\n';
    const r = lint(text, { documentType: 'dialogue-plan' });
    const lines = text.split('\r\n');
    for (const f of r.findings) {
      expect(f.range.start.line).toBeLessThan(lines.length);
      expect(f.range.end.character).toBeLessThanOrEqual(lines[f.range.end.line].length);
    }
    const inc = r.findings.find((f) => f.ruleId === 'incomplete-element')!;
    expect(inc.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: '## Terugkoppeling ✓'.length } });
  });

  it('gives an IMVO document over the size limit one warning, and an ordinary file none', () => {
    const r = lint('# Dialogue plan\n' + 'x'.repeat(100), { maxSize: 50 });
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['document-too-large', 'warning']]);
    expect(r.documentType).toBe('dialogue-plan');
    expect(lint('# Release notes\n' + 'x'.repeat(100), { maxSize: 50 })).toMatchObject({ documentType: null, findings: [] });
  });
});

describe('this repository\'s own Markdown', () => {
  it('is not taken for IMVO documents, though it talks about them all the time', () => {
    const files = ['README.md', 'CHANGELOG.md', ...readdirSync('docs', { recursive: true }).map((f) => join('docs', String(f)))].filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(20);
    const loud = files.filter((f) => lint(readFileSync(f, 'utf8'), { path: f }).documentType !== null);
    expect(loud).toEqual([]);
  });
});

describe('templates', () => {
  for (const documentType of ['dialogue-plan', 'policy'] as const) {
    for (const language of ['nl', 'en'] as const) {
      for (const stakeholders of [[], ['suppliers'], ['ngos'], ['suppliers', 'ngos', 'trade-unions']]) {
        it(`${documentType} ${language} [${stakeholders}] has no missing element and round-trips its front matter`, () => {
          const t = generateTemplate({ documentType, language, stakeholders });
          const r = lint(t.text, { path: 'new.md' });
          expect(r.documentType).toBe(documentType);
          expect(r.language).toBe(language);
          expect([...r.stakeholderGroups].sort()).toEqual([...stakeholders].sort());
          expect(r.elements.filter((e) => e.status === 'missing').map((e) => e.id)).toEqual([]);
          expect(r.elements.every((e) => e.status === 'incomplete')).toBe(true);
          expect(t.firstPlaceholder).not.toBeNull();
          expect(t.text.slice(t.firstPlaceholder!.offset, t.firstPlaceholder!.offset + t.firstPlaceholder!.length)).toMatch(/^\[(invullen|fill in)\]$/);
        });
      }
    }
  }
});
