#!/usr/bin/env node
// Instructions the language server executes from spawn to its first
// publishDiagnostics of the 150-line bench plan (then exit), counted by
// valgrind: a figure that, unlike time, hardly moves with the load on a
// shared machine (within about 1% between runs), for comparing builds.
//   node scripts/bench/lsp-instructions.mjs [--runs N] [--cold] [server.js ...] (default dist/server.js)
// Each server first starts twice normally in a fresh cache folder (the code
// cache and phrase units written, then used), then once under valgrind,
// `--runs` times (default 2); with --cold only the start under valgrind, as
// right after an install (no code cache or phrase units yet: that count also
// holds writing them, which the server does just after its first diagnostics). V8 runs single-threaded (--single-threaded, in
// every start, so that the code cache is accepted): compiler and GC work on
// other threads is counted too, and in the same order every time.
// Needs valgrind; takes some 15 s a run.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import os from 'node:os';
import { generatePlan } from './plan.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rpc = createRequire(join(root, 'package.json'))('vscode-languageserver-protocol/node');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 2;
const cold = args.includes('--cold') && !!args.splice(args.indexOf('--cold'), 1);
const servers = args.length ? args.map((a) => resolve(a)) : [join(root, 'dist/server.js')];
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('valgrind is not installed');
  process.exit(2);
}

const plan = generatePlan(150, 7);
const rootUri = pathToFileURL(join(root, 'scripts/bench')).href;

/** One start → first diagnostics → exit; under valgrind when `log` is given. */
async function once(server, cache, log) {
  const node = ['--single-threaded', server, '--stdio'];
  const [cmd, argv] = log
    ? ['valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', '--smc-check=all-non-file', `--log-file=${log}`, process.execPath, ...node]]
    : [process.execPath, node];
  const child = spawn(cmd, argv, { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, IMVO_LINT_CODE_CACHE: cache } });
  const c = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const diagnostics = new Promise((r) => c.onNotification(rpc.PublishDiagnosticsNotification.type, r));
  c.onNotification(() => {});
  c.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => ({ debounceMs: 0 })));
  c.onRequest(rpc.RegistrationRequest.type, () => null);
  c.listen();
  await c.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], locale: 'nl', capabilities: { workspace: { configuration: true } } });
  await c.sendNotification(rpc.InitializedNotification.type, {});
  await c.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri: `${rootUri}/plan-150.md`, languageId: 'markdown', version: 1, text: plan } });
  await diagnostics;
  await c.sendRequest('shutdown');
  await c.sendNotification('exit');
  await new Promise((r) => child.on('exit', r));
  c.dispose();
}

for (const server of servers) {
  const counts = [];
  for (let i = 0; i < runs; i++) {
    const cache = mkdtempSync(join(os.tmpdir(), 'imvo-bench-instructions-'));
    try {
      if (!cold) {
        await once(server, cache);
        await once(server, cache);
      }
      const log = join(cache, 'valgrind.log');
      await once(server, cache, log);
      const m = /I\s+refs:\s+([\d,]+)/.exec(readFileSync(log, 'utf8'));
      counts.push(m ? Number(m[1].replace(/,/g, '')) / 1e6 : NaN);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  counts.sort((a, b) => a - b);
  console.log(`${server}: ${counts[counts.length >> 1].toFixed(0)} M instructions to the first diagnostics${cold ? ', first start' : ''} (median of ${runs}: ${counts.map((n) => n.toFixed(0)).join(', ')})`);
}
