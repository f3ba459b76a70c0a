#!/usr/bin/env node
// npm run test:vscode: runs the extension test suite (client/test/suite, bundled
// to out/test/suite/index.js) in VS Code desktop with @vscode/test-electron.
// It downloads VS Code (default: 1.100.3, the lowest version engines.vscode
// allows) unless VSCODE_EXECUTABLE points at an installed one. Where VS Code
// cannot be downloaded, use client/test/e2e/run-suite.mjs (code-server) instead:
// the same suite runs there.
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
execFileSync(process.execPath, [path.join(root, 'client/test/build.mjs')], { stdio: 'inherit' });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'imvo-test-electron-'));
const workspace = path.join(tmp, 'workspace');
fs.cpSync(path.join(root, 'client/test/workspace'), workspace, { recursive: true });
const resultFile = path.join(tmp, 'result.json');

try {
  await runTests({
    version: process.env.VSCODE_VERSION || '1.100.3',
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/suite/index.js'),
    extensionTestsEnv: { IMVO_TEST_RESULT: resultFile },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', path.join(tmp, 'ud')],
  });
  const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  console.log(`${r.passed} passed, ${r.failed} failed`);
  console.log(`metrics: ${JSON.stringify(r.metrics)}`);
  process.exitCode = r.ok ? 0 : 1;
} catch (e) {
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(String(e?.message ?? e));
  console.error(offline
    ? `Could not download VS Code (${e.message}). Set VSCODE_EXECUTABLE to an installed VS Code, or run the same suite in code-server: node client/test/e2e/run-suite.mjs`
    : `Extension tests failed: ${e?.message ?? e}`);
  if (fs.existsSync(resultFile)) console.error(fs.readFileSync(resultFile, 'utf8'));
  process.exitCode = 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
