// lint(text, options): the whole pipeline for one document, without touching
// the disk. text → segments → structure → type/language/groups → judgements →
// findings. analyse() returns the intermediate model too, for the editor.

import type {
  ConfiguredSeverity, Coverage, DocumentType, DocumentTypeSource, ElementResult, FileResult, Finding, Language, Range, RuleId, Severity,
} from './core/types.js';
import { catalogueFor, docsUrl } from './catalogue/index.js';
import type { CompiledCatalogue, CompiledElement } from './catalogue/compile.js';
import { SegmentCache } from './parse/cache.js';
import { buildStructure, type DocumentStructure } from './model/document.js';
import { declaredLanguage, decideLanguage, decideStakeholders, decideType, sampleText, type TypeDecision } from './model/classify.js';
import { contentSections, judgeElement, type Judgement } from './check/judge.js';
import { buildInsertion, place } from './check/placement.js';
import { declaredWaivers, Directives, readWaivers } from './check/directives.js';
import { releaseSentenceKeys } from './check/evidence.js';
import { listJoin, message, toLocale } from './i18n/messages.js';
import type { LintConfig } from './config/types.js';
import { toElementDefinition } from './config/custom-elements.js';

/**
 * Documents larger than this (UTF-16 code units) or with more lines than
 * DEFAULT_MAX_LINES are not linted (an IMVO document gets one warning instead, see tooLargeResult). Real IMVO
 * documents are 5-100 KB and a few thousand lines at most; the parser costs up to
 * ~150 µs per line (list items, table rows), so these keep every lint within about
 * a second (docs/robustness.md).
 */
export const DEFAULT_MAX_SIZE = 1024 * 1024;
export const DEFAULT_MAX_LINES = 10_000;

export interface LintOptions {
  /** Path or URI path, used for document-type globs and file-name hints and reported as is. */
  path?: string | null;
  /** The path as `config.documentTypes` globs see it, when it differs from `path`: relative
   * to the folder of the configuration file they come from (the CLI reports paths relative
   * to the working folder, a configuration file may sit anywhere above the document). */
  globPath?: string | null;
  documentType?: DocumentType | 'auto' | null;
  /** Language of the document (inserted text); `auto` detects it. */
  language?: Language | 'auto';
  stakeholders?: readonly string[] | 'auto';
  config?: LintConfig;
  /** Language of messages: `nl`, `en`, or a locale like `nl-NL`. Default `en`. */
  locale?: string;
  /** Reuse parses between calls (the language server keeps one per document). */
  cache?: SegmentCache;
  /** Size limit in UTF-16 code units (default DEFAULT_MAX_SIZE). */
  maxSize?: number;
  /** Line limit (default DEFAULT_MAX_LINES); line breaks are \n, \r\n and a lone \r. */
  maxLines?: number;
}

export interface Analysis {
  result: FileResult;
  structure: DocumentStructure | null;
  catalogue: CompiledCatalogue;
  judgements: Judgement[];
  typeDecision: TypeDecision;
  locale: Language;
}

const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  'missing-element': 'warning',
  'incomplete-element': 'warning',
  'missing-aspect': 'hint',
  'invalid-front-matter': 'warning',
  'document-too-large': 'warning',
};

export function lint(text: string, options: LintOptions = {}): FileResult {
  return analyse(text, options).result;
}

