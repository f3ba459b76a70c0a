import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';

const status = (text: string, id: string, lang: 'nl' | 'en' = 'nl') =>
  lint(text, { documentType: 'dialogue-plan', stakeholders: ['suppliers', 'ngos'], language: lang }).elements.find((e) => e.id === id)?.status;

describe('bold labels and empty sections', () => {
  it('reads a bold lead-in as a heading for its paragraph', () => {
    const doc = '# Dialoogplan\n\n**Wat we erkennen.** Het is waarschijnlijk dat er kinderarbeid zit in het garen dat wij kopen.\n';
    expect(status(doc, 'risk-identification')).toBe('present');
    // The same sentence with a label that fits nothing is no evidence.
    expect(status(doc.replace('Wat we erkennen', 'Achtergrond'), 'risk-identification')).toBe('missing');
  });

  it('reads a bold line as a heading for the paragraphs under it', () => {
    const doc = '# Dialogue plan\n\n**What do we commit to?**\n\nWhere our orders add to overtime, we change our planning.\n';
    expect(status(doc, 'commitment', 'en')).toBe('present');
  });

  it('never takes a bold label for a sentence', () => {
    const doc = '# Dialoogplan\n\n**Ons inkoopvolume.** We kopen minder dan een ton per jaar.\n';
    expect(status(doc, 'supplier-leverage')).toBe('missing');
  });

  it('reads bold text that says something as a sentence too', () => {
    expect(status('# Dialoogplan\n\n**Wij vergoeden de reiskosten en regelen een tolk.** Verder volgt later meer.\n', 'accessibility')).toBe('present');
    expect(status('# Dialogue plan\n\n**We pay for travel and an interpreter at every meeting.**\n\nMore later.\n', 'accessibility', 'en')).toBe('present');
  });

  it('makes an element incomplete when its bold label holds only a placeholder', () => {
    expect(status('# Dialoogplan\n\n**Eerlijke inkooppraktijken:** [invullen]\n', 'fair-purchasing')).toBe('incomplete');
  });

  it('gives an empty section to the element whose heading phrase is the more specific', () => {
    const doc = '# Engagement plan\n\n## Why we talk\n\nWe want to hear the fishers.\n\n## Our purchasing weight\n\nTBD\n';
    expect(status(doc, 'supplier-leverage', 'en')).toBe('incomplete');
    expect(status(doc, 'fair-purchasing', 'en')).toBe('missing');
  });

  it('does not make an element incomplete through a shared empty heading when it has its own section with text', () => {
    const doc = '# Dialoogplan\n\n## Onze toezeggingen\n\nHier komt later meer over de planning van het bezoek.\n\n## Langetermijnaanpak\n\nTBD\n';
    expect(status(doc, 'commitment')).toBe('missing');
    expect(status(doc, 'structural-dialogue')).toBe('incomplete');
  });

  it('reads a short label before a colon, or in a table row\'s first cell, as the heading of its line or row', () => {
    const line = '# Dialoogplan\n\n## Aanpak\n\nOpvolging: binnen twee weken een verslag.\n';
    expect(status(line, 'follow-up')).toBe('present');
    // Without the label the same words fit no element.
    expect(status(line.replace('Opvolging: b', 'B'), 'follow-up')).toBe('missing');
    const table = '# Dialogue plan\n\n## Approach\n\n| Part | What we do |\n| --- | --- |\n| Follow-up | a summary within two weeks |\n';
    expect(status(table, 'follow-up', 'en')).toBe('present');
    expect(status(table.replace('a summary within two weeks', '[fill in]'), 'follow-up', 'en')).toBe('incomplete');
    expect(status('# Dialoogplan\n\n## Aanpak\n\nOpvolging: [invullen]\n', 'follow-up')).toBe('incomplete');
    // A sentence with a subject before its colon is no label.
    expect(status('# Dialoogplan\n\n## Aanpak\n\nWij doen het zo: binnen twee weken een verslag.\n', 'follow-up')).toBe('missing');
    // A first cell may be a longer question naming the row's topic.
    const row = '# Dialoogplan\n\n## Afspraken\n\n| Onderwerp | Aanpak |\n| --- | --- |\n| Wat de telers eraan hebben | inzicht in wat andere afnemers gaan vragen |\n';
    expect(status(row, 'added-value')).toBe('present');
  });
});

describe("a template's instructions", () => {
  it('are no evidence, and a section of nothing else is incomplete', () => {
    expect(status('# Dialoogplan\n\n## Opvolging\n\n_Beschrijf hoe afspraken worden opgevolgd en hoe u de deelnemers binnen vier weken informeert._\n', 'follow-up')).toBe('incomplete');
    expect(status('# Dialogue plan\n\n## Accessibility\n\n*List the measures you take, e.g. interpreters, travel costs, a safe venue.*\n', 'accessibility', 'en')).toBe('incomplete');
    expect(status('# Dialogue plan\n\n## Follow-up\n\n> Guidance: explain how agreements are followed up and reported back to the participants.\n', 'follow-up', 'en')).toBe('incomplete');
    expect(status('# Dialoogplan\n\n## Toegankelijkheid\n\nIn deze paragraaf geeft u aan welke maatregelen u neemt, zoals tolken en reiskosten.\n', 'accessibility')).toBe('incomplete');
  });

  it('include text labelled as the template\'s guidance, and questions left for the writer to answer', () => {
    const doc = '# Dialogue plan\n\n## Our commitment\n\n*Guidance: what are you prepared to change, and for how long?*\n\nTBD\n\n## Agents\n\nThe agent attends the factory meetings.\n';
    expect(status(doc, 'commitment', 'en')).toBe('incomplete');
    expect(status('# Dialoogplan\n\n## Opvolging\n\nInstructie: het verslag gaat binnen vier weken naar alle deelnemers.\n', 'follow-up')).toBe('incomplete');
    // Without the label it is a sentence like any other.
    expect(status('# Dialoogplan\n\n## Opvolging\n\nHet verslag gaat binnen vier weken naar alle deelnemers.\n', 'follow-up')).toBe('present');
  });

  it('leave written text under them standing', () => {
    const doc = '# Dialoogplan\n\n## Opvolging\n\n_Beschrijf hoe afspraken worden opgevolgd._\n\nBinnen vier weken sturen wij alle deelnemers een verslag met de afspraken.\n';
    expect(status(doc, 'follow-up')).toBe('present');
  });

  it('are told from measures written as a checklist of imperatives, and from labels', () => {
    expect(status('# Dialogue plan\n\n## Accessibility\n\n- Provide interpreters at every meeting.\n- Reimburse travel costs.\n', 'accessibility', 'en')).toBe('present');
    expect(status('# Dialoogplan\n\n## Relatie\n\nNoem ons gerust bij de voornaam: contactpersoon is Marieke de Vries, die elk kwartaal langskomt.\n', 'relationship')).toBe('present');
  });
});
