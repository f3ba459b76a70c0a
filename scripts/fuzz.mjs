#!/usr/bin/env node
// npm run fuzz: the robustness property tests (server/test/robustness) with many
// more runs than npm test affords, a random seed each time (printed by
// fast-check on a failure, replay with FUZZ_SEED=<seed>), the full-size hostile
// documents and longer adversarial strings.
//
//   npm run fuzz                      FUZZ_RUNS=20000 (default)
//   FUZZ_RUNS=200000 npm run fuzz     longer
//   FUZZ_SEED=1234 npm run fuzz       replay one seed
//   npm run fuzz -- -t "fix-all"      extra arguments go to vitest
//
// The built CLI and server are used by some tests: build first (this script does).

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.env.FUZZ_RUNS ?? '20000';
if (!/^\d+$/.test(runs) || Number(runs) < 1) {
  console.error(`fuzz: FUZZ_RUNS must be a positive whole number (got '${runs}')`);
  process.exit(2);
}
const env = { ...process.env, FUZZ_RUNS: runs };
const started = Date.now();
console.log(`fuzz: FUZZ_RUNS=${runs}${env.FUZZ_SEED ? ` FUZZ_SEED=${env.FUZZ_SEED}` : ' (random seeds)'}`);

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const vitest = join(root, 'node_modules/vitest/vitest.mjs');
// Property tests run long: no per-test timeout, one file at a time.
const args = [vitest, 'run', 'server/test/robustness', '--testTimeout=0', '--hookTimeout=120000', '--no-file-parallelism', ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
console.log(`fuzz: FUZZ_RUNS=${runs} finished in ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${r.status}`);
process.exit(r.status ?? 1);