export function analyse(text: string, options: LintOptions = {}): Analysis {
  const config = options.config ?? {};
  const locale = toLocale(options.locale);
  const catalogue = catalogueFor((config.customElements ?? []).map(toElementDefinition));
  const path = options.path ?? null;
  const empty = (language: Language): FileResult => ({
    path, documentType: null, documentTypeFrom: null, language, stakeholderGroups: [], coverage: { applicable: 0, present: 0, incomplete: 0, missing: 0, waived: 0 }, elements: [], findings: [],
  });

  const tooLarge = overLimit(text, options);
  if (tooLarge) {
    const result = tooLargeResult(options, tooLarge, text);
    return { result, structure: null, catalogue, judgements: [], typeDecision: { type: result.documentType, reason: result.documentTypeFrom ?? 'none' }, locale };
  }

  const structure = buildStructure(text, options.cache ?? null);
  // `<!-- imvo-lint-disable-file -->`: a document about plans, not a plan (like markdownlint's disable-file).
  if (structure.comments.some((c) => c.body === 'imvo-lint-disable-file')) {
    return { result: empty(decideLanguage(structure, sampleText(structure))), structure, catalogue, judgements: [], typeDecision: { type: null, reason: 'option' }, locale };
  }
  const sample = sampleText(structure);
  const typeDecision: TypeDecision =
    options.documentType && options.documentType !== 'auto'
      ? { type: options.documentType, reason: 'option' }
      : options.documentType === null
        ? { type: null, reason: 'option' }
        : decideType(structure, catalogue, path, config.documentTypes, sample, options.globPath ?? path);
  const language = documentLanguage(structure, sample, options, config);
  const type = typeDecision.type;
  if (!type) return { result: empty(language), structure, catalogue, judgements: [], typeDecision, locale };

  const groups = options.stakeholders && options.stakeholders !== 'auto' ? [...options.stakeholders] : decideStakeholders(structure, catalogue, sample);
  const active = new Set<string>(['general']);
  for (const g of catalogue.groups) if (groups.includes(g.def.id)) for (const a of g.def.activates ?? []) active.add(a);

  const waivers = readWaivers(structure);
  const sections = contentSections(structure);
  const judgements: Judgement[] = [];
  try {
    for (const element of catalogue.elements) {
      const level = element.def.levels[type];
      if (level === 'off' || !active.has(element.def.group)) continue;
      if (config.elements?.[element.def.id] === 'off') continue;
      const j = safeJudge(catalogue, structure, sections, element, level);
      if (waivers.has(element.def.id)) {
        j.status = 'waived';
        j.waiverReason = waivers.get(element.def.id);
        j.missingAspects = [];
      }
      judgements.push(j);
    }
  } finally {
    releaseSentenceKeys();
  }

  const findings = makeFindings(structure, judgements, config, locale, language, catalogue);
  const elements: ElementResult[] = judgements.map((j) => elementResult(structure, j));
  const coverage: Coverage = { applicable: 0, present: 0, incomplete: 0, missing: 0, waived: 0 };
  for (const e of elements) {
    if (e.status === 'waived') coverage.waived++;
    else {
      coverage.applicable++;
      coverage[e.status]++;
    }
  }
  return {
    result: { path, documentType: type, documentTypeFrom: typeDecision.reason === 'none' ? null : typeDecision.reason, language, stakeholderGroups: groups, coverage, elements, findings },
    structure, catalogue, judgements, typeDecision, locale,
  };
}

/**
 * Which limit `text` is over, or null. Decided before any parsing, in one pass
 * that stops at the first line beyond the limit.
 */
export function overLimit(text: string, options: Pick<LintOptions, 'maxSize' | 'maxLines'> = {}): 'size' | 'lines' | null {
  if (text.length > (options.maxSize ?? DEFAULT_MAX_SIZE)) return 'size';
  const maxLines = options.maxLines ?? DEFAULT_MAX_LINES;
  // Lines as the editor counts them (\n, \r\n, a lone \r); a final line break starts no line.
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (i + 1 < text.length && ++lines > maxLines) return 'lines';
  }
  return null;
}

function formatLimit(kind: 'size' | 'lines', options: LintOptions, locale: Language): string {
  if (kind === 'lines') return String(options.maxLines ?? DEFAULT_MAX_LINES).replace(/\B(?=(?:\d{3})+$)/g, locale === 'nl' ? '.' : ',');
  return `${Math.round(((options.maxSize ?? DEFAULT_MAX_SIZE) / 1024 / 1024) * 10) / 10} MB`;
}

/** How much of a document over the limits is read to tell its type. */
export const TYPE_HEAD_SIZE = 64 * 1024;

/**
 * The result for a document over the size or line limit: no lint. Its type is
 * told from its head (front matter, globs, title, file name, opening text), as
 * far as that goes: an IMVO document gets one finding that names the limit, a
 * warning by default, so that CI does not pass a policy nobody checked; any
 * other file (a long changelog) gets nothing, like all ordinary Markdown.
 */
export function tooLargeResult(options: LintOptions, kind: 'size' | 'lines' = 'size', head = ''): FileResult {
  const config = options.config ?? {};
  const locale = toLocale(options.locale);
  const decision = typeOfHead(head, options, config);
  const result: FileResult = { path: options.path ?? null, documentType: decision.type, documentTypeFrom: decision.type ? decision.reason : null, language: decision.language, stakeholderGroups: [], coverage: { applicable: 0, present: 0, incomplete: 0, missing: 0, waived: 0 }, elements: [], findings: [] };
  const severity = severityFor(config, 'document-too-large', null);
  if (!decision.type || severity === 'off') return result;
  result.findings.push({
    ruleId: 'document-too-large', elementId: null, severity,
    message: message(kind === 'lines' ? 'tooManyLines' : 'tooLarge', locale, { limit: formatLimit(kind, options, locale) }),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, docs: docsUrl('document-too-large'),
  });
  return result;
}

