// The document model: sections, text blocks, comments and front matter with
// absolute offsets, assembled from (cached) segment analyses.

import { LineIndex } from '../text/lines.js';
import { splitSegments } from '../parse/segments.js';
import { defuse } from '../parse/defuse.js';
import { analyseSegment, type BlockInfo, type CommentInfo } from '../parse/markdown.js';
import type { SegmentCache } from '../parse/cache.js';
import { readFrontMatter, type FrontMatter } from './frontmatter.js';

export interface Block {
  /** The cached, segment-relative block: its identity keys match caches. */
  info: BlockInfo;
  text: string;
  start: number;
  end: number;
  /** Index of the section it belongs to, or -1 before the first heading. */
  section: number;
}

export interface Section {
  index: number;
  depth: number;
  title: string;
  headingStart: number;
  headingEnd: number;
  /** End of the section with its subsections (start of the next heading of the same or a higher level). */
  end: number;
  /** Index of the parent section, or -1. */
  parent: number;
  /** Own blocks, not those of subsections. */
  blocks: Block[];
}

export interface Comment extends CommentInfo {}

export interface DocumentStructure {
  text: string;
  lines: LineIndex;
  frontMatter: FrontMatter | null;
  sections: Section[];
  /** Blocks before the first heading. */
  preamble: Block[];
  /** Every block in document order. */
  blocks: Block[];
  comments: Comment[];
}

/** With this many sections, sections shorter than MIN_SEGMENT share a parse (see splitSegments). */
const MANY_SEGMENTS = 2000;
const MIN_SEGMENT = 512;

/**
 * The document's structure. With a cache (the language server keeps one per
 * document), unchanged segments are not parsed again; without one, nothing is
 * kept: a one-shot lint (the CLI) need not copy and index every segment.
 */
export function buildStructure(text: string, cache: SegmentCache | null = null): DocumentStructure {
  const lines = new LineIndex(text);
  const sections: Section[] = [];
  const preamble: Block[] = [];
  const blocks: Block[] = [];
  const comments: Comment[] = [];
  let frontMatter: FrontMatter | null = null;
  const stack: number[] = []; // open sections, by depth

  // Parsed with inline syntax given up where there is too much of it (parse/defuse.ts); same offsets.
  const parsed = defuse(text);
  let segments = splitSegments(parsed);
  if (segments.length > MANY_SEGMENTS) segments = splitSegments(parsed, MIN_SEGMENT);
  for (const segment of segments) {
    const content = cache ? cache.get(segment.text) : analyseSegment(segment.text);
    const base = segment.start;
    if (content.frontMatter && segment === segments[0]) {
      const fm = content.frontMatter;
      // Offsets in the segment, like everything else: after a byte order mark the segment starts at 1.
      frontMatter = readFrontMatter(fm.value, base + fm.start, base + fm.end, text);
    }
    for (const c of content.comments) comments.push({ body: c.body, start: base + c.start, end: base + c.end });
    for (const item of content.order) {
      if (item.kind === 'h') {
        const h = content.headings[item.index];
        const start = base + h.start;
        while (stack.length && sections[stack[stack.length - 1]].depth >= h.depth) sections[stack.pop()!].end = start;
        sections.push({
          index: sections.length,
          depth: h.depth,
          title: h.text,
          headingStart: start,
          headingEnd: base + h.end,
          end: text.length,
          parent: stack.length ? stack[stack.length - 1] : -1,
          blocks: [],
        });
        stack.push(sections.length - 1);
      } else {
        const b = content.blocks[item.index];
        const section = sections.length - 1;
        const block: Block = { info: b, text: b.text, start: base + b.start, end: base + b.end, section };
        blocks.push(block);
        (section >= 0 ? sections[section].blocks : preamble).push(block);
      }
    }
  }
  cache?.sweep();
  return { text, lines, frontMatter, sections, preamble, blocks, comments };
}

/** Indexes of a section and all its descendants. */
export function subtree(structure: DocumentStructure, index: number): Section[] {
  const root = structure.sections[index];
  const out = [root];
  for (let i = index + 1; i < structure.sections.length && structure.sections[i].headingStart < root.end; i++) {
    out.push(structure.sections[i]);
  }
  return out;
}
