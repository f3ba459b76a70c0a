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
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
// CPU time of this process (all its threads, so the garbage collector's helper
// threads count), not wall time: on a shared CI machine other processes take
// turns on the cores, and wall time measures the queue as much as the work.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const row = (name, value, target, better = 'lower') =>
  console.log(`${name.padEnd(58)} ${value.toFixed(2).padStart(8)}   target ${better === 'lower' ? '≤' : '≥'} ${target}   ${(better === 'lower' ? value <= target : value >= target) ? 'met' : 'MISSED'}`);

// Each round gives every contender in turn a full collection (node
// --expose-gc), so that none pays for the garbage of the one before it, and
// then CALLS calls in a row. The first call after a full collection is timed
// apart: that collection also drops the optimised code of functions whose
// closures are no longer alive (micromark and mdast-util-from-markdown make
// theirs anew for every parse; so does this engine), and the first call
// compiles it again, on the compiler's threads, which CPU time counts. Under
// node --no-opt that first-call surcharge disappears, so it is compiling, not
// linting. The calls after it are the contender as it runs over a folder of
// documents: warm, and paying for its own garbage. Their mean is the measure;
// the first-call figure is printed beside it.
const collect = globalThis.gc ?? (() => {});
const CALLS = Math.max(2, Number(process.env.BENCH_CALLS ?? 4));
const text = generatePlan(5000);
console.log(`# Engine: generated plan of ${text.split('\n').length - 1} lines, ${(text.length / 1024).toFixed(0)} KB; ${ROUNDS} interleaved rounds of a full collection and ${CALLS} calls per contender, median CPU time\n`);
const bare = unified().use(remarkParse);
const contenders = {
  parse: () => bare.parse(text),
  lint: () => lint(text),
  markdownlint: () => markdownlint({ strings: { plan: text } }),
};
const first = { parse: [], lint: [], markdownlint: [] };
const warm = { parse: [], lint: [], markdownlint: [] };
for (let i = 0; i < 3; i++) for (const run of Object.values(contenders)) run();
for (let i = 0; i < ROUNDS; i++) {
  for (const [name, run] of Object.entries(contenders)) {
    collect();
    let t = cpu();
    run();
    first[name].push(cpu() - t);
    t = cpu();
    for (let c = 1; c < CALLS; c++) run();
    warm[name].push((cpu() - t) / (CALLS - 1));
  }
}
const [p, l, m] = [median(warm.parse), median(warm.lint), median(warm.markdownlint)];
const [p1, l1, m1] = [median(first.parse), median(first.lint), median(first.markdownlint)];
console.log(`warm calls:         bare remark-parse ${p.toFixed(1)} ms · imvo-lint (one-shot, as the CLI) ${l.toFixed(1)} ms · markdownlint ${m.toFixed(1)} ms`);
console.log(`first after a full collection: ${p1.toFixed(1)} ms · ${l1.toFixed(1)} ms · ${m1.toFixed(1)} ms (ratios ${(l1 / p1).toFixed(2)} and ${(l1 / m1).toFixed(2)}; not the measure, see the comment above)`);
row('lint time / bare unified().use(remarkParse).parse()', l / p, 1.25);
row('lint time / markdownlint default rules', l / m, 0.65);
// How much the ratios move from round to round on this machine: the middle
// half of the ratios taken within each round.
const spread = (a, b) => {
  const r = a.map((x, i) => x / b[i]).sort((x, y) => x - y);
  return `${r[Math.floor(r.length / 4)].toFixed(2)}–${r[Math.floor((3 * r.length) / 4)].toFixed(2)}`;
};
console.log(`(within a round, middle half of ${ROUNDS}: lint / bare ${spread(warm.lint, warm.parse)}, lint / markdownlint ${spread(warm.lint, warm.markdownlint)})`);
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
