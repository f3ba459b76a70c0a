// `imvo-lint`: the engine on the command line, for CI.
//   imvo-lint [options] <files|dirs|globs|->
//   imvo-lint init --type dialogue-plan|policy --lang nl|en [--stakeholders a,b] [--out FILE]
// Exit status: 0 no warning or error; 1 at least one; 2 usage error, a file that
// could not be read or a broken configuration (everything else is still linted).

import { writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { DocumentType, FileResult, Language } from '../core/types.js';
import { analyse, DEFAULT_MAX_SIZE, tooLargeResult, TYPE_HEAD_SIZE } from '../lint.js';
import { configFor, formatProblem, loadConfigFile, type LoadedConfig } from '../config/load.js';
import { generateTemplate } from '../template/generate.js';
import { STAKEHOLDER_GROUPS } from '../catalogue/index.js';
import { toLocale } from '../i18n/messages.js';
import { expandOperands } from './files.js';
import { readDocument } from './read.js';
import { nothingChecked, toJson, toSarif, toText } from './format.js';
import { HELP, INIT_HELP } from './help.js';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

class UsageError extends Error {}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function run(argv: string[], io: Io): number {
  try {
    if (argv[0] === 'init') return init(argv.slice(1), io);
    return check(argv, io);
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`imvo-lint: ${(e as Error).message}\nRun 'imvo-lint --help' for usage.\n`);
      return 2;
    }
    throw e;
  }
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
  return value as T;
}

function groupsOption(value: string | undefined): string[] | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  const known = STAKEHOLDER_GROUPS.map((g) => g.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length) throw new UsageError(`unknown stakeholder group '${unknown[0]}' (known: ${known.join(', ')})`);
  return ids;
}

function check(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      type: { type: 'string' },
      stakeholders: { type: 'string' },
      lang: { type: 'string' },
      config: { type: 'string' },
      'no-config': { type: 'boolean' },
      'stdin-path': { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return io.stdout(HELP), 0;
  if (values.version) return io.stdout(`${VERSION}\n`), 0;
  const format = oneOf('format', values.format, ['text', 'json', 'sarif'] as const) ?? 'text';
  const type = oneOf('type', values.type, ['auto', 'dialogue-plan', 'policy'] as const) ?? 'auto';
  const lang = oneOf('lang', values.lang, ['auto', 'nl', 'en'] as const) ?? 'auto';
  const stakeholders = groupsOption(values.stakeholders);
  if (values.config && values['no-config']) throw new UsageError('--config and --no-config exclude each other');
  if (!positionals.length) throw new UsageError('no files given (use - for standard input)');
  // Messages: --lang if given, else the environment's locale.
  const locale: Language = lang !== 'auto' ? lang : toLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);

  let status = 0;
  const fixed: LoadedConfig | null = values.config ? loadConfigFile(resolve(io.cwd, values.config)) : null;
  const reportedConfigs = new Set<string>();
  const reportConfig = (c: LoadedConfig) => {
    if (!c.path || reportedConfigs.has(c.path) || !c.problems.length) return;
    reportedConfigs.add(c.path);
    for (const p of c.problems) io.stderr(`imvo-lint: ${formatProblem(display(c.path, io.cwd), p)} (defaults apply)\n`);
    status = 2;
  };

  const { files, errors } = expandOperands(positionals, io.cwd);
  for (const e of errors) {
    io.stderr(`imvo-lint: ${display(e.path, io.cwd)}: ${e.message}\n`);
    status = 2;
  }
  const results: FileResult[] = [];
  let optedOut = 0;
  for (const file of files) {
    const shown = file === '-' ? (values['stdin-path'] ?? '-') : display(file, io.cwd);
    const read = readDocument(file, DEFAULT_MAX_SIZE, TYPE_HEAD_SIZE);
    if ('error' in read) {
      io.stderr(`imvo-lint: ${shown}: ${read.error}\n`);
      status = 2;
      continue;
    }
    const absolute = file === '-' ? resolve(io.cwd, values['stdin-path'] ?? 'stdin.md') : resolve(io.cwd, file);
    const loaded = values['no-config'] ? null : fixed ?? configFor(absolute);
    if (loaded) reportConfig(loaded);
    const options = {
      path: shown,
      // The configuration's document-type globs are relative to its own folder.
      globPath: loaded?.path ? relative(dirname(loaded.path), absolute).split(sep).join('/') : shown,
      documentType: type,
      language: 'auto' as const,
      stakeholders,
      config: loaded?.config,
      locale,
    };
    if ('tooLarge' in read) {
      results.push(tooLargeResult(options, 'size', read.head));
      continue;
    }
    const analysis = analyse(read.text, options);
    results.push(analysis.result);
    // `<!-- imvo-lint-disable-file -->`: left out on purpose, nothing to explain.
    if (analysis.typeDecision.type === null && analysis.typeDecision.reason === 'option') optedOut++;
  }

  if (format === 'json') io.stdout(toJson(results) + '\n');
  else if (format === 'sarif') io.stdout(toSarif(results, VERSION, locale) + '\n');
  else io.stdout(toText(results, locale, values.verbose));
  // A run that checked nothing at all is most often a policy that does not say
  // what it is: say so (on stderr, so JSON and SARIF stay as they are), once.
  if (results.length > optedOut && results.every((r) => r.documentType === null && !r.findings.length)) io.stderr(nothingChecked(results.length - optedOut, locale));

  const failing = results.some((r) => r.findings.some((f) => f.severity === 'warning' || f.severity === 'error'));
  return status === 2 ? 2 : failing ? 1 : 0;
}

function init(argv: string[], io: Io): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      type: { type: 'string' },
      lang: { type: 'string' },
      stakeholders: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.stdout(INIT_HELP), 0;
  const documentType = oneOf('type', values.type ?? 'dialogue-plan', ['dialogue-plan', 'policy'] as const) as DocumentType;
  const language = oneOf('lang', values.lang ?? 'nl', ['nl', 'en'] as const) as Language;
  const groups = groupsOption(values.stakeholders);
  const template = generateTemplate({ documentType, language, stakeholders: groups === 'auto' ? [] : groups });
  if (!values.out || values.out === '-') {
    io.stdout(template.text);
    return 0;
  }
  const out = resolve(io.cwd, values.out);
  try {
    writeFileSync(out, template.text, { flag: 'wx' }); // wx: never overwrite
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(`imvo-lint: ${values.out}: ${code === 'EEXIST' ? 'file exists; not overwritten (choose another --out)' : (e as Error).message}\n`);
    return 2;
  }
  io.stderr(`imvo-lint: wrote ${values.out}\n`);
  return 0;
}

function display(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

