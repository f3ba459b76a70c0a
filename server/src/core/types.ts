// Shared vocabulary of the engine. Plain data only: the LSP and CLI adapters
// translate these shapes; nothing here knows about an editor.

export type DocumentType = 'dialogue-plan' | 'policy';
export const DOCUMENT_TYPES: readonly DocumentType[] = ['dialogue-plan', 'policy'];

export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** How strongly the SER tool asks for an element in a document type. */
export type Level = 'required' | 'recommended' | 'off';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** Severity as configured by a user; `off` silences. */
export type ConfiguredSeverity = Severity | 'off';

export type ElementStatus = 'present' | 'incomplete' | 'missing' | 'waived';

/** Stable rule ids: part of the public interface (JSON, SARIF, config, docs). */
export type RuleId =
  | 'missing-element'
  | 'incomplete-element'
  | 'missing-aspect'
  | 'invalid-front-matter'
  | 'document-too-large';
export const RULE_IDS: readonly RuleId[] = [
  'missing-element',
  'incomplete-element',
  'missing-aspect',
  'invalid-front-matter',
  'document-too-large',
];

/** LSP-compatible position: 0-based line, UTF-16 code unit offset in the line. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export interface Localized {
  nl: string;
  en: string;
}
export interface LocalizedList {
  nl: readonly string[];
  en: readonly string[];
}

/** What a quick fix needs: where to insert, and what. Never replaces text. */
export interface InsertFix {
  /** UTF-16 offset in the document where the text goes. */
  offset: number;
  position: Position;
  /** Plain text to insert (with placeholders), ends with a newline. */
  text: string;
  /** The same as a snippet with tab stops on the placeholders. */
  snippet: string;
}

export interface Finding {
  ruleId: RuleId;
  elementId: string | null;
  severity: Severity;
  message: string;
  range: Range;
  docs: string;
  /** Sub-aspects that are missing (rule `missing-aspect`). */
  aspects?: string[];
  /** Present on `missing-element`: the section skeleton to insert. */
  fix?: InsertFix;
}

export interface ElementResult {
  id: string;
  level: 'required' | 'recommended';
  status: ElementStatus;
  /** Evidence (present), the section (incomplete) or nothing (missing). */
  range?: Range;
  /** The heading of the section that holds this element, if any. */
  headingRange?: Range;
  /** Aspect ids found missing (only for present elements that have aspects). */
  missingAspects?: string[];
  /** Reason given in a front-matter waiver. */
  waiverReason?: string;
}

export interface Coverage {
  /** Applicable elements that are not waived. */
  applicable: number;
  present: number;
  incomplete: number;
  missing: number;
  waived: number;
}

/** How a document's type was decided: the `--type`/`documentType` option, a
 * `documentTypes` glob of the configuration, the front matter, the title, the
 * file name, or the text itself (the least certain, so worth saying). */
export type DocumentTypeSource = 'option' | 'config' | 'front-matter' | 'title' | 'file-name' | 'content';

export interface FileResult {
  path: string | null;
  documentType: DocumentType | null;
  /** How `documentType` was decided; null when the document is no IMVO document. */
  documentTypeFrom: DocumentTypeSource | null;
  language: Language;
  stakeholderGroups: string[];
  coverage: Coverage;
  elements: ElementResult[];
  findings: Finding[];
}
