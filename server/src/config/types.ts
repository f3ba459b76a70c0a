// The configuration a lint runs with: the `.imvo-lint.json` format (see
// docs/config.md and schemas/imvo-lint.schema.json), also used for editor
// settings. Data only: nothing in it is ever executed.

import type { ConfiguredSeverity, DocumentType, Language, Level, RuleId } from '../core/types.js';
import type { ElementGroup } from '../catalogue/types.js';

/** A string for both languages, or one per language. */
export type Text = string | { nl?: string; en?: string };
export type TextList = readonly string[] | { nl?: readonly string[]; en?: readonly string[] };

/** An organisation's own element, in the catalogue's shape; most fields optional. */
export interface CustomElementConfig {
  id: string;
  group?: ElementGroup;
  levels?: Partial<Record<DocumentType, Level>>;
  title: Text;
  summary?: Text;
  explanation?: Text;
  why?: Text;
  headings?: TextList;
  signals?: TextList;
  cues?: TextList;
  exclude?: TextList;
  /** The element is the organisation's own measure: a sentence that puts the duty on someone else is no evidence. */
  ownMeasure?: boolean;
  skeleton?: Text;
  aspects?: Array<{ id: string; title: Text; signals: TextList }>;
}

export interface LintConfig {
  rules?: Partial<Record<RuleId, ConfiguredSeverity>>;
  elements?: Record<string, ConfiguredSeverity>;
  documentTypes?: Partial<Record<DocumentType, readonly string[]>>;
  language?: Language | 'auto';
  customElements?: readonly CustomElementConfig[];
}
