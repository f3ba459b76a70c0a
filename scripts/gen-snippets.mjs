// Generates snippets/markdown.json (Markdown snippets contributed by the VS Code
// extension) from the element catalogue: for each element a Dutch and an English
// section skeleton, placeholders as tab stops. Run after changing the catalogue:
//   node scripts/gen-snippets.mjs           (writes the file)
//   node scripts/gen-snippets.mjs --check   (fails when the file is out of date)
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';

const out = await build({
  stdin: { contents: "export { ELEMENTS } from './server/src/catalogue/elements.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const { ELEMENTS } = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));

const PLACEHOLDER = /\[(?:invullen|in te vullen|fill in)\]/g;
const escape = (s) => s.replace(/[\\$}]/g, '\\$&');

function body(title, skeleton) {
  let stop = 1;
  const text = `## ${title}\n\n${skeleton.trim()}\n`;
  const parts = text.split(PLACEHOLDER);
  const holes = text.match(PLACEHOLDER) ?? [];
  let snippet = '';
  parts.forEach((p, i) => {
    snippet += escape(p);
    if (i < holes.length) snippet += `\${${stop++}:${escape(holes[i])}}`;
  });
  return (snippet + '$0').split('\n');
}

const snippets = {};
for (const el of ELEMENTS) {
  snippets[`IMVO ${el.id} (nl)`] = {
    prefix: [`imvo-${el.id}-nl`, `imvo ${el.title.nl.toLowerCase()}`],
    description: `IMVO-sectie: ${el.title.nl} — ${el.summary.nl}`,
    body: body(el.title.nl, el.skeleton.nl),
  };
  snippets[`IMVO ${el.id} (en)`] = {
    prefix: [`imvo-${el.id}-en`, `imvo ${el.title.en.toLowerCase()}`],
    description: `IMVO section: ${el.title.en} — ${el.summary.en}`,
    body: body(el.title.en, el.skeleton.en),
  };
}
const json = JSON.stringify(snippets, null, 2) + '\n';
const file = 'snippets/markdown.json';
if (process.argv.includes('--check')) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== json) {
    console.error(`${file} is out of date: run node scripts/gen-snippets.mjs`);
    process.exit(1);
  }
  console.log(`${file} is up to date (${Object.keys(snippets).length} snippets)`);
} else {
  mkdirSync('snippets', { recursive: true });
  writeFileSync(file, json);
  console.log(`wrote ${file}: ${Object.keys(snippets).length} snippets`);
}
