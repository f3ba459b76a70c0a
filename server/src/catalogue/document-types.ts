// How documents announce what they are. Data for model/classify.ts.

import type { DocumentType, LocalizedList } from '../core/types.js';

export interface DocumentTypeDefinition {
  id: DocumentType;
  /** Values of front matter `type:`/`soort:` (phrases, matched whole). */
  values: LocalizedList;
  /** Title phrases that settle the type on their own. */
  specificTitles: LocalizedList;
  /** Title phrases that settle it only in a document with IMVO vocabulary. */
  generalTitles: LocalizedList;
  /** File-name phrases (the name's words, split at - _ . and case changes). */
  fileNames: readonly string[];
  /** Words typical of the type's body text, to choose between the two types. */
  bodyWords: LocalizedList;
  /** The nouns that name the kind of document itself (a plan, a policy), as
   * against its topic: "Stakeholder Engagement Policy" is a policy about
   * engagement. Decides when titles of both types match. */
  kindNouns: LocalizedList;
}

export const DOCUMENT_TYPE_DEFINITIONS: readonly DocumentTypeDefinition[] = [
  {
    id: 'dialogue-plan',
    values: {
      nl: ['dialoogplan', 'dialoog plan', 'gespreksplan', 'plan van aanpak', 'plan van aanpak stakeholderdialoog', 'stakeholderdialoog', 'dialoog', 'plan'],
      en: ['dialogue-plan', 'dialogue plan', 'dialogue', 'engagement plan', 'stakeholder engagement plan', 'stakeholder dialogue plan', 'engagement'],
    },
    specificTitles: {
      nl: ['*dialoogplan', 'gespreksplan', 'plan van aanpak ... stakeholderdialoog', 'plan ... stakeholderdialoog', 'stakeholderdialoog ... plan', 'dialoog met ... leveranciers|ngo|ngo\'s|vakbond*|stakeholders|belanghebbenden|rechthebbenden|werknemers|gemeenschap*', 'plan ... dialoog', 'consultatieplan',
        // a dialogue named by whom it is with: "Leveranciersdialoog Bangladesh", "Werknemersdialoog"
        'leveranciersdialoog|werknemersdialoog|ketendialoog|vakbondsdialoog|arbeidersdialoog|gemeenschapsdialoog|omgevingsdialoog'],
      en: ['dialogue plan', 'engagement plan', 'stakeholder engagement', 'stakeholder dialogue', 'dialogue with ... suppliers|ngos|ngo\'s|unions|stakeholders|workers|communities|rightsholders', 'engagement with ... suppliers|ngos|ngo\'s|unions|stakeholders|workers|communities', 'consultation plan',
        // a dialogue named by whom it is with: "Worker dialogue at our toy supplier", "Supplier dialogue 2025"
        'worker|workers|supplier|suppliers|community|union|ngo|multi-stakeholder dialogue|dialogues'],
    },
    generalTitles: {
      nl: ['plan van aanpak', 'dialoog', 'gesprekken met', 'consultatie'],
      en: ['plan', 'dialogue', 'consultation', 'engagement'],
    },
    fileNames: ['dialoogplan', 'dialoog', 'gespreksplan', 'dialogue', 'engagement', 'stakeholderdialoog', 'consultatieplan'],
    bodyWords: {
      nl: ['dialoog', 'gesprek*', 'bijeenkomst*', 'deelnemers', 'agenda', 'uitnodig*', 'sessie*', 'overleg', 'workshop*', 'ronde tafel*'],
      en: ['dialogue', 'meeting*', 'session*', 'participants', 'agenda', 'invit*', 'workshop*', 'round table*', 'conversation*'],
    },
    kindNouns: {
      nl: ['*plan', 'plan', 'draaiboek', 'gespreksagenda'],
      en: ['plan', 'plans', 'playbook'],
    },
  },
  {
    id: 'policy',
    values: {
      nl: ['beleid', 'imvo-beleid', 'imvo beleid', 'mvo-beleid', 'beleidsverklaring', 'mensenrechtenbeleid', 'inkoopbeleid', 'beleidsstuk', 'verklaring'],
      en: ['policy', 'rbc policy', 'human rights policy', 'responsible sourcing policy', 'policy statement', 'sourcing policy', 'statement'],
    },
    specificTitles: {
      nl: ['imvo-beleid|imvo-beleidsverklaring|mvo-beleid', 'imvo beleid', 'mensenrechtenbeleid', 'mensenrechtenverklaring*', 'beleidsverklaring', 'beleid ... imvo|mvo|mensenrechten|ketenverantwoordelijkheid', 'beleid ... maatschappelijk verantwoord*', 'beleid ... verantwoord inkopen', 'beleid ... due diligence', 'beleid ... gepaste zorgvuldigheid', 'verklaring ... mensenrechten|imvo|mvo', 'verantwoord inkoopbeleid', 'leverancierscode', 'leveranciersgedragscode', 'gedragscode ... leveranciers|toeleveranciers'],
      en: ['human rights policy', 'rbc policy', 'responsible sourcing policy', 'responsible business conduct policy', 'policy statement', 'policy ... human rights', 'policy ... responsible business', 'policy ... due diligence', 'policy ... supply chain', 'policy ... sourcing|csr|sustainability', 'human rights statement', 'responsible minerals policy', 'supplier|suppliers|vendor code', 'supplier|suppliers|vendor code of conduct', 'code of conduct ... suppliers|vendors'],
    },
    // A title that names only an RBC theme, or "our approach" to one, is how a
    // company publishes its standing position (a web page, a chapter of the
    // annual report); a plan names the dialogue or the plan itself.
    generalTitles: {
      nl: ['*beleid', 'verklaring', 'beleid', 'mensenrechten', 'verantwoord inkopen|ingekocht|ondernemen|zakendoen', 'onze aanpak|visie|uitgangspunten|principes', 'hoe wij|we ... omgaan met', 'hoe wij|we ... werken aan', 'hoe wij|we ... zorgen voor',
        // how organisations title the page on their standing position: purchasing or investing with care, chain responsibility, modern slavery
        'duurzaam|duurzame|sociaal|sociale|maatschappelijk|ethisch|ethische ... inkopen|inkoop|inkoopbeleid|beleggen|investeren', 'verantwoord|verantwoorde ... beleggen|investeren|herkomst', 'ketenverantwoordelijkheid|ketenbeheer', 'moderne slavernij', 'mensenhandel|slavernij|dwangarbeid|kinderarbeid',
        // een pagina over de maatschappelijke of sociale verantwoordelijkheid van de organisatie
        'sociale|maatschappelijke ... verantwoordelijkheid', 'maatschappelijk verantwoord', 'duurzaam|verantwoord ondernemen'],
      en: ['policy', 'statement', 'human rights', 'responsible sourcing|purchasing|procurement|business', 'our approach|position|principles|commitment', 'how we ... respect|address|manage|approach',
        // how organisations title the page on their standing position: ethical or sustainable sourcing, modern slavery
        'ethical|sustainable|social ... sourcing|procurement|purchasing|trading|trade|compliance', 'responsible|sustainable ... investment|investing', 'responsible|sustainable|ethical ... supply chain|chains', 'supply chain responsibility', 'modern slavery', 'human trafficking', 'forced|child labour|labor',
        // a page on the organisation's social or corporate responsibility
        'social|corporate ... responsibility'],
    },
    // A chapter of the annual or sustainability report states the standing
    // position too (see generalTitles); "verslag" alone is also a meeting's minutes.
    fileNames: ['beleid', 'policy', 'beleidsverklaring', 'mensenrechtenbeleid', 'inkoopbeleid', 'statement', 'leverancierscode', 'gedragscode', 'supplier code', 'jaarverslag', 'duurzaamheidsverslag', 'annual report', 'sustainability report'],
    bodyWords: {
      nl: ['beleid', 'wij verwachten', 'wij verplichten', 'verbinden ons', 'uitgangspunt*', 'principes', 'gedragscode', 'wij zetten ons in', 'reikwijdte'],
      en: ['policy', 'we expect', 'we commit', 'commit to', 'principles', 'code of conduct', 'scope', 'applies to'],
    },
    kindNouns: {
      nl: ['*beleid', 'beleid', 'beleidsverklaring', 'verklaring', 'gedragscode', 'leverancierscode'],
      en: ['policy', 'policies', 'statement', 'code of conduct', 'supplier|vendor code'],
    },
  },
];

