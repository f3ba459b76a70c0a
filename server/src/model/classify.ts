// Document type, language and stakeholder groups. Each is read from front
// matter first, then from file name, title and text. Ordinary Markdown must
// come out as type `null`: a linter that nags in READMEs gets uninstalled.

import picomatch from 'picomatch';
import type { DocumentType, DocumentTypeSource, Language } from '../core/types.js';
import { DOCUMENT_TYPE_DEFINITIONS, DOMAIN_TERMS, NARRATIVE_TITLES, OTHER_POLICY_TITLES, OWN_VOICE } from '../catalogue/document-types.js';
import { isOwnTitle, type CompiledCatalogue } from '../catalogue/compile.js';
import { compilePhrases } from '../match/phrases.js';
import { normalize } from '../match/normalize.js';
import { isPlaceholderBlock } from '../match/placeholder.js';
import { field, stringList } from './frontmatter.js';
import type { DocumentStructure } from './document.js';

const both = (l: { nl: readonly string[]; en: readonly string[] }) => [...l.nl, ...l.en];
const anchored = (phrases: string[]) => new RegExp(`^(?:${compilePhrases(phrases)!.source})$`, 'u');

const TYPES = DOCUMENT_TYPE_DEFINITIONS.map((d) => ({
  id: d.id,
  value: anchored(both(d.values)),
  specific: compilePhrases(both(d.specificTitles))!,
  general: compilePhrases(both(d.generalTitles))!,
  fileName: compilePhrases(d.fileNames)!,
  body: compilePhrases(both(d.bodyWords))!,
  kind: compilePhrases(both(d.kindNouns))!,
}));
const DOMAIN = compilePhrases(both(DOMAIN_TERMS))!;
const OWN = compilePhrases(both(OWN_VOICE))!;
const OTHER_POLICY = compilePhrases(both(OTHER_POLICY_TITLES))!;
const NARRATIVE = compilePhrases(both(NARRATIVE_TITLES))!;
const TOPIC_PREPOSITION = /\s(?:over|about|on|for|voor|van|under|onder|in|of|met|with|to|bij|rond|around|regarding|inzake|betreffende|binnen|within)\s/;
const WORD = /[^\s!-&(-/:-@[-^`{-~]+/g;

/** True when the organisation speaks for itself (at least one "we/our" per 100 words). */
function ownVoice(sample: string): boolean {
  const words = sample.match(WORD)?.length ?? 0;
  return words > 0 && count2(OWN, sample) * 100 >= words;
}
function count2(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

export interface TypeDecision {
  type: DocumentType | null;
  /** How it was decided, for explanations. */
  reason: DocumentTypeSource | 'none';
}

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}
function count(re: RegExp, s: string): Set<string> {
  const found = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) found.add(m[0]);
  return found;
}

/** A sample of the document's text for classification (bounded for huge files). */
/** Normalised block texts, kept as long as the (cached) block itself. */
const normalizedBlocks = new WeakMap<object, string>();

/** A block that is a placeholder (memoised with the cached block). */
const placeholderBlocks = new WeakMap<object, boolean>();
function isPlaceholder(b: DocumentStructure['blocks'][number]): boolean {
  let p = placeholderBlocks.get(b.info);
  if (p === undefined) placeholderBlocks.set(b.info, (p = isPlaceholderBlock(b.text)));
  return p;
}

/** A section that holds nothing but placeholder blocks: a skeleton, whose heading is template text too. */
function isSkeleton(sec: DocumentStructure['sections'][number]): boolean {
  return sec.blocks.length > 0 && sec.blocks.every(isPlaceholder);
}

export function sampleText(structure: DocumentStructure, limit = 60_000): string {
  // Normalised piece by piece (the same as normalising the whole, since every
  // piece ends in a line break), so that unchanged headings and blocks come
  // from normalize()'s memory on a re-lint.
  const pieces: string[] = [];
  let length = 0;
  for (const sec of structure.sections) {
    if (isSkeleton(sec)) continue;
    pieces.push(normalize(sec.title + '\n'));
    length += sec.title.length + 1;
    if (length > limit) break;
  }
  for (const b of structure.blocks) {
    // Placeholder blocks ("Welke leveranciers we uitnodigen: [invullen]", the
    // skeletons that quick fixes insert) are text still to be written, and so
    // are the headings of sections that hold nothing else: they say nothing
    // about the document's type, language or stakeholder groups (a skeleton
    // could otherwise name a group a second time, dilute the document's own
    // voice or tip its language, and so change what the next fix-all offers).
    let n = normalizedBlocks.get(b.info);
    if (n === undefined) normalizedBlocks.set(b.info, (n = isPlaceholder(b) ? '' : normalize(b.text + '\n')));
    if (!n) continue;
    pieces.push(n);
    length += b.text.length + 1;
    if (length > limit * 2) break;
  }
  return pieces.join('');
}

export function titleOf(structure: DocumentStructure): string {
  return titlesOf(structure)[0] ?? '';
}

/** The title, and a subtitle that names the document when the title does not:
 * converted documents often open with the organisation's name as the first
 * heading, with nothing under it, and the document's own title as the next
 * ("# Tostador Coffee B.V." then "## Stakeholder Engagement Plan – Huila").
 * An element's own section title is no subtitle: it is what a quick fix
 * inserts after an empty title, and inserting a section must not change the
 * document's type ("## Structurele dialoog met ngo's" names no dialogue plan). */
function titlesOf(structure: DocumentStructure, catalogue?: CompiledCatalogue): string[] {
  const fmTitle = structure.frontMatter ? field(structure.frontMatter.data, 'title', 'titel') : undefined;
  if (typeof fmTitle === 'string' && fmTitle.trim()) return [fmTitle];
  const { sections } = structure;
  const at = sections[0]?.depth === 1 ? 0 : sections.findIndex((s) => s.depth === 1);
  if (at < 0) return [];
  const next = sections[at + 1];
  if (!(sections[at].blocks.length === 0 && next && next.depth <= 2)) return [sections[at].title];
  const subtitle = normalize(next.title);
  return catalogue?.elements.some((e) => isOwnTitle(e, subtitle)) ? [sections[at].title] : [sections[at].title, next.title];
}

/** The type a front matter declares (`type:`/`soort:`), null for another kind of document, undefined when it says none. */
export function declaredType(data: Record<string, unknown>): DocumentType | null | undefined {
  const declared = field(data, 'type', 'soort', 'documenttype', 'document-type');
  if (typeof declared !== 'string') return undefined;
  const v = normalize(declared).trim();
  return TYPES.find((t) => test(t.value, v))?.id ?? null;
}

/** A glob without `/` matches the file name in any folder; one with `/`, the path (docs/config.md). */
function matchesGlob(path: string, glob: string): boolean {
  return picomatch.isMatch(path, glob, { dot: true, matchBase: !glob.includes('/') });
}

export function decideType(
  structure: DocumentStructure,
  catalogue: CompiledCatalogue,
  path: string | null,
  globs: Partial<Record<DocumentType, readonly string[]>> | undefined,
  sample: string,
  globPath: string | null = path,
): TypeDecision {
  const declared = declaredType(structure.frontMatter?.data ?? {});
  // Declared as something else (null): respect it.
  if (declared !== undefined) return { type: declared, reason: 'front-matter' };
  if (globPath && globs) {
    const rel = globPath.replace(/\\/g, '/');
    for (const t of TYPES) {
      if (globs[t.id]?.some((g) => matchesGlob(rel, g))) return { type: t.id, reason: 'config' };
    }
  }
  const domain = count(DOMAIN, sample).size;
  const titles = titlesOf(structure, catalogue).map(normalize);
  let title = titles[0] ?? '';
  // Lessons, tips, a look back: a text about dialogue, not a plan or a policy.
  if (title && test(NARRATIVE, title)) return { type: null, reason: 'none' };
  let specific = title ? TYPES.find((t) => test(t.specific, title)) : undefined;
  if (!specific && titles[1]) {
    specific = TYPES.find((t) => test(t.specific, titles[1]));
    if (specific) title = titles[1];
  }
  if (specific) {
    // A title that names one type's topic but only the other's kind of
    // document ("Human Rights & Stakeholder Engagement Policy") is of that
    // kind: the kind noun (policy, plan) is the head, the rest its topic. A
    // kind noun after a preposition is topic too ("Dialoog met leveranciers
    // over ons beleid", "Engagement plan for our human rights policy").
    const head = title.split(TOPIC_PREPOSITION)[0];
    const named = TYPES.filter((t) => test(t.kind, head));
    return { type: (named.length === 1 ? named[0] : specific).id, reason: 'title' };
  }
  // A policy on another subject is not an IMVO document, whatever its text,
  // unless its title names an IMVO theme too.
  if (title && test(OTHER_POLICY, title) && !test(DOMAIN, title)) return { type: null, reason: 'none' };
  // Weaker evidence (a general title, the file name, the content) also needs the
  // document to speak as an organisation: text *about* plans is not a plan.
  if (!ownVoice(sample)) return { type: null, reason: 'none' };
  if (domain >= 1) for (const t of TYPES) if (title && test(t.general, title)) return { type: t.id, reason: 'title' };
  if (path && domain >= 1) {
    const base = normalize(path.replace(/\\/g, '/').split('/').pop()!.replace(/\.[^.]*$/, '').replace(/([a-z])([A-Z])/g, '$1 $2'));
    const words = base.replace(/[-_.]+/g, ' ');
    for (const t of TYPES) if (test(t.fileName, words) || test(t.fileName, base.replace(/[-_. ]+/g, ''))) return { type: t.id, reason: 'file-name' };
  }
  // Content alone, in the organisation's own voice: IMVO vocabulary and the
  // wording of several elements (three beside one IMVO term, or two beside two).
  // Untitled excerpts of real policies and grievance pages seldom name more than
  // one IMVO term; the term keeps out pages of the same voice on other subjects
  // (a careers page with a confidential adviser, a firm's page on its clients).
  // Per sentence, as in the checks: a conjunction must not match across sentences.
  if (domain >= 1) {
    const lines = sample.split(/(?<=[.!?])\s+|\n+/);
    let elements = 0;
    for (const e of catalogue.elements) {
      if (e.custom || !e.signals || !lines.some((l) => e.signals!.matches(l))) continue;
      if (++elements >= 3 || (elements >= 2 && domain >= 2)) {
        // A policy unless the text clearly speaks of meetings to hold: what an
        // organisation publishes without a title is mostly its standing position
        // (readers typed 286 of 289 real excerpts as policies).
        const [plan, policy] = TYPES;
        return { type: count(plan.body, sample).size >= count(policy.body, sample).size + 2 ? plan.id : policy.id, reason: 'content' };
      }
    }
  }
  return { type: null, reason: 'none' };
}

const NL_WORDS = /(?<![\p{L}])(?:de|het|een|en|van|voor|met|wij|zijn|niet|dat|die|ook|worden|wordt|onze|ons|bij|naar|over|deze|als|aan|op|te|om|hoe|wat)(?![\p{L}])/gu;
const EN_WORDS = /(?<![\p{L}])(?:the|and|of|for|with|we|are|not|that|this|also|be|is|our|us|at|to|by|how|what|will|which|on|in|from)(?![\p{L}])/gu;

/** The language the front matter declares (`lang`/`taal`), if it names one of ours. */
export function declaredLanguage(structure: DocumentStructure): Language | null {
  const declared = structure.frontMatter ? field(structure.frontMatter.data, 'lang', 'taal', 'language') : undefined;
  if (typeof declared !== 'string') return null;
  const v = normalize(declared).trim();
  if (/^(?:nl|nld|dut|dutch|nederlands|nl-[a-z]+)$/.test(v)) return 'nl';
  if (/^(?:en|eng|english|engels|en-[a-z]+)$/.test(v)) return 'en';
  return null;
}

export function decideLanguage(structure: DocumentStructure, sample: string, fallback: Language = 'en'): Language {
  const declared = declaredLanguage(structure);
  if (declared) return declared;
  const text = sample.slice(0, 20_000);
  const nl = text.match(NL_WORDS)?.length ?? 0;
  const en = text.match(EN_WORDS)?.length ?? 0;
  if (nl === 0 && en === 0) return fallback;
  return nl >= en ? 'nl' : 'en';
}

/** The last answer: an edit outside the sampled text and the headings leaves
 * it as it was, and the group terms are long alternations. */
let lastGroups: { catalogue: CompiledCatalogue; sample: string; key: string; groups: string[] } | null = null;

export function decideStakeholders(structure: DocumentStructure, catalogue: CompiledCatalogue, sample: string): string[] {
  const declared = structure.frontMatter ? field(structure.frontMatter.data, 'stakeholders', 'belanghebbenden', 'stakeholdergroepen') : undefined;
  // Group names in headings count (skeleton sections left out, see sampleText).
  const headings = normalize(structure.sections.filter((s) => !isSkeleton(s)).map((s) => s.title).join('\n'));
  const key = JSON.stringify([declared ?? null, headings]);
  if (lastGroups?.catalogue !== catalogue || lastGroups.sample !== sample || lastGroups.key !== key) {
    lastGroups = { catalogue, sample, key, groups: groupsOf(catalogue, sample, headings, declared) };
  }
  return [...lastGroups.groups];
}

function groupsOf(catalogue: CompiledCatalogue, sample: string, headings: string, declared: unknown): string[] {
  let listed: string[] | null = null;
  if (declared !== undefined) {
    const values = stringList(declared).map((v) => normalize(v).trim());
    listed = catalogue.groups.filter((g) => g.terms && values.some((v) => g.def.id === v || test(g.terms!, v))).map((g) => g.def.id);
  }
  // From the text: named in a heading, or at least twice in the body (placeholder blocks and skeleton sections left out, see sampleText).
  // A declared list decides which element groups apply; a group that switches
  // none on (workers, communities) is still reported when the text names it,
  // because a list of partners often leaves out the rights holders it consults.
  const found: string[] = listed ?? [];
  for (const g of catalogue.groups) {
    if (!g.terms) continue;
    if (listed && (listed.includes(g.def.id) || g.def.activates?.length)) continue;
    if (test(g.terms, headings) || (g.parties && test(g.parties, sample))) {
      found.push(g.def.id);
      continue;
    }
    const needed = g.def.mentions ?? 2;
    let n = 0;
    g.terms.lastIndex = 0;
    while (n < needed && g.terms.exec(sample)) n++;
    if (n >= needed) found.push(g.def.id);
  }
  return found;
}