function typeOfHead(text: string, options: LintOptions, config: LintConfig): { type: DocumentType | null; reason: DocumentTypeSource; language: Language } {
  // Whole lines only, within the head's size.
  const cut = text.length > TYPE_HEAD_SIZE ? text.lastIndexOf('\n', TYPE_HEAD_SIZE) : text.length;
  // With the editor's segment cache: the head seldom changes while a huge document is edited.
  const structure = buildStructure(text.slice(0, cut > 0 ? cut : Math.min(text.length, TYPE_HEAD_SIZE)), options.cache ?? null);
  const sample = sampleText(structure);
  const language = documentLanguage(structure, sample, options, config);
  if (options.documentType && options.documentType !== 'auto') return { type: options.documentType, reason: 'option', language };
  if (options.documentType === null || structure.comments.some((c) => c.body === 'imvo-lint-disable-file')) return { type: null, reason: 'option', language };
  const catalogue = catalogueFor((config.customElements ?? []).map(toElementDefinition));
  const decision = decideType(structure, catalogue, options.path ?? null, config.documentTypes, sample, options.globPath ?? options.path ?? null);
  return { type: decision.type, reason: decision.reason === 'none' ? 'content' : decision.reason, language };
}

/**
 * The document's language: the caller's `language` option, else what the document
 * declares (front matter), else the configuration's (settings, `.imvo-lint.json`),
 * else detected. The document is the most specific source, as docs/config.md says.
 */
function documentLanguage(structure: DocumentStructure, sample: string, options: LintOptions, config: LintConfig): Language {
  if (options.language && options.language !== 'auto') return options.language;
  const configured = config.language && config.language !== 'auto' ? config.language : null;
  return declaredLanguage(structure) ?? configured ?? decideLanguage(structure, sample);
}

/** A check that throws must not take the others down: it counts as not judged (missing), logged once. */
const reported = new Set<string>();
export let onCheckError: (elementId: string, error: unknown) => void = (id, e) => {
  if (reported.has(id)) return;
  reported.add(id);
  console.error(`imvo-lint: the check for '${id}' failed: ${(e as Error)?.stack ?? e}`);
};
export function setCheckErrorHandler(handler: (elementId: string, error: unknown) => void): void {
  onCheckError = handler;
}

function safeJudge(catalogue: CompiledCatalogue, structure: DocumentStructure, sections: DocumentStructure['sections'], element: CompiledElement, level: 'required' | 'recommended'): Judgement {
  try {
    return judgeElement(catalogue, structure, sections, element, level);
  } catch (e) {
    onCheckError(element.def.id, e);
    return { element, level, status: 'missing', candidates: [], section: null, evidence: [], missingAspects: [] };
  }
}

function severityFor(config: LintConfig, rule: RuleId, elementId: string | null, fallback?: Severity): ConfiguredSeverity {
  const byRule = config.rules?.[rule];
  if (byRule === 'off') return 'off';
  // Own keys only: a custom element may be called `constructor`.
  const byElement = elementId && rule !== 'missing-aspect' && config.elements && Object.hasOwn(config.elements, elementId) ? config.elements[elementId] : undefined;
  return byElement ?? byRule ?? fallback ?? DEFAULT_SEVERITY[rule];
}

function elementResult(structure: DocumentStructure, j: Judgement): ElementResult {
  const r: ElementResult = { id: j.element.def.id, level: j.level, status: j.status };
  const { lines } = structure;
  if (j.section && j.status !== 'missing') {
    r.range = lines.range(j.section.headingStart, j.section.end);
    r.headingRange = lines.range(j.section.headingStart, j.section.headingEnd);
  } else if (j.evidence.length && j.status !== 'missing') {
    r.range = lines.range(j.evidence[0].start, j.evidence[0].end);
  }
  if (j.status === 'present' && j.element.aspects.length) r.missingAspects = j.missingAspects;
  if (j.status === 'waived') r.waiverReason = j.waiverReason ?? '';
  return r;
}