/** The voice of a plan or policy: an organisation speaking for itself. Text
 * about such documents (manuals, READMEs, rule docs) speaks to "you" instead. */
export const OWN_VOICE: LocalizedList = {
  // Formal policies speak of themselves in the third person ("The university
  // expects suppliers to ...", "De gemeente verwacht ..."): that is own voice too.
  nl: ['wij', 'we', 'ons', 'onze', 'de onderneming', 'het bedrijf', 'de organisatie', 'de gemeente', 'de universiteit', 'de hogeschool', 'de cooperatie', 'de groep', 'de bank', 'het fonds', 'het pensioenfonds'],
  en: ['we', 'our', 'us', "we'll", "we're", "we've", 'the company', "the company's", 'the organisation', "the organisation's", 'the organization', "the organization's", 'the municipality', 'the university', 'the cooperative', 'the group', 'the bank', 'the fund', 'the society', 'the trust', 'the council'],
};

/** Words that mark a text as being about IMVO / responsible business conduct. */
export const DOMAIN_TERMS: LocalizedList = {
  nl: [
    'imvo', 'mvo', 'imvo-*', 'oeso', 'oeso-richtlijnen', 'gepaste zorgvuldigheid', 'mensenrechten*', 'rechthebbenden',
    'maatschappelijk verantwoord ondernemen', 'ketenverantwoordelijkheid', 'keten', 'productieketen', 'leefbaar loon',
    'kinderarbeid', 'dwangarbeid', 'vakvereniging', 'arbeidsrechten', 'arbeidsomstandigheden', 'risicoanalyse',
    'negatieve impact', 'misstanden', 'herstel', 'klachtenmechanisme', 'convenant', 'productielanden', 'stakeholderdialoog',
  ],
  en: [
    'due diligence', 'human rights', 'oecd', 'responsible business conduct', 'rbc', 'csr', 'supply chain', 'living wage',
    'child labour|labor', 'forced labour|labor', 'freedom of association', 'labour|labor rights', 'rights holders|rightsholders',
    'adverse impact*', 'remediation', 'grievance mechanism', 'ungp*', 'guiding principles', 'modern slavery', 'sourcing countries',
    'stakeholder engagement', 'working conditions', 'salient issues',
  ],
};

