// Plan and policy templates: front matter plus every applicable section, each
// with guidance (in a comment) and placeholders. A fresh template has no
// missing element; its placeholders make every element incomplete until filled.

import type { DocumentType, Language, Position } from '../core/types.js';
import { CREDIT, ELEMENTS, SER_TOOL_URL, STAKEHOLDER_GROUPS } from '../catalogue/index.js';
import { LineIndex } from '../text/lines.js';

export interface TemplateOptions {
  documentType: DocumentType;
  language: Language;
  /** Stakeholder group ids (suppliers, ngos, …). */
  stakeholders?: readonly string[];
}

export interface Template {
  text: string;
  /** Offset and position of the first placeholder, for the cursor. */
  firstPlaceholder: { offset: number; position: Position; length: number } | null;
}

const TYPE_WORD: Record<DocumentType, Record<Language, string>> = {
  'dialogue-plan': { nl: 'dialoogplan', en: 'dialogue-plan' },
  policy: { nl: 'beleid', en: 'policy' },
};
const TITLE: Record<DocumentType, Record<Language, string>> = {
  'dialogue-plan': { nl: 'Dialoogplan', en: 'Stakeholder dialogue plan' },
  policy: { nl: 'IMVO-beleid', en: 'Responsible business conduct policy' },
};
const PLACEHOLDER: Record<Language, string> = { nl: '[invullen]', en: '[fill in]' };
const INTRO: Record<DocumentType, Record<Language, string>> = {
  'dialogue-plan': {
    nl: 'Vul elke sectie in voor deze dialoog. IMVO Lint laat zien wat nog ontbreekt.',
    en: 'Fill in each section for this dialogue. IMVO Lint shows what is still missing.',
  },
  policy: {
    nl: 'Vul elke sectie in voor uw beleid. IMVO Lint laat zien wat nog ontbreekt.',
    en: 'Fill in each section of your policy. IMVO Lint shows what is still missing.',
  },
};

export function generateTemplate(options: TemplateOptions): Template {
  const { documentType: type, language: lang } = options;
  const groups = STAKEHOLDER_GROUPS.filter((g) => options.stakeholders?.includes(g.id));
  const active = new Set<string>(['general']);
  for (const g of groups) for (const a of g.activates ?? []) active.add(a);

  const stakeholderList = groups.map((g) => yamlString(g.title[lang].toLowerCase()));
  const lines: string[] = [
    '---',
    `type: ${TYPE_WORD[type][lang]}`,
    `lang: ${lang}`,
    `stakeholders: [${stakeholderList.join(', ')}]`,
    '---',
    '',
    `# ${TITLE[type][lang]}: ${PLACEHOLDER[lang]}`,
    '',
    `<!-- ${INTRO[type][lang]} ${plainCredit(lang)} -->`,
    '',
  ];
  for (const e of ELEMENTS) {
    if (e.levels[type] === 'off' || !active.has(e.group)) continue;
    lines.push(`## ${e.title[lang]}`, '', e.skeleton[lang].trim(), '');
  }
  const text = lines.join('\n');
  const at = text.indexOf(PLACEHOLDER[lang], text.indexOf('\n# '));
  const index = new LineIndex(text);
  return {
    text,
    firstPlaceholder: at < 0 ? null : { offset: at, position: index.positionAt(at), length: PLACEHOLDER[lang].length },
  };
}

function plainCredit(lang: Language): string {
  // The credit without Markdown link syntax, as it stands in a comment.
  return `${CREDIT[lang].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/-->/g, '')} (${SER_TOOL_URL}).`.replace(/\(\s*\)/, '');
}

function yamlString(s: string): string {
  return /^[\p{L}\p{N} ._-]+$/u.test(s) ? s : JSON.stringify(s);
}
