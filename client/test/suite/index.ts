// Entry point in the @vscode/test-electron shape: the extension host loads this
// module (extensionTestsPath) and awaits run(). The same file runs under
// @vscode/test-electron (npm run test:vscode) and inside code-server
// (client/test/e2e/run-suite.mjs), where the remote extension host exits 0 even
// when tests fail: so run() also writes a result file that the driver reads.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Mocha from 'mocha';
import { defineTests } from './extension.test.js';

export interface SuiteResult {
  ok: boolean;
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  failures: Array<{ title: string; error: string }>;
  tests: Array<{ title: string; state: string; durationMs: number | undefined }>;
  metrics: Record<string, number | string>;
  /** Set when the suite could not run at all. */
  error?: string;
}

export const metrics: Record<string, number | string> = {};

export async function run(): Promise<void> {
  const resultFile = process.env.IMVO_TEST_RESULT || path.join(os.tmpdir(), 'imvo-lint-ext-tests.json');
  const started = Date.now();
  const result: SuiteResult = { ok: false, passed: 0, failed: 0, pending: 0, durationMs: 0, failures: [], tests: [], metrics };
  try {
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
    // Make describe/it global for the bundled test definitions.
    mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
    defineTests();
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('test end', (test) => {
        result.tests.push({ title: test.fullTitle(), state: test.state ?? 'pending', durationMs: test.duration });
      });
      runner.on('pass', () => result.passed++);
      runner.on('pending', () => result.pending++);
      runner.on('fail', (test, err: Error) => {
        result.failed++;
        result.failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
      });
    });
    result.ok = result.failed === 0 && result.passed > 0;
  } catch (e) {
    result.error = String((e as Error)?.stack ?? e);
  } finally {
    result.durationMs = Date.now() - started;
    fs.mkdirSync(path.dirname(resultFile), { recursive: true });
    fs.writeFileSync(resultFile, JSON.stringify(result, null, 2));
  }
  if (!result.ok) throw new Error(`${result.failed} test(s) failed${result.error ? ': ' + result.error : ''}`);
}
