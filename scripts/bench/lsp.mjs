#!/usr/bin/env node
// The language-server part of `npm run bench` (runnable alone after a build:
// `node scripts/bench/lsp.mjs`). Everything is measured over stdio, from a
// separate client process, the way an editor sees it:
//   1. spawn → first publishDiagnostics of a typical 150-line plan (target ≤ 200 ms),
//      next to Node's own start on the same machine (`node -e 0`, spawn → exit);
//      the very first start (no code cache yet) apart from the median of the later ones;
//   2. on a 5,000-line plan with imvoLint.debounceMs = 0: one typed character →
//      publishDiagnostics for that version, p50/p95 over 100 edits (target p95 ≤ 60 ms);
//   3. the server's RSS with 200 open documents (target ≤ 150 MB).
// The same measurements are made side by side on unified-language-server
// with remark (scripts/bench/unified-remark-server.mjs) when it is installed.
// BENCH_BASELINE=<path of another build's server.js> adds that build's spawn figure,
// measured interleaved with ours (before/after a change), with quartiles and the
// run-by-run difference, which is the steadiest figure on a busy machine.
// BENCH_SPAWN_RUNS sets the number of starts; IMVO_LSP_SERVER another server.js to measure.
// For a figure that hardly moves with load at all, see lsp-instructions.mjs.
// Options: --quick (fewer runs), --json (machine-readable line at the end),
// --no-compare, --no-spawn, --no-edit, --no-memory (skip a measurement).

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import os from 'node:os';
import { generatePlan } from './plan.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'package.json'));
const rpc = require('vscode-languageserver-protocol/node');

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const TARGETS = { spawn: 200, editP95: 60, rss: 150 };
const UNIFIED_ISSUE_FIGURES = { editP95: 341, rss: 199 };