/** Waivers that do not count: no reason given, or no such element. */
function waiverFindings(structure: DocumentStructure, config: LintConfig, locale: Language, catalogue: CompiledCatalogue): Finding[] {
  const fm = structure.frontMatter;
  const severity = severityFor(config, 'invalid-front-matter', null);
  if (!fm || severity === 'off') return [];
  const known = catalogue.elements.map((e) => e.def.id);
  const out: Finding[] = [];
  for (const w of declaredWaivers(structure)) {
    const unknown = !known.includes(w.id);
    if (!unknown && w.reason !== null) continue;
    const text = unknown ? message('waiverUnknownElement', locale, { id: w.id, known: known.join(', ') }) : message('waiverWithoutReason', locale, { id: w.id });
    out.push({ ruleId: 'invalid-front-matter', elementId: null, severity, message: text, range: frontMatterLineOf(structure, w.id), docs: docsUrl('invalid-front-matter') });
  }
  return out;
}

/** The front-matter line that names `id` (as a key or list item, else anywhere), or its first line. */
function frontMatterLineOf(structure: DocumentStructure, id: string): Range {
  const fm = structure.frontMatter!;
  const { lines } = structure;
  const block = structure.text.slice(fm.start, fm.end);
  const name = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^[ \\t]*(?:-[ \\t]*)?["']?${name}["']?[ \\t]*(?::|$)`, 'm').exec(block) ?? new RegExp(`(?<![\\w-])${name}(?![\\w-])`).exec(block);
  const line = lines.positionAt(fm.start + (m ? m.index + m[0].length - m[0].trimStart().length : 0)).line;
  return { start: { line, character: 0 }, end: { line, character: lines.lineEnd(line) - lines.lineStart(line) } };
}

function makeFindings(structure: DocumentStructure, judgements: Judgement[], config: LintConfig, locale: Language, language: Language, catalogue: CompiledCatalogue): Finding[] {
  const findings: Finding[] = [];
  const directives = Directives.read(structure);
  const { lines } = structure;
  const fm = structure.frontMatter;
  if (fm?.error) {
    const severity = severityFor(config, 'invalid-front-matter', null);
    const at = lines.positionAt(fm.error.offset);
    if (severity !== 'off') {
      findings.push({
        ruleId: 'invalid-front-matter', elementId: null, severity, message: message('invalidFrontMatter', locale, { error: fm.error.message }),
        range: { start: at, end: { line: at.line, character: lines.lineEnd(at.line) - lines.lineStart(at.line) } }, docs: docsUrl('invalid-front-matter'),
      });
    }
  }
  findings.push(...waiverFindings(structure, config, locale, catalogue));
  for (const j of judgements) {
    const def = j.element.def;
    const title = def.title[locale];
    const base = { elementId: def.id, docs: docsUrl(def.id) };
    if (j.status === 'missing') {
      const severity = severityFor(config, 'missing-element', def.id, j.level === 'required' ? 'warning' : 'information');
      if (severity === 'off') continue;
      const p = place(structure, judgements, j);
      let msg = message(j.level === 'required' ? 'missingRequired' : 'missingRecommended', locale, { title, summary: def.summary[locale] });
      if (j.candidates.length) msg += message('missingBesideHeading', locale, { heading: j.candidates[0].title });
      findings.push({
        ruleId: 'missing-element', ...base, severity, message: msg.trim(), range: p.anchor,
        fix: buildInsertion(structure, p.offset, [{ depth: p.depth, title: def.title[language], skeleton: def.skeleton[language] }]),
      });
    } else if (j.status === 'incomplete' && j.section) {
      const severity = severityFor(config, 'incomplete-element', def.id);
      if (severity === 'off') continue;
      findings.push({ ruleId: 'incomplete-element', ...base, severity, message: message('incomplete', locale, { title }), range: lines.range(j.section.headingStart, j.section.headingEnd) });
    } else if (j.status === 'present' && j.missingAspects.length) {
      const severity = severityFor(config, 'missing-aspect', def.id);
      if (severity === 'off') continue;
      const names = j.missingAspects.map((id) => j.element.aspects.find((a) => a.def.id === id)!.def.title[locale]);
      const range = j.section ? lines.range(j.section.headingStart, j.section.headingEnd) : lines.range(j.evidence[0].start, j.evidence[0].end);
      findings.push({ ruleId: 'missing-aspect', ...base, severity, message: message('missingAspects', locale, { title, aspects: listJoin(names, locale) }), range, aspects: j.missingAspects });
    }
  }
  return findings.filter((f) => {
    if (directives.disabled(lines.offsetAt(f.range.start), f.ruleId, f.elementId)) return false;
    if (f.ruleId === 'missing-element') return !directives.names(f.elementId) && !(f.fix && directives.disabled(f.fix.offset, f.ruleId, f.elementId));
    return true;
  });
}

