// Generated documentation: one page per element and per rule (Dutch and
// English), an index, and the config schema. Written by `npm run generate`;
// `npm test` fails when a committed file differs from what this renders.

import type { Language, RuleId } from '../core/types.js';
import { RULE_IDS } from '../core/types.js';
import { CREDIT, ELEMENTS, SER_TOOL_URL, STAKEHOLDER_GROUPS } from '../catalogue/index.js';
import type { ElementDefinition } from '../catalogue/types.js';
import { configSchema } from '../config/schema.js';

const GENERATED = '<!-- Generated from the element catalogue by `npm run generate`. Do not edit by hand. -->\n<!-- imvo-lint-disable-file -->';

const L = {
  en: {
    element: 'Element', id: 'Id', group: 'Applies when', level: 'Level', plan: 'Dialogue plan', policy: 'Policy', what: 'What it is',
    why: 'Why it matters', headings: 'Headings that count for it (examples)', aspects: 'Sub-aspects (a hint when one is missing)',
    skeleton: 'Section inserted by the quick fix', silence: 'Silencing', source: 'Source', required: 'required', recommended: 'recommended', off: 'not checked',
    general: 'always', suppliers: 'suppliers are among the stakeholders', ngos: 'NGOs, civil society or trade unions are among the stakeholders',
    silenceText: (id: string) => `Waive it for one document in the front matter, with a reason:\n\n\`\`\`yaml\nimvo-lint:\n  waive:\n    ${id}: "why this does not apply"\n\`\`\`\n\nor turn it off for a project in \`.imvo-lint.json\`: \`{ "elements": { "${id}": "off" } }\`.`,
  },
  nl: {
    element: 'Element', id: 'Id', group: 'Geldt wanneer', level: 'Niveau', plan: 'Dialoogplan', policy: 'Beleid', what: 'Wat het is',
    why: 'Waarom het ertoe doet', headings: 'Koppen die ervoor tellen (voorbeelden)', aspects: 'Deelaspecten (een tip wanneer er een ontbreekt)',
    skeleton: 'Sectie die de snelle oplossing invoegt', silence: 'Uitzetten', source: 'Bron', required: 'verplicht', recommended: 'aanbevolen', off: 'niet gecontroleerd',
    general: 'altijd', suppliers: 'leveranciers tot de stakeholders behoren', ngos: "ngo's, maatschappelijke organisaties of vakbonden tot de stakeholders behoren",
    silenceText: (id: string) => `Ontheffing voor één document in de front matter, met een reden:\n\n\`\`\`yaml\nimvo-lint:\n  waive:\n    ${id}: "waarom dit hier niet van toepassing is"\n\`\`\`\n\nof zet het uit voor een project in \`.imvo-lint.json\`: \`{ "elements": { "${id}": "off" } }\`.`,
  },
};

const RULES: Record<RuleId, Record<Language, { title: string; text: string }>> = {
  'missing-element': {
    en: { title: 'An element is missing', text: 'The document says nothing that covers the element. Required elements give a warning, recommended ones an information message. The finding sits on the heading after which the section belongs (or on the title); its quick fix inserts a section skeleton there, in catalogue order, without touching existing text.' },
    nl: { title: 'Een element ontbreekt', text: 'Het document zegt niets dat het element dekt. Verplichte elementen geven een waarschuwing, aanbevolen elementen een informatiemelding. De melding staat op de kop waarna de sectie hoort (of op de titel); de snelle oplossing voegt daar een sectieskelet in, in de volgorde van de catalogus, zonder bestaande tekst aan te raken.' },
  },
  'incomplete-element': {
    en: { title: 'A section holds only a placeholder', text: 'A heading for the element exists, but under it stands only a placeholder (empty, TODO, TBD, ..., xxx, [fill in]) or a template\'s instruction ("Describe how ..."). Write the content, or remove the heading.' },
    nl: { title: 'Een sectie bevat alleen een placeholder', text: 'Er staat een kop voor het element, maar daaronder alleen een placeholder (leeg, TODO, n.t.b., nader te bepalen, ..., xxx, [invullen]) of een aanwijzing uit een sjabloon ("Beschrijf hoe ..."). Schrijf de inhoud, of haal de kop weg.' },
  },
  'missing-aspect': {
    en: { title: 'A sub-aspect is not addressed', text: 'The element is present, but says nothing about one or more of its sub-aspects (for example who is responsible for follow-up and by when, or safety and language for accessibility). One hint per element lists them.' },
    nl: { title: 'Een deelaspect komt niet aan bod', text: 'Het element is aanwezig, maar zegt niets over een of meer deelaspecten (bijvoorbeeld wie verantwoordelijk is voor de opvolging en wanneer, of veiligheid en taal bij toegankelijkheid). Eén tip per element noemt ze.' },
  },
  'invalid-front-matter': {
    en: { title: 'The front matter cannot be used as written', text: 'The YAML block at the top of the document cannot be read (a colon in a title is a common cause: quote the title). Only its type and language lines are still read; its stakeholders and waivers are ignored. The same rule reports a waiver that gives no reason (it does not count until it says why) and a waiver for an element that does not exist (usually a typo in its id).' },
    nl: { title: 'De front matter is niet bruikbaar zoals hij er staat', text: 'Het YAML-blok bovenaan het document is onleesbaar (vaak door een dubbele punt in een titel: zet die tussen aanhalingstekens). Alleen de regels voor soort en taal worden nog gelezen; stakeholders en ontheffingen daarin worden genegeerd. Dezelfde regel meldt een ontheffing zonder reden (die telt pas als ze zegt waarom) en een ontheffing voor een element dat niet bestaat (meestal een tikfout in de id).' },
  },
  'document-too-large': {
    en: { title: 'The document is too large to check', text: 'Documents over 1 MB or over 10,000 lines are not linted, so that the editor stays responsive. When the start of such a document shows it is a policy or dialogue plan (front matter, configured globs, title, file name or its opening text), one warning says so and names the limit, so that a CI run does not pass it unchecked; other large files get nothing.' },
    nl: { title: 'Het document is te groot om te controleren', text: 'Documenten groter dan 1 MB of langer dan 10.000 regels worden niet gecontroleerd, zodat de editor vlot blijft. Als het begin van zo\'n document laat zien dat het een beleid of dialoogplan is (front matter, ingestelde globs, titel, bestandsnaam of de openingstekst), zegt één waarschuwing dat en noemt de grens, zodat een CI-run het niet ongecontroleerd laat passeren; andere grote bestanden krijgen niets.' },
  },
};

