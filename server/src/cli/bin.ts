// Entry point of the `imvo-lint` command.
import './v8-flags.js'; // first: before the engine's code is loaded
import { run } from './main.js';

process.exitCode = run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
});
