// Markdown → the few things the checks need, per segment: headings, text
// blocks, HTML comments and the front matter. Uses unified + remark-parse with
// remark-frontmatter, and GFM's tables, strikethrough, footnotes and task lists
// only for segments that contain their syntax: a segment without it parses
// identically either way, and GFM costs micromark extra work.
//
// GFM's fifth part, autolink literals (bare URLs and e-mail addresses), is left
// out everywhere: as links or as text they read the same to the checks, and it
// is the costly one (about a quarter of the parse of a section with a table).
// remark-gfm bundles all five, so the four are added as micromark and mdast
// extensions, as remark-gfm itself does (server/test/segments.test.ts checks
// the text read equals remark-gfm's on every fixture).

import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Nodes, Root } from 'mdast';

/** GFM without autolink literals: tables, strikethrough, footnotes, task lists. */
function gfmBlocks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmFootnote(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
const gfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmBlocks).freeze();

/** Characters or strings without which GFM's tables, strikethrough, footnotes and task lists cannot occur. */
const GFM_TRIGGER = /[|~]|\[\^|\[[ xX]\]/;

export interface HeadingInfo {
  depth: number;
  text: string;
  start: number;
  end: number;
}

export interface BlockInfo {
  /** Plain text of a paragraph or table row (inline HTML and images left out). */
  text: string;
  start: number;
  end: number;
}

export interface CommentInfo {
  /** Inside of the comment, trimmed. */
  body: string;
  start: number;
  end: number;
}

export interface FrontMatterInfo {
  value: string;
  start: number;
  end: number;
}

/** What one segment holds, with offsets relative to the segment. */
export interface SegmentContent {
  headings: HeadingInfo[];
  blocks: BlockInfo[];
  comments: CommentInfo[];
  /** Blocks and headings in document order: index into headings (h) or blocks (b). */
  order: Array<{ kind: 'h' | 'b'; index: number }>;
  frontMatter: FrontMatterInfo | null;
}

export function parseMarkdown(text: string, forceGfm = false): Root {
  return (forceGfm || GFM_TRIGGER.test(text) ? gfm : plain).parse(text);
}

export function analyseSegment(text: string, forceGfm = false): SegmentContent {
  const tree = parseMarkdown(text, forceGfm);
  const out: SegmentContent = { headings: [], blocks: [], comments: [], order: [], frontMatter: null };
  visit(tree, out);
  return out;
}

// The tree is walked with explicit stacks, not recursion: 10,000 nested block
// quotes or list items (or emphasis) must not overflow the call stack.

function visit(root: Nodes, out: SegmentContent): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'yaml':
        out.frontMatter = { value: node.value, start: offset(node, 'start'), end: offset(node, 'end') };
        break;
      case 'heading':
        out.order.push({ kind: 'h', index: out.headings.length });
        out.headings.push({ depth: node.depth, text: inlineText(node).trim(), start: offset(node, 'start'), end: offset(node, 'end') });
        collectComments(node, out);
        break;
      case 'paragraph':
      case 'tableRow':
        out.order.push({ kind: 'b', index: out.blocks.length });
        out.blocks.push({
          text: node.type === 'tableRow' ? node.children.map(inlineText).join(' | ') : inlineText(node),
          start: offset(node, 'start'),
          end: offset(node, 'end'),
        });
        collectComments(node, out);
        break;
      case 'html':
        addComments(node.value, offset(node, 'start'), out);
        break;
      case 'code':
      case 'definition':
      case 'thematicBreak':
        break; // never evidence
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
}

function offset(node: Nodes, which: 'start' | 'end'): number {
  return node.position?.[which].offset ?? 0;
}

/** Text of inline content; HTML, images and footnote references are no text. */
function inlineText(root: Nodes): string {
  let s = '';
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text' || node.type === 'inlineCode') s += node.value;
    else if (node.type === 'break') s += '\n';
    else if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference' || node.type === 'footnoteReference') s += ' ';
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return s;
}

function collectComments(root: Nodes, out: SegmentContent): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'html') addComments(node.value, offset(node, 'start'), out);
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}

const COMMENT = /<!--([\s\S]*?)-->/g;
function addComments(html: string, start: number, out: SegmentContent): void {
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(html); m; m = COMMENT.exec(html)) {
    out.comments.push({ body: m[1].trim(), start: start + m.index, end: start + m.index + m[0].length });
  }
}
