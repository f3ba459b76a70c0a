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
});