// The server's code cache (server/src/lsp/code-cache.ts) goes into a fresh folder: the
// first start measures a start right after an install, the others every later start.
const codeCacheDir = mkdtempSync(join(os.tmpdir(), 'imvo-bench-code-cache-'));
process.on('exit', () => rmSync(codeCacheDir, { recursive: true, force: true }));
const IMVO = { name: 'imvo-lint', command: [process.env.IMVO_LSP_SERVER ?? join(root, 'dist/server.js'), '--stdio'], section: 'imvoLint', settings: { debounceMs: 0 }, env: { IMVO_LINT_CODE_CACHE: codeCacheDir } };
// BENCH_BASELINE=<another build's server.js>: its spawn → first diagnostics, interleaved
// with ours (before/after a change, on the same machine under the same load).
if (process.env.BENCH_BASELINE) {
  const dir = mkdtempSync(join(os.tmpdir(), 'imvo-bench-code-cache-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  IMVO.baseline = { ...IMVO, name: 'baseline', command: [resolve(process.env.BENCH_BASELINE), '--stdio'], env: { IMVO_LINT_CODE_CACHE: dir } };
}
const UNIFIED = { name: 'unified-language-server + remark', command: [join(root, 'scripts/bench/unified-remark-server.mjs'), '--stdio'], section: 'remark', settings: {} };

function start(server, cwd) {
  const t0 = performance.now();
  const child = spawn(process.execPath, server.command, { stdio: ['pipe', 'pipe', 'pipe'], cwd, env: { ...process.env, ...server.env } });
  child.stderr.on('data', () => {});
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = [];
  const received = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
    const now = performance.now();
    received.push({ p, now });
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].match(p)) waiters.splice(i, 1)[0].resolve(now);
  });
  connection.onNotification(() => {});
  connection.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => server.settings));
  connection.onRequest(rpc.RegistrationRequest.type, () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const s = {
    child, connection, t0,
    diagnostics(uri, version, timeout = 30_000) {
      const hit = received.find((r) => r.p.uri === uri && (version === undefined || r.p.version === undefined || r.p.version === version));
      if (hit && version === undefined) return Promise.resolve(hit.now);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${server.name}: no diagnostics for ${uri} v${version} within ${timeout} ms`)), timeout);
        waiters.push({ match: (p) => p.uri === uri && (version === undefined || p.version === undefined || p.version === version), resolve: (t) => (clearTimeout(timer), resolve(t)) });
      });
    },
    async initialize(rootUri) {
      await connection.sendRequest(rpc.InitializeRequest.type, {
        processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], locale: 'nl',
        capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true } }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
      });
      await connection.sendNotification(rpc.InitializedNotification.type, {});
    },
    open(uri, text, version = 1) {
      return connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    change(uri, version, changes) {
      return connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {}
      setTimeout(() => child.kill('SIGKILL'), 1000).unref();
      connection.dispose();
    },
    /** CPU time (user + system) the server process has used, in ms (Linux; NaN elsewhere). */
    cpuMs() {
      // Summed over its threads from schedstat (nanoseconds), where it exists:
      // /proc/<pid>/stat counts in ticks of 10 ms, too coarse to compare builds.
      try {
        let ns = 0;
        for (const t of readdirSync(`/proc/${child.pid}/task`)) ns += Number(readFileSync(`/proc/${child.pid}/task/${t}/schedstat`, 'utf8').split(' ')[0]);
        if (ns > 0) return ns / 1e6;
      } catch {}
      try {
        const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
      } catch {
        return NaN;
      }
    },
    rssMB() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
      } catch {
        return NaN;
      }
    },
  };
  return s;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const ratio = (v, target) => `${(v / target).toFixed(2)}× target`;

const workDir = join(root, 'test-fixtures'); // any folder without config files for remark
const rootUri = pathToFileURL(join(root, 'scripts/bench')).href;
const uriFor = (name) => `${rootUri}/${name}`;

/** Node's own start on this machine: spawn → exit of `node -e 0`, the floor under any server's spawn time. */
function nodeFloor() {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - t0));
  });
}

/** One start: spawn → first diagnostics of the plan, and the server's CPU time by then. */
async function oneStart(server, plan, i) {
  const s = start(server, workDir);
  const uri = uriFor(`plan-150-${i}.md`);
  await s.initialize(rootUri);
  await s.open(uri, plan);
  const t = await s.diagnostics(uri, 1);
  const cpu = s.cpuMs();
  await s.stop();
  return { ms: t - s.t0, cpu };
}

async function spawnToFirst(server, runs) {
  const times = [];
  const cpu = [];
  const floor = [];
  const base = { ms: [], cpu: [] };
  const plan = generatePlan(150, 7);
  let first = NaN;
  // One start more than `runs`: the first, with no code cache yet, is reported on its own
  // (and a baseline build, when given, makes its own cache then).
  for (let i = 0; i <= runs; i++) {
    // Interleaved with the server's runs, so that all see the same load.
    if (i > 0) floor.push(await nodeFloor());
    // With a baseline, each goes first in turn: neither always runs right after `node -e 0`.
    const baseFirst = server.baseline && i % 2 === 1;
    const b = baseFirst ? await oneStart(server.baseline, plan, i) : null;
    const r = await oneStart(server, plan, i);
    if (i === 0) first = r.ms;
    else {
      times.push(r.ms);
      cpu.push(r.cpu);
    }
    if (server.baseline) {
      const b2 = b ?? (await oneStart(server.baseline, plan, i));
      if (i > 0) base.ms.push(b2.ms), base.cpu.push(b2.cpu);
      else base.first = b2.ms;
    }
  }
  // Paired differences (ours − baseline, run by run) are steadier than a difference of medians on a busy machine.
  const diff = (a, b) => a.map((x, k) => x - b[k]).sort((x, y) => x - y);
  times.baseline = { ms: base.ms.slice().sort((a, b) => a - b), cpu: base.cpu.slice().sort((a, b) => a - b), dMs: diff(times, base.ms), dCpu: diff(cpu, base.cpu), first: base.first };
  times.cpu = cpu.sort((a, b) => a - b);
  times.floor = floor.sort((a, b) => a - b);
  times.first = first;
  return times.sort((a, b) => a - b);
}

async function editLatency(server, edits) {
  const s = start(server, workDir);
  const uri = uriFor('plan-5000.md');
  const text = generatePlan(5000, 3);
  await s.initialize(rootUri);
  await s.open(uri, text);
  await s.diagnostics(uri, 1);
  // Type into paragraphs spread over the document (deterministic positions).
  const lines = text.split('\n');
  const candidates = lines.map((l, i) => (l.startsWith('Wij ') || l.startsWith('De ') ? i : -1)).filter((i) => i >= 0);
  let seed = 11;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const times = [];
  let version = 1;
  let cpu0 = 0;
  // A few warm-up edits (not counted), as an editor session would have had.
  for (let i = 0; i < edits + 5; i++) {
    const line = candidates[Math.floor(rnd() * candidates.length)];
    const character = Math.floor(rnd() * lines[line].length);
    version++;
    const t0 = performance.now();
    const p = s.diagnostics(uri, version);
    await s.change(uri, version, [{ range: { start: { line, character }, end: { line, character } }, text: 'e' }]);
    lines[line] = lines[line].slice(0, character) + 'e' + lines[line].slice(character);
    const t1 = await p;
    if (i >= 5) times.push(t1 - t0);
    if (i === 4) cpu0 = s.cpuMs();
  }
  times.cpuPerEdit = (s.cpuMs() - cpu0) / edits;
  await s.stop();
  return times.sort((a, b) => a - b);
}

async function memory(server, count) {
  const s = start(server, workDir);
  await s.initialize(rootUri);
  const waits = [];
  for (let i = 0; i < count; i++) {
    const uri = uriFor(`doc-${i}.md`);
    waits.push(s.diagnostics(uri, 1, 120_000));
    await s.open(uri, generatePlan(150, 100 + i));
  }
  await Promise.all(waits);
  // Read the RSS once the server has been idle for 2 s (the same for both servers).
  await new Promise((r) => setTimeout(r, 2000));
  const rss = s.rssMB();
  const stats = await s.connection.sendRequest('imvoLint/stats').catch(() => null);
  if (stats?.memory && process.env.BENCH_VERBOSE) console.log(`    (${server.name}: heap used ${(stats.memory.heapUsed / 2 ** 20).toFixed(1)} MB of ${(stats.memory.heapTotal / 2 ** 20).toFixed(1)} MB, external ${(stats.memory.external / 2 ** 20).toFixed(1)} MB)`);
  await s.stop();
  return rss;
}

async function measure(server) {
  const spawnTimes = args.has('--no-spawn') ? [NaN] : await spawnToFirst(server, Number(process.env.BENCH_SPAWN_RUNS ?? (QUICK ? 3 : 11)));
  const edits = args.has('--no-edit') ? [NaN] : await editLatency(server, 100);
  const rss = args.has('--no-memory') ? NaN : await memory(server, 200);
  return {
    spawn: pct(spawnTimes, 50), spawnMax: spawnTimes[spawnTimes.length - 1], spawnCpu: spawnTimes.cpu ? pct(spawnTimes.cpu, 50) : NaN,
    nodeFloor: spawnTimes.floor ? pct(spawnTimes.floor, 50) : NaN, spawnFirst: spawnTimes.first ?? NaN,
    spawnQ: spawnTimes.cpu ? [pct(spawnTimes, 25), pct(spawnTimes, 75)] : undefined, spawnCpuQ: spawnTimes.cpu ? [pct(spawnTimes.cpu, 25), pct(spawnTimes.cpu, 75)] : undefined,
    baseline: spawnTimes.baseline?.ms.length
      ? {
          spawn: pct(spawnTimes.baseline.ms, 50), spawnCpu: pct(spawnTimes.baseline.cpu, 50), spawnQ: [pct(spawnTimes.baseline.ms, 25), pct(spawnTimes.baseline.ms, 75)], spawnCpuQ: [pct(spawnTimes.baseline.cpu, 25), pct(spawnTimes.baseline.cpu, 75)],
          dSpawn: [25, 50, 75].map((p) => pct(spawnTimes.baseline.dMs, p)), dCpu: [25, 50, 75].map((p) => pct(spawnTimes.baseline.dCpu, p)), spawnFirst: spawnTimes.baseline.first,
        }
      : undefined,
    editP50: pct(edits, 50), editP95: pct(edits, 95), editMax: edits[edits.length - 1], editCpu: edits.cpuPerEdit ?? NaN, rss,
  };
}

if (!existsSync(join(root, 'dist/server.js'))) {
  console.error('dist/server.js is missing: run `node scripts/build.mjs` first');
  process.exit(2);
}

console.log('Language server (over stdio)');
const ours = await measure(IMVO);
console.log(`  spawn → first diagnostics, 150-line plan:   ${fmt(ours.spawn)} ms median (max ${fmt(ours.spawnMax)})   target ≤ ${TARGETS.spawn} ms: ${ratio(ours.spawn, TARGETS.spawn)}`);
console.log(`    (the first start, before the server has a code cache, as right after an install: ${fmt(ours.spawnFirst)} ms)`);
if (ours.baseline) {
  const q = (r) => `[${fmt(r[0])}–${fmt(r[1])}]`;
  console.log(`    baseline ${process.env.BENCH_BASELINE}, interleaved: ${fmt(ours.baseline.spawn)} ms median ${q(ours.baseline.spawnQ)}, server CPU ${fmt(ours.baseline.spawnCpu)} ms ${q(ours.baseline.spawnCpuQ)}; its first start ${fmt(ours.baseline.spawnFirst)} ms`);
  console.log(`    ours, the same runs:  ${fmt(ours.spawn)} ms median ${q(ours.spawnQ)}, server CPU ${fmt(ours.spawnCpu)} ms ${q(ours.spawnCpuQ)} (medians and quartiles)`);
  const d = (r) => `${fmt(r[1])} ms [${fmt(r[0])}–${fmt(r[2])}]`;
  console.log(`    ours − baseline, run by run: spawn ${d(ours.baseline.dSpawn)}, server CPU ${d(ours.baseline.dCpu)} (median [quartiles])`);
}
console.log(`  Node's own start (node -e 0, spawn → exit):  ${fmt(ours.nodeFloor)} ms median, interleaved with those runs (${fmt((ours.nodeFloor / ours.spawn) * 100)}% of the figure above); the server's part beyond it: ${fmt(ours.spawn - ours.nodeFloor)} ms`);
console.log(`  edit → diagnostics, 5,000-line plan (debounce 0), 100 edits:  p50 ${fmt(ours.editP50)} ms, p95 ${fmt(ours.editP95)} ms (max ${fmt(ours.editMax)})   target p95 ≤ ${TARGETS.editP95} ms: ${ratio(ours.editP95, TARGETS.editP95)}`);
console.log(`  RSS with 200 open documents:                ${fmt(ours.rss)} MB   target ≤ ${TARGETS.rss} MB: ${ratio(ours.rss, TARGETS.rss)}`);
console.log(`  server CPU time: ${fmt(ours.spawnCpu)} ms to the first diagnostics, ${fmt(ours.editCpu)} ms per edit (independent of other load on the machine)`);
console.log(`  load average during the run: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);

let theirs = null;
const canCompare = !args.has('--no-compare') && existsSync(join(root, 'node_modules/unified-language-server')) && existsSync(join(root, 'node_modules/remark'));
if (canCompare) {
  console.log('unified-language-server + remark, measured the same way in this run');
  theirs = await measure(UNIFIED);
  console.log(`  spawn → first diagnostics:  ${fmt(theirs.spawn)} ms median (node -e 0 between those runs: ${fmt(theirs.nodeFloor)} ms)`);
  console.log(`  edit → diagnostics:         p50 ${fmt(theirs.editP50)} ms, p95 ${fmt(theirs.editP95)} ms`);
  console.log(`  RSS with 200 documents:     ${fmt(theirs.rss)} MB`);
  console.log(`  server CPU time: ${fmt(theirs.spawnCpu)} ms to the first diagnostics, ${fmt(theirs.editCpu)} ms per edit`);
  console.log(`  imvo-lint / unified: edit p95 ${(ours.editP95 / theirs.editP95).toFixed(2)}, RSS ${(ours.rss / theirs.rss).toFixed(2)}, spawn ${(ours.spawn / theirs.spawn).toFixed(2)}`);
} else {
  console.log(`unified-language-server + remark (figures from issue 3, not measured in this run): edit p95 ${UNIFIED_ISSUE_FIGURES.editP95} ms, ${UNIFIED_ISSUE_FIGURES.rss} MB with 200 documents`);
  console.log(`  imvo-lint / those figures: edit p95 ${(ours.editP95 / UNIFIED_ISSUE_FIGURES.editP95).toFixed(2)}, RSS ${(ours.rss / UNIFIED_ISSUE_FIGURES.rss).toFixed(2)}`);
}
if (args.has('--json')) console.log(JSON.stringify({ lsp: ours, unified: theirs }));
process.exit(0);
