#!/usr/bin/env node
// Instructions (valgrind) of the engine's one-shot lint of the 5,000-line bench
// plan, of a bare remark-parse of it and of markdownlint's default rules: the
// ratios of `npm run bench`, counted instead of timed. CPU time also holds how
// well the processor runs the code (cache misses, the collector's helper
// threads), so the two may differ, and the bench's time ratios stay the
// targets' measure. A count is not free of chance either: V8 times its garbage
// collections by how fast the last ones ran, and whether one falls inside the
// counted calls moved one contender by up to a quarter (the lint: 1.83 or
// 2.38 G on the same build). --predictable-gc-schedule takes the clock out of
// that choice (the lint then repeats within 3%); the pair of runs is still
// repeated (BENCH_REPEAT, default 3) and every figure printed as a range.
//   node scripts/bench/engine-instructions.mjs [lib.js] (default dist/lib.js)
//   BENCH_ONLY=lint BENCH_REPEAT=1 node scripts/bench/engine-instructions.mjs [lib.js]
// Each contender runs in its own process under valgrind, V8 single-threaded
// (compiling and collecting counted in the same order every time): once with 3
// calls and once with 6, so the difference divided by 3 is one warm call,
// without start-up and warm-up. Needs valgrind; takes about a minute per repetition.

import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const lib = resolve(process.argv[2] ?? join(root, 'dist/lib.js'));

if (process.argv[3] === '--child') {
  // One contender, `calls` times: node engine-instructions.mjs <lib> --child <what> <calls>
  const { createRequire } = await import('node:module');
  const require = createRequire(join(root, 'package.json'));
  const { generatePlan } = await import(pathToFileURL(join(root, 'scripts/bench/plan.mjs')).href);
  const text = generatePlan(5000);
  const [what, calls] = [process.argv[4], Number(process.argv[5])];
  let run;
  if (what === 'lint') run = () => require(lib).lint(text);
  else if (what === 'bare') {
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const bare = unified().use(remarkParse);
    run = () => bare.parse(text);
  } else {
    const { lint } = await import('markdownlint/sync');
    run = () => lint({ strings: { plan: text } });
  }
  for (let i = 0; i < calls; i++) run();
  process.exit(0);
}

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('valgrind is not installed');
  process.exit(2);
}
const self = fileURLToPath(import.meta.url);
function count(what, calls) {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', '--predictable-gc-schedule', self, lib, '--child', what, String(calls)], { cwd: root, encoding: 'utf8' });
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${what}: valgrind failed\n${r.stderr.slice(-2000)}`);
  return Number(m[1].replace(/,/g, ''));
}
/** The lowest and highest of the figures, formatted; one figure when they agree. */
const range = (a, f) => {
  const [lo, hi] = [Math.min(...a), Math.max(...a)].map(f);
  return lo === hi ? lo : `${lo}–${hi}`;
};
const repeat = Number(process.env.BENCH_REPEAT ?? 3);
const per = { bare: [], lint: [], markdownlint: [] };
// BENCH_ONLY=lint counts the lint alone (a third of the time), to compare two
// builds' work per lint: node engine-instructions.mjs old/lib.js, then new/lib.js.
const only = process.env.BENCH_ONLY;
if (only && !(only in per)) {
  console.error(`BENCH_ONLY must be one of ${Object.keys(per).join(', ')}`);
  process.exit(2);
}
for (let r = 0; r < repeat; r++) for (const what of Object.keys(per)) if (!only || what === only) per[what].push((count(what, 6) - count(what, 3)) / 3);
if (only) {
  const a = per[only];
  console.log(`Instructions per warm call of ${only}, 5,000-line plan, ${repeat} repetitions: ${range(a, (n) => (n / 1e6).toFixed(0))} M (${lib})`);
  process.exit(0);
}
const g = (a) => `${range(a, (n) => (n / 1e9).toFixed(2))} G`;
const ratio = (a, b) => range(a.flatMap((x) => b.map((y) => x / y)), (n) => n.toFixed(2));
console.log(`Instructions per warm call, 5,000-line plan, ${repeat} repetitions: bare remark-parse ${g(per.bare)} · imvo-lint ${g(per.lint)} · markdownlint ${g(per.markdownlint)}`);
console.log(`lint / bare remark-parse ${ratio(per.lint, per.bare)} (time target 1.25) · lint / markdownlint ${ratio(per.lint, per.markdownlint)} (time target 0.65)`);