/** Titles of policies on other subjects ("Security Policy" in an open-source
 * SECURITY.md, a privacy or returns policy): such a document is not an IMVO
 * policy, however much it says "we" or mentions remediation or suppliers. */
export const OTHER_POLICY_TITLES: LocalizedList = {
  // Whole compounds and narrow pairs only: "kledingbeleid" of a fashion brand,
  // a "prompt payment policy" towards suppliers or a "supplier support policy"
  // may well be IMVO documents. Both lists are read for every title, so a
  // loanword ("disclaimer", "responsible disclosure") stands in one of them.
  nl: [
    'privacybeleid|privacyverklaring|privacyreglement|privacystatement|cookiebeleid|cookieverklaring|cookiestatement', 'beveiligingsbeleid|informatiebeveiligingsbeleid|wachtwoordbeleid',
    'retourbeleid|retourvoorwaarden|annuleringsvoorwaarden|verzendbeleid|leveringsvoorwaarden|garantievoorwaarden|betaalvoorwaarden', 'thuiswerkbeleid|verlofbeleid|vakantiebeleid|reiskostenbeleid|declaratiebeleid|dresscode|parkeerbeleid|ict-beleid|archiefbeleid|bewaarbeleid',
    'algemene voorwaarden', 'gebruiksvoorwaarden', 'toegankelijkheidsverklaring',
  ],
  en: [
    'security|privacy|cookie|cookies|vulnerability|password|retention|backup ... policy|policies|statement|notice', 'data protection', 'responsible disclosure',
    'refund|refunds|return|returns|shipping|cancellation|warranty ... policy|policies', 'versioning|release|releases|deprecation|branching|contribution|contributing|lts ... policy|policies',
    'acceptable use', 'terms of service|use', 'terms and conditions', 'travel|expense|expenses|leave|holiday|remote|dress|parking|attendance ... policy|policies', 'accessibility statement', 'disclaimer',
  ],
};

/**
 * Titles of a text *about* dialogue or policy rather than a plan or policy
 * itself: a blog post with lessons or tips, a look back, a news item, the
 * minutes or report of a meeting (issue #2 names minutes as ordinary
 * Markdown). Such a document is not checked, whatever IMVO words its title
 * and text hold.
 */
export const NARRATIVE_TITLES: LocalizedList = {
  nl: ['lessen|lessons', 'tips', 'geleerd', 'wat ... we|wij ... leerden', 'terugblik', 'kijken ... terug', 'impressie*', 'verslag', 'gespreksverslag', 'vergaderverslag', 'notulen', 'nieuws', 'interview ... met', 'column', 'blog*'],
  en: ['lesson|lessons', 'tips', 'learned|learnt', 'what ... we ... learned|learnt', 'takeaways|takeaway', 'looking back', 'look back', 'recap', 'reflections|reflecting', 'report ... of|from|on ... the|our ... meeting|dialogue|roundtable|session|workshop', 'meeting|session|workshop ... report|minutes|notes', 'minutes', 'news', 'interview ... with', 'blog*'],
};
