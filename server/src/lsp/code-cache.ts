// A V8 code cache for the language server's own code (what Node 22 calls the
// module compile cache; Node 20 lacks it). dist/server.js, the launcher
// (launch.ts), reads the server's bundle and compiles it here. The
// first server started after an install compiles as usual and, once its first
// diagnostics are out, saves the compiled code of everything it ran; later
// starts skip most of that compiling (scripts/bench/lsp.mjs measures both).
//
// Safe by construction:
// - written only into the user's own cache folder, never next to the code:
//   $IMVO_LINT_CODE_CACHE (an absolute path), else $XDG_CACHE_HOME/imvo-lint,
//   ~/.cache/imvo-lint, ~/Library/Caches/imvo-lint (macOS) or
//   %LOCALAPPDATA%\imvo-lint\Cache (Windows); IMVO_LINT_CODE_CACHE=off turns it off;
// - on POSIX used only when the folder and the file belong to this user and
//   nobody else may write to the folder;
// - one file per build of the server (a hash of its code), V8 version and
//   architecture, written to a temporary name and renamed, so never half-read;
// - V8 itself rejects a cache made by another V8 version, for other source
//   text or under other flags; then the code is compiled as usual.
// Any failure only means compiling as usual.
//
// Beside it, under the same rules, the catalogue's phrase units of the first
// start (match/phrase-units.ts): most of what the first lint builds, made the same
// way on every start of one build. A file that does not check out is not used.

