// `npm run bench`: speed and memory of the bundles that ship (production build),
// measured side by side in one run and
// printed as ratios to the targets. Never a timed test: figures vary by machine,
// ratios much less.
//
//   1. lint of a generated 5,000-line plan vs a bare remark-parse of it (≤ 1.25)
//   2. the same lint vs markdownlint's default rules on the same text (≤ 0.65)
//   3. the CLI over 1,000 documents
//   4. the language server (scripts/bench/lsp.mjs), when present
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint as markdownlint } from 'markdownlint/sync';
import { generatePlan } from './bench/plan.mjs';

const require = createRequire(import.meta.url);
const { lint } = require('../dist/lib.js');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
// A full collection before each timed call (node --expose-gc): otherwise one
// contender pays for the garbage of the one timed before it (a bare parse of a
// 200 KB text leaves tens of MB), and the order of the interleaving, not the
// work, decides part of the ratio.
const collect = globalThis.gc ?? (() => {});
// CPU time of this process (all its threads, so the garbage collector's helper
// threads count), not wall time: on a shared CI machine other processes take
// turns on the cores, and wall time measures the queue as much as the work.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const time = (fn) => {
  collect();
  const t = cpu();
  fn();
  return cpu() - t;
};
const row = (name, value, target, better = 'lower') =>
  console.log(`${name.padEnd(58)} ${value.toFixed(2).padStart(8)}   target ${better === 'lower' ? '≤' : '≥'} ${target}   ${(better === 'lower' ? value <= target : value >= target) ? 'met' : 'MISSED'}`);

const text = generatePlan(5000);
console.log(`# Engine: generated plan of ${text.split('\n').length - 1} lines, ${(text.length / 1024).toFixed(0)} KB; median CPU time of ${ROUNDS} interleaved rounds\n`);
const bare = unified().use(remarkParse);
const t = { parse: [], lint: [], markdownlint: [] };
for (let i = 0; i < 3; i++) { bare.parse(text); lint(text); markdownlint({ strings: { plan: text } }); }
for (let i = 0; i < ROUNDS; i++) {
  t.parse.push(time(() => bare.parse(text)));
  t.lint.push(time(() => lint(text)));
  t.markdownlint.push(time(() => markdownlint({ strings: { plan: text } })));
}
const [p, l, m] = [median(t.parse), median(t.lint), median(t.markdownlint)];
console.log(`bare remark-parse ${p.toFixed(1)} ms · imvo-lint (one-shot, as the CLI) ${l.toFixed(1)} ms · markdownlint ${m.toFixed(1)} ms`);
row('lint time / bare unified().use(remarkParse).parse()', l / p, 1.25);
row('lint time / markdownlint default rules', l / m, 0.65);
const result = lint(text, {});
console.log(`(the plan: ${result.documentType}, ${result.coverage.present}/${result.coverage.applicable} present, ${result.findings.length} findings)\n`);

// CLI over 1,000 documents: fixtures and generated plans of typical length.
const dir = mkdtempSync(join(tmpdir(), 'imvo-bench-'));
try {
  const sources = ['test-fixtures/documents', 'test-fixtures/samples']
    .filter(existsSync)
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(d, f), 'utf8')));
  for (let i = 0; i < 1000; i++) {
    const sub = join(dir, `team-${i % 10}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `doc-${i}.md`), sources.length && i % 2 ? sources[i % sources.length] : generatePlan(150, i + 1));
  }
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['dist/cli.js', '--format', 'json', '--no-config', dir], { maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  const files = JSON.parse(run.stdout.toString()).files.length;
  console.log(`# CLI: ${files} documents (half fixtures, half 150-line plans) in ${(ms / 1000).toFixed(2)} s = ${(ms / files).toFixed(2)} ms per document (exit ${run.status})\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (!process.env.BENCH_ENGINE_ONLY && existsSync('scripts/bench/lsp.mjs')) execFileSync(process.execPath, ['scripts/bench/lsp.mjs'], { stdio: 'inherit' });
