// The custom part of the contract with the language server (docs/protocol.md).
// Plain types only, so that pure helpers and unit tests can use them without `vscode`.

export type DocumentType = 'dialogue-plan' | 'policy';
export type DocumentLanguage = 'nl' | 'en';
export type ElementStatus = 'present' | 'incomplete' | 'missing' | 'waived';

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export interface CoverageCounts {
  applicable: number;
  present: number;
  incomplete: number;
  missing: number;
  waived: number;
}

export interface CoverageElement {
  id: string;
  title: string;
  level: 'required' | 'recommended';
  status: ElementStatus;
  range?: LspRange;
  headingRange?: LspRange;
  /** Optional: one line on what the element asks for (client locale). */
  summary?: string;
  /** Optional: titles of the sub-aspects found missing (client locale). */
  missingAspects?: string[];
  /** Optional: the reason given in a front-matter waiver. */
  waiverReason?: string;
  /** Optional: documentation URL of the element. */
  docs?: string;
}

export interface CoverageParams {
  uri: string;
  version: number | null;
  documentType: DocumentType | null;
  language: DocumentLanguage;
  coverage: CoverageCounts;
  elements: CoverageElement[];
}

export interface TemplateParams {
  documentType: DocumentType;
  language: DocumentLanguage;
  stakeholders: string[];
}
export interface TemplateResult {
  text: string;
  firstPlaceholder: LspRange | null;
}

export interface InsertSectionsParams {
  uri: string;
  elements?: string[];
}
export interface InsertSectionsResult {
  edits: Array<{ range: LspRange; newText: string; snippet: string }>;
}

export const Methods = {
  coverage: 'imvoLint/coverage',
  template: 'imvoLint/template',
  insertSections: 'imvoLint/insertSections',
} as const;

export const Commands = {
  newPlan: 'imvoLint.newPlan',
  insertMissingSections: 'imvoLint.insertMissingSections',
  insertSection: 'imvoLint.insertSection',
  goToElement: 'imvoLint.goToElement',
  showCoverage: 'imvoLint.showCoverage',
  restartServer: 'imvoLint.restartServer',
  openRuleDocumentation: 'imvoLint.openRuleDocumentation',
} as const;

/** Rule ids (server/src/core/types.ts), for the documentation picker. */
export const RULE_IDS = [
  'missing-element',
  'incomplete-element',
  'missing-aspect',
  'invalid-front-matter',
  'document-too-large',
] as const;

export const DOCS_BASE = 'https://github.com/imvo-lint/imvo-lint/blob/main/docs/rules/';

/** A rule id, element id or URL → the page to open. */
export function documentationUrl(target: string): string {
  if (/^https?:\/\//i.test(target)) return target;
  return DOCS_BASE + encodeURIComponent(target) + '.md';
}
