import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSegments } from '../src/parse/segments.js';
import { analyseSegment } from '../src/parse/markdown.js';
import { buildStructure } from '../src/model/document.js';
import { SegmentCache } from '../src/parse/cache.js';

/** What the checks see, from the segmented parse and from one whole parse. */
function segmented(text: string) {
  const s = buildStructure(text);
  return { headings: s.sections.map((h) => [h.depth, h.title, h.headingStart]), blocks: s.blocks.map((b) => [b.text, b.start, b.end]) };
}
function whole(text: string) {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const c = analyseSegment(text.slice(bom));
  return { headings: c.headings.map((h) => [h.depth, h.text, h.start + bom]), blocks: c.blocks.map((b) => [b.text, b.start + bom, b.end + bom]) };
}

const TRICKY = [
  '# T\n\ntext\n# A\npara\n## B\n- item\n# C',
  '---\ntitle: x\n# not a heading\n---\n# Real\n\nbody',
  '```\n# in code\n```\n# After\ntext',
  '~~~~\n# in code\n~~~\n# still code\n~~~~\n# After',
  '<!--\n# in comment\n-->\n# After',
  '<div>\n# in html block\n</div>\n\n# After',
  '> quote\n# After quote\ntext',
  '- item\n# After list\n  indented',
  'para\n# heading interrupts\n===',
  'Setext\n======\n\ntext\n# H',
  '#nohash\n# Real\n#\n# Empty above',
  '\uFEFF# BOM\r\ntext\r\n# CRLF\r\nmore',
  '| a | b |\n| - | - |\n| 1 | 2 |\n# After table\n[x]: http://e.org\n\n[x]',
  '<script>\n# in script\n</script>\n# After',
];

describe('segments', () => {
  it('splits only at top-level ATX headings', () => {
    expect(splitSegments('# A\ntext\n# B\n```\n# C\n```\n').map((s) => s.text)).toEqual(['# A\ntext\n', '# B\n```\n# C\n```\n']);
  });

  it.each(TRICKY)('parses in pieces exactly as in one piece: %j', (text) => {
    expect(segmented(text)).toEqual(whole(text));
  });

  it('gives the same model as a whole parse for every fixture', () => {
    const dirs = ['test-fixtures/documents', 'test-fixtures/samples'].filter((d) => existsSync(d));
    let n = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        const text = readFileSync(join(dir, f), 'utf8');
        expect(segmented(text), f).toEqual(whole(text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(0);
  });

  it('reads the same text with GFM applied only where its syntax occurs', () => {
    const docs = [...TRICKY, 'See www.example.org, https://x.org/a_b and mail me@example.org.\n\n- [ ] task\n- [x] done ~~old~~ new[^1]\n\n[^1]: note'];
    for (const dir of ['test-fixtures/documents', 'test-fixtures/samples'].filter((d) => existsSync(d)))
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.md'))) docs.push(readFileSync(join(dir, f), 'utf8'));
    const view = (c: ReturnType<typeof analyseSegment>) => ({ h: c.headings.map((h) => h.text), b: c.blocks.map((b) => b.text.replace(/\s+/g, ' ')) });
    for (const text of docs) expect(view(analyseSegment(text)), text.slice(0, 40)).toEqual(view(analyseSegment(text, true)));
  });

  it('reads the same text as a parse with remark-gfm (autolink literals included) on every fixture', async () => {
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkFrontmatter = (await import('remark-frontmatter')).default;
    const remarkGfm = (await import('remark-gfm')).default;
    const { parseMarkdown } = await import('../src/parse/markdown.js');
    const full = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
    const docs = [...TRICKY, 'See www.example.org, https://x.org/a_b and mail me@example.org.\n\n| a | b |\n| - | - |\n| www.x.nl | ~~c~~ |\n\n- [ ] task[^1]\n\n[^1]: note'];
    for (const dir of ['test-fixtures/documents', 'test-fixtures/documents-2', 'test-fixtures/documents-3', 'test-fixtures/documents-4', 'test-fixtures/documents-5', 'test-fixtures/retired-holdout', 'test-fixtures/documents-7', 'test-fixtures/documents-8', 'test-fixtures/documents-9', 'test-fixtures/documents-10', 'test-fixtures/documents-11', 'test-fixtures/documents-12', 'test-fixtures/retired-holdout-2', 'test-fixtures/documents-15', 'test-fixtures/documents-16', 'test-fixtures/documents-17', 'test-fixtures/documents-18', 'test-fixtures/documents-19', 'test-fixtures/documents-20', 'test-fixtures/documents-21', 'test-fixtures/documents-22', 'test-fixtures/documents-23', 'test-fixtures/samples'].filter((d) => existsSync(d)))
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.md'))) docs.push(readFileSync(join(dir, f), 'utf8'));
    // Plain text of every block and heading, in order, as the checks read it.
    const text = (tree: import('mdast').Root) => {
      const out: string[] = [];
      const walk = (n: import('mdast').Nodes): void => {
        if (n.type === 'text' || n.type === 'inlineCode') out.push(n.value);
        else if ('children' in n) n.children.forEach((c) => walk(c as import('mdast').Nodes));
      };
      walk(tree);
      return out.join('').replace(/\s+/g, ' ');
    };
    for (const d of docs) expect(text(parseMarkdown(d, true)), d.slice(0, 40)).toBe(text(full.parse(d)));
  });

  it('reuses unchanged segments after an edit', () => {
    const cache = new SegmentCache();
    const base = Array.from({ length: 50 }, (_, i) => `## S${i}\n\ntext ${i}\n`).join('');
    buildStructure(base, cache);
    const misses = cache.misses;
    buildStructure(base.replace('text 25', 'text 25 changed'), cache);
    expect(cache.misses - misses).toBe(1);
    expect(cache.size).toBe(51 - 1);
  });
});