function elementSection(e: ElementDefinition, lang: Language): string {
  const t = L[lang];
  const heading = (list: readonly string[]) => list.filter((h) => !/[*|]|\.\.\./.test(h)).slice(0, 8).map((h) => `\`${h}\``).join(', ');
  const lines = [
    `## ${e.title[lang]}`,
    '',
    `*${e.summary[lang]}*`,
    '',
    `| ${t.id} | ${t.group} | ${t.plan} | ${t.policy} |`,
    '| --- | --- | --- | --- |',
    `| \`${e.id}\` | ${t[e.group]} | ${t[e.levels['dialogue-plan']]} | ${t[e.levels.policy]} |`,
    '',
    `### ${t.what}`,
    '',
    e.explanation[lang].trim(),
    '',
    `### ${t.why}`,
    '',
    e.why[lang].trim(),
    '',
    `### ${t.headings}`,
    '',
    `${heading(e.headings[lang])}`,
    '',
  ];
  if (e.aspects?.length) {
    lines.push(`### ${t.aspects}`, '', ...e.aspects.map((a) => `- \`${a.id}\`: ${a.title[lang]}`), '');
  }
  lines.push(`### ${t.skeleton}`, '', '```markdown', `## ${e.title[lang]}`, '', e.skeleton[lang].trim(), '```', '', `### ${t.silence}`, '', t.silenceText(e.id), '');
  lines.push(`### ${t.source}`, '', `${e.source[lang]}. ${CREDIT[lang]}`, '');
  return lines.join('\n');
}

export function renderElementDoc(e: ElementDefinition): string {
  return [GENERATED, '', `# ${e.title.en} / ${e.title.nl}`, '', `[English](#english) · [Nederlands](#nederlands)`, '', '<a id="english"></a>', '', elementSection(e, 'en'), '<a id="nederlands"></a>', '', elementSection(e, 'nl')].join('\n');
}

export function renderRuleDoc(id: RuleId): string {
  const r = RULES[id];
  return [
    GENERATED, '', `# \`${id}\``, '',
    `## ${r.en.title}`, '', r.en.text, '',
    `## ${r.nl.title}`, '', r.nl.text, '',
    id === 'missing-element' || id === 'incomplete-element' || id === 'missing-aspect'
      ? `Elements / Elementen: ${ELEMENTS.map((e) => `[\`${e.id}\`](${e.id}.md)`).join(', ')}\n`
      : '',
    `Configure / instellen: \`.imvo-lint.json\` → \`{ "rules": { "${id}": "off" | "hint" | "information" | "warning" | "error" } }\`\n`,
  ].join('\n');
}

export function renderIndex(): string {
  const rows = ELEMENTS.map((e) => `| [\`${e.id}\`](${e.id}.md) | ${e.title.en} | ${e.title.nl} | ${e.group} | ${e.levels['dialogue-plan']} | ${e.levels.policy} |`);
  const rules = RULE_IDS.map((id) => `| [\`${id}\`](${id}.md) | ${RULES[id].en.title} | ${RULES[id].nl.title} |`);
  return [
    GENERATED, '', '# Rules and elements / Regels en elementen', '',
    `Based on the SER tool 'Commitment van stakeholders' / Gebaseerd op de SER-tool 'Commitment van stakeholders': ${SER_TOOL_URL}`, '',
    '## Elements / Elementen', '', '| id | English | Nederlands | group | dialogue plan | policy |', '| --- | --- | --- | --- | --- | --- |', ...rows, '',
    '## Rules / Regels', '', '| id | English | Nederlands |', '| --- | --- | --- |', ...rules, '',
  ].join('\n');
}

/** Every generated file, by path relative to the repository root. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('docs/rules/README.md', renderIndex());
  for (const e of ELEMENTS) files.set(`docs/rules/${e.id}.md`, renderElementDoc(e));
  for (const id of RULE_IDS) files.set(`docs/rules/${id}.md`, renderRuleDoc(id));
  files.set('schemas/imvo-lint.schema.json', JSON.stringify(configSchema(), null, 2) + '\n');
  files.set('client/src/generated/groups.ts', renderClientGroups());
  return files;
}

/** What the VS Code client needs of the stakeholder groups: not their phrases, which would only weigh down its bundle. */
function renderClientGroups(): string {
  const groups = STAKEHOLDER_GROUPS.map((g) => ({ id: g.id, title: { nl: g.title.nl, en: g.title.en }, activates: [...(g.activates ?? [])] }));
  return [
    '// Generated by `npm run generate` from server/src/catalogue/groups.ts: the ids,',
    '// titles and activated element groups of the stakeholder groups, all the',
    '// client needs (their phrases stay in the server). Do not edit.',
    '',
    `export const STAKEHOLDER_GROUPS: ReadonlyArray<{ id: string; title: { nl: string; en: string }; activates: readonly string[] }> = ${JSON.stringify(groups, null, 2)};`,
    '',
  ].join('\n');
}
