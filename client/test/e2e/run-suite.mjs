#!/usr/bin/env node
// Runs the extension test suite (out/test/suite/index.js, the @vscode/test-electron
// shape) inside code-server's extension host: the workbench is opened with
// payload=[["extensionDevelopmentPath", repo], ["extensionTestsPath", suite]].
// The remote extension host exits 0 even when tests fail, so the verdict comes
// from the result file that run() writes.
// Usage: node client/test/e2e/run-suite.mjs [--locale nl]
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launchBrowser, log, makeState, startCodeServer, waitForFile } from './lib.mjs';

const localeArg = process.argv.indexOf('--locale');
const locale = localeArg > 0 ? process.argv[localeArg + 1] : undefined;
const suite = path.join(ROOT, 'out/test/suite/index.js');
if (!fs.existsSync(suite) || !fs.existsSync(path.join(ROOT, 'dist/client.js')) || !fs.existsSync(path.join(ROOT, 'dist/server.js'))) {
  console.error('Build first: node scripts/build.mjs && node client/test/build.mjs');
  process.exit(2);
}

const { state, workspace } = makeState('suite');
const resultFile = path.join(state, 'result.json');
log(`state in ${state}`);
const cs = await startCodeServer({ state, workspace, locale, extraEnv: { IMVO_TEST_RESULT: resultFile } });
log(`code-server up at ${cs.url}`);
let exitCode = 1;
const { context, page } = await launchBrowser(state);
try {
  page.on('console', (m) => {
    const t = m.text();
    if (/\b(passing|failing|pending)\b|✔|✓|[0-9]+\) |Error/.test(t)) console.log('  [host]', t.slice(0, 400));
  });
  const host = new URL(cs.url).host;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${host}${ROOT}`],
    ['extensionTestsPath', `vscode-remote://${host}${suite}`],
  ];
  await page.goto(`${cs.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  log('workbench opened; tests running in the extension host');
  const done = await waitForFile(resultFile, 240000);
  await page.screenshot({ path: path.join(state, 'suite-end.png') }).catch(() => {});
  if (!done) {
    console.error(`no result file after 240 s; code-server log: ${cs.logFile}`);
  } else {
    const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    for (const t of r.tests) console.log(`  ${t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-'} ${t.title} (${t.durationMs ?? 0} ms)`);
    for (const f of r.failures) console.log(`\n  FAILED: ${f.title}\n    ${f.error.split('\n').slice(0, 8).join('\n    ')}`);
    if (r.error) console.log(`  suite error: ${r.error}`);
    console.log(`  metrics: ${JSON.stringify(r.metrics)}`);
    console.log(`${r.passed} passed, ${r.failed} failed`);
    exitCode = r.ok ? 0 : 1;
  }
} finally {
  await context.close().catch(() => {});
  cs.stop();
}
log(exitCode === 0 ? 'extension suite passed' : `extension suite failed (logs in ${state})`);
if (exitCode === 0 && !process.env.KEEP_E2E_STATE) fs.rmSync(state, { recursive: true, force: true });
process.exit(exitCode);