import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { Module, createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

export type CodeCacheState = 'off' | 'absent' | 'accepted' | 'rejected' | 'unusable';

/** What the launcher tells the server (they are separate bundles: a global, by symbol). */
export interface CodeCacheHook {
  /** How this start went: no cache (off, absent), used, rejected by V8, or not trusted. */
  state: CodeCacheState;
  /** This server wrote a new cache. */
  written: boolean;
  /** Set while a cache is worth writing; the server calls it once after its first diagnostics. */
  save?: () => void;
}

const HOOK = Symbol.for('imvo-lint.codeCache');

export function codeCacheHook(): CodeCacheHook | undefined {
  return (globalThis as Record<symbol, CodeCacheHook | undefined>)[HOOK];
}

/** The cache folder for this environment, or null when off or unknown. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: () => string = homedir): string | null {
  const set = env.IMVO_LINT_CODE_CACHE?.trim();
  if (set && /^(?:off|0|false|no)$/i.test(set)) return null;
  if (set && isAbsolute(set)) return set;
  try {
    if (platform === 'win32') return env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA) ? join(env.LOCALAPPDATA, 'imvo-lint', 'Cache') : null;
    if (platform === 'darwin') return join(home(), 'Library', 'Caches', 'imvo-lint');
    const xdg = env.XDG_CACHE_HOME;
    return join(xdg && isAbsolute(xdg) ? xdg : join(home(), '.cache'), 'imvo-lint');
  } catch {
    return null;
  }
}

/** This user's, and (POSIX) not writable by group or others. `uid` null: no owners (Windows, a per-user folder). */
export function ownedSafely(s: Stats, uid: number | null = process.getuid ? process.getuid() : null): boolean {
  if (uid === null) return true;
  return s.uid === uid && (s.mode & 0o022) === 0;
}

function usableDir(dir: string, create: boolean): boolean {
  try {
    if (create) mkdirSync(dir, { recursive: true, mode: 0o700 });
    const s = statSync(dir);
    return s.isDirectory() && ownedSafely(s);
  } catch {
    return false;
  }
}

/** The phrase units of match/phrase-units.ts (PhraseUnitStore there; not imported: that module is the server's). */
interface PhraseUnitStore {
  data?: Uint8Array;
  collect?: () => Uint8Array | null;
}
const PHRASE_UNITS = Symbol.for('imvo-lint.phraseUnits');

/** A file in the cache folder, if it is this user's own. */
function readOwn(file: string): Buffer | 'absent' | 'unusable' {
  try {
    const s = statSync(file);
    return s.isFile() && ownedSafely(s) ? readFileSync(file) : 'unusable';
  } catch {
    return 'absent'; // no cache yet
  }
}

/** Writes a file of the cache folder under a temporary name, then renames it: never half-read. */
function writeOwn(file: string, data: Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
  renameSync(tmp, file);
}

/**
 * A bundle the server requires by its file (dist/protocol.js, the LSP protocol
 * it shares with the client). It is compiled into the same script, so the
 * same cache holds its compiled code, and run into `require.cache` before the
 * server, whose `require` then finds it there. Its stack traces name the
 * server's file, at lines past the server's own.
 */
export interface Companion {
  file: string;
  source: string;
}

/** Compiles and runs the server's bundle (CommonJS) with the code cache. */
export function runWithCodeCache(source: string, buildHash: string, filename: string, req: NodeJS.Require, mod: NodeJS.Module, companions: readonly Companion[] = []): void {
  const hook: CodeCacheHook = { state: 'off', written: false };
  (globalThis as Record<symbol, CodeCacheHook>)[HOOK] = hook;
  const dir = codeCacheDir();
  const runtime = `${process.versions.v8}-${process.arch}`.replace(/[^\w.-]/g, '_');
  const file = dir ? join(dir, `server-${buildHash}-${runtime}.cache`) : null;
  // Beside it, the catalogue's phrase units (match/phrase-units.ts) of an earlier
  // start of this build on this runtime (normalising text uses its Unicode data).
  const unitsFile = dir ? join(dir, `server-${buildHash}-${runtime}.units`) : null;
  let cachedData: Buffer | undefined;
  let units: PhraseUnitStore | null = null;
  if (dir && file && unitsFile) {
    let folder: Stats | null = null;
    try {
      folder = statSync(dir);
    } catch {
      // not made yet: the first save makes it
    }
    if (folder && !(folder.isDirectory() && ownedSafely(folder))) hook.state = 'unusable';
    else {
      const code = readOwn(file);
      hook.state = typeof code === 'string' ? code : 'absent';
      if (typeof code !== 'string') cachedData = code;
      const data = readOwn(unitsFile);
      if (data !== 'unusable') units = { data: typeof data === 'string' ? undefined : data };
      (globalThis as Record<symbol, PhraseUnitStore | null>)[PHRASE_UNITS] = units;
    }
  }
  // The wrapper on a line of its own, not counted: lines and columns in stack
  // traces are those of the bundle (and of its source map, server-main.js.map).
  const wrap = (code: string) => `(function (exports, require, module, __filename, __dirname) {\n${code}\n})`;
  const wrapped = `[${wrap(source)}${companions.map((c) => `,${wrap(c.source)}`).join('')}]`;
  const script = new Script(wrapped, { filename, cachedData, lineOffset: -1 });
  if (cachedData) hook.state = script.cachedDataRejected ? 'rejected' : 'accepted';
  const writeCode = dir && file && (hook.state === 'absent' || hook.state === 'rejected');
  if (dir && file && unitsFile && (writeCode || units)) {
    hook.save = () => {
      hook.save = undefined;
      // The units when this start made some the file did not hold (or there was none, or it was damaged).
      let data: Uint8Array | null = null;
      try {
        data = units?.collect?.() ?? null;
      } catch {
        // not worth a failure
      }
      if ((!writeCode && !data) || !usableDir(dir, true)) return;
      try {
        if (data) writeOwn(unitsFile, data);
      } catch {
        // as below
      }
      if (!writeCode) return;
      try {
        writeOwn(file, script.createCachedData());
        hook.written = true;
        // Caches of earlier builds for this V8 are of no use any more; others
        // (another Node or VS Code) once they have not been written for 30 days.
        const old = Date.now() - 30 * 24 * 3600 * 1000;
        for (const f of readdirSync(dir)) {
          const path = join(dir, f);
          if (!f.startsWith('server-') || path === file || path === unitsFile || !/\.(?:cache|units|tmp)$/.test(f)) continue;
          if (f.endsWith(`-${runtime}.cache`) || f.endsWith(`-${runtime}.units`) || statSync(path).mtimeMs < old) unlinkSync(path);
        }
      } catch {
        // another server wrote it at the same moment, or the disk said no: next time
      }
    };
  }
  type Body = (e: unknown, r: NodeJS.Require, m: NodeJS.Module, f: string, d: string) => void;
  const [main, ...others] = script.runInThisContext() as Body[];
  companions.forEach((c, i) => {
    const m = new Module(c.file, mod) as NodeJS.Module & { filename: string; loaded: boolean };
    m.filename = c.file;
    others[i].call(m.exports, m.exports, createRequire(c.file), m, c.file, dirname(c.file));
    m.loaded = true;
    req.cache[c.file] = m;
  });
  main.call(mod.exports, mod.exports, req, mod, filename, dirname(filename));
}
