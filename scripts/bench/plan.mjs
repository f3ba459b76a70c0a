// Generates realistic plans of any length for benchmarks: a Dutch dialogue
// plan with the usual mix of headings, paragraphs, lists, an occasional table
// and link. Deterministic (seeded), so runs compare like with like.

const PARAGRAPHS = [
  'Wij voeren dit gesprek omdat wij de risico\'s in onze keten beter willen begrijpen en samen met de deelnemers willen verkleinen. Wij verwachten van de deelnemers dat zij openlijk hun ervaringen delen.',
  'De resultaten van elke bijeenkomst koppelen wij binnen zes weken terug aan alle deelnemers, met een verslag van de afspraken, wie ze uitvoert en wanneer.',
  'Wij vergoeden reiskosten en de tijd van de deelnemers, en zorgen voor een tolk zodat iedereen in de eigen taal kan spreken. Bijeenkomsten vinden plaats na werktijd, op een plek die goed bereikbaar is.',
  'Onze inkoopafdeling neemt deel aan het overleg, zodat afspraken over prijzen en levertijden direct kunnen worden meegenomen in de inkoopplanning van het volgende seizoen.',
  'De dialoog maakt deel uit van onze gepaste zorgvuldigheid: wat wij horen, gebruiken wij in de risicoanalyse en bij het bepalen van maatregelen om negatieve impact te voorkomen.',
  'Voor de deelnemers levert de dialoog inzicht op in onze plannen en invloed op de keuzes die wij maken, zoals de verdeling van orders over het jaar.',
  'Wij houden contact via een vaste contactpersoon, die ook tussen de bijeenkomsten door bereikbaar is voor vragen en zorgen.',
  'Zie voor de achtergrond ook [het verslag van vorig jaar](https://example.org/verslag) en de afspraken in het convenant.',
];
const LIST = ['- Wie: de inkoopmanager en de MVO-coördinator', '- Wanneer: elk kwartaal, uiterlijk in de laatste week', '- Hoe: per e-mail en in een korte online sessie', '- Waar: op locatie bij de fabriek of online'];
const HEADINGS = ['Aanleiding', 'Doel van het gesprek', 'Wat wij verwachten', 'Onze aanpak', 'Praktische zaken', 'Terugkoppeling', 'Wat levert het u op?', 'Contact', 'Monitoring en rapportage', 'Inkooppraktijken', 'Achtergrond'];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A plan of about `lines` lines. */
export function generatePlan(lines = 5000, seed = 1) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const out = ['---', 'type: dialoogplan', 'lang: nl', 'stakeholders: [leveranciers, ngo\'s]', '---', '', '# Dialoogplan leveranciers en ngo\'s', ''];
  let n = 0;
  while (out.length < lines) {
    n++;
    out.push(`## ${pick(HEADINGS)} ${n}`, '');
    const blocks = 1 + Math.floor(r() * 3);
    for (let b = 0; b < blocks && out.length < lines; b++) {
      const kind = r();
      if (kind < 0.6) out.push(pick(PARAGRAPHS), '');
      else if (kind < 0.9) out.push(...LIST.slice(0, 2 + Math.floor(r() * 3)), '');
      else out.push('| Onderwerp | Wie | Wanneer |', '| --- | --- | --- |', '| Lonen | Inkoop | Q1 |', '| Werktijden | MVO | Q2 |', '');
    }
    if (r() < 0.2) out.push(`### Toelichting ${n}`, '', pick(PARAGRAPHS), '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}
