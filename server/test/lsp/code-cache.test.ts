// The language server's V8 code cache (server/src/lsp/code-cache.ts): where it
// lives, when a folder or file is trusted, and over stdio with the built
// server: written after the first diagnostics, accepted by the next start with
// the same diagnostics, a damaged file rejected (and replaced), an unsafe
// folder left alone, nothing written when off; the same for the phrase units
// kept beside it (match/phrases.ts).

import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Stats } from 'node:fs';
import { codeCacheDir, codeCacheHook, ownedSafely, runWithCodeCache } from '../../src/lsp/code-cache.js';
import { ROOT, TestClient } from './harness.js';

describe('the code cache folder', () => {
  const home = () => '/home/u';
  it('is the user\'s cache folder, per platform, and can be moved or turned off', () => {
    expect(codeCacheDir({}, 'linux', home)).toBe('/home/u/.cache/imvo-lint');
    expect(codeCacheDir({ XDG_CACHE_HOME: '/var/cache/u' }, 'linux', home)).toBe('/var/cache/u/imvo-lint');
    expect(codeCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', home)).toBe('/home/u/.cache/imvo-lint');
    expect(codeCacheDir({}, 'darwin', home)).toBe('/home/u/Library/Caches/imvo-lint');
    expect(codeCacheDir({ LOCALAPPDATA: '/appdata' }, 'win32', home)).toBe('/appdata/imvo-lint/Cache');
    expect(codeCacheDir({}, 'win32', home)).toBeNull();
    expect(codeCacheDir({ IMVO_LINT_CODE_CACHE: '/tmp/x' }, 'linux', home)).toBe('/tmp/x');
    for (const off of ['off', 'OFF', '0', 'false', 'no']) expect(codeCacheDir({ IMVO_LINT_CODE_CACHE: off }, 'linux', home)).toBeNull();
    // A relative path is not trusted: the default applies.
    expect(codeCacheDir({ IMVO_LINT_CODE_CACHE: 'cache' }, 'linux', home)).toBe('/home/u/.cache/imvo-lint');
    expect(codeCacheDir({}, 'linux', () => { throw new Error('no home'); })).toBeNull();
  });

  it('is trusted only when it is the user\'s own and nobody else may write to it', () => {
    const s = (uid: number, mode: number) => ({ uid, mode }) as Stats;
    expect(ownedSafely(s(1000, 0o40700), 1000)).toBe(true);
    expect(ownedSafely(s(1000, 0o40755), 1000)).toBe(true);
    expect(ownedSafely(s(1000, 0o40775), 1000)).toBe(false);
    expect(ownedSafely(s(1000, 0o40777), 1000)).toBe(false);
    expect(ownedSafely(s(0, 0o40700), 1000)).toBe(false);
    expect(ownedSafely(s(0, 0o40777), null)).toBe(true); // Windows: no owners to compare
  });
});

describe('running a bundle', () => {
  it('gives it exports, require, module, __filename and __dirname, and stack traces its own lines', () => {
    const saved = process.env.IMVO_LINT_CODE_CACHE;
    process.env.IMVO_LINT_CODE_CACHE = 'off';
    try {
      const mod = { exports: {} } as NodeJS.Module;
      const source = "'use strict';\nmodule.exports.where = [__filename, __dirname, typeof require('node:path').join];\nmodule.exports.fail = () => { throw new Error('x'); };\n";
      runWithCodeCache(source, '0123456789abcdef', '/virtual/dist/server.js', require, mod);
      const e = mod.exports as { where: string[]; fail: () => void };
      expect(e.where).toEqual(['/virtual/dist/server.js', '/virtual/dist', 'function']);
      let stack = '';
      try {
        e.fail();
      } catch (err) {
        stack = String((err as Error).stack);
      }
      expect(stack).toContain('/virtual/dist/server.js:3:37');
      expect(codeCacheHook()).toMatchObject({ state: 'off', written: false });
    } finally {
      if (saved === undefined) delete process.env.IMVO_LINT_CODE_CACHE;
      else process.env.IMVO_LINT_CODE_CACHE = saved;
    }
  });
});

describe('running a bundle with a companion (dist/protocol.js)', () => {
  it('runs the companion first, in the same script, and the bundle\'s require gets it from require.cache', () => {
    const saved = process.env.IMVO_LINT_CODE_CACHE;
    process.env.IMVO_LINT_CODE_CACHE = 'off';
    const dir = mkdtempSync(join(tmpdir(), 'imvo-companion-'));
    const file = join(dir, 'protocol.js');
    // On disk something else: what the bundle gets must be the companion as compiled with it.
    writeFileSync(file, 'exports.fromDisk = true;\n');
    try {
      const mod = { exports: {} } as NodeJS.Module;
      const source = "'use strict';\nmodule.exports.protocol = require(process.env.IMVO_TEST_COMPANION);\nmodule.exports.fail = () => { throw new Error('x'); };\n";
      process.env.IMVO_TEST_COMPANION = file;
      runWithCodeCache(source, '0123456789abcdef', join(dir, 'server.js'), require, mod, [{ file, source: "'use strict';\nexports.where = [__filename, __dirname];\n" }]);
      const e = mod.exports as { protocol: { where?: string[]; fromDisk?: boolean }; fail: () => void };
      expect(e.protocol).toEqual({ where: [file, dir] });
      expect(require.cache[file]?.exports).toBe(e.protocol);
      let stack = '';
      try {
        e.fail();
      } catch (err) {
        stack = String((err as Error).stack);
      }
      // The bundle's lines stay its own with a companion after it.
      expect(stack).toContain(`${join(dir, 'server.js')}:3:37`);
    } finally {
      delete require.cache[file];
      delete process.env.IMVO_TEST_COMPANION;
      rmSync(dir, { recursive: true, force: true });
      if (saved === undefined) delete process.env.IMVO_LINT_CODE_CACHE;
      else process.env.IMVO_LINT_CODE_CACHE = saved;
    }
  });
});

describe('the built server with a code cache', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const plan = readFileSync(join(ROOT, 'test-fixtures/documents/dialoogplan-koffie-cooperaties.md'), 'utf8');

  /** Starts a server, lints the plan, returns its diagnostics and what it says of its code cache. */
  async function run(env: Record<string, string>, server?: string): Promise<{ messages: string[]; codeCache: string; written: boolean }> {
    const client = TestClient.start('stdio', env, server);
    await client.initialize({ locale: 'nl' });
    const p = await client.open('file:///virtual/plan.md', plan);
    const stats = (await client.connection.sendRequest('imvoLint/stats')) as { codeCache: string; codeCacheWritten: boolean };
    expect(await client.stop()).toBe(0);
    return { messages: p.diagnostics.map((d) => `${d.code} ${d.message}`), codeCache: stats.codeCache, written: stats.codeCacheWritten };
  }
  const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.cache'));
  /** An empty cache folder (owner only, as the server makes it) and this runtime's part of the file names. */
  const cacheFolder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'imvo-code-cache-'));
    dirs.push(dir);
    const cache = join(dir, 'sub');
    mkdirSync(cache, { mode: 0o700 });
    return { cache, runtime: `${process.versions.v8}-${process.arch}`.replace(/[^\w.-]/g, '_') };
  };

  it('writes the cache after the first diagnostics; the next start uses it and says the same', async () => {
    const { cache, runtime } = cacheFolder();
    // Left by earlier builds: for this V8 (of no use), for another V8 (kept while recent).
    const earlier = join(cache, `server-0000000000000000-${runtime}.cache`);
    const recent = join(cache, 'server-0000000000000000-1.2.3-other.cache');
    const stale = join(cache, 'server-0000000000000000-1.2.4-other.cache');
    for (const f of [earlier, recent, stale]) writeFileSync(f, 'x');
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    utimesSync(stale, longAgo, longAgo);
    const first = await run({ IMVO_LINT_CODE_CACHE: cache });
    expect(first).toMatchObject({ codeCache: 'absent', written: true });
    expect(first.messages.length).toBeGreaterThan(0);
    expect([earlier, recent, stale].map(existsSync)).toEqual([false, true, false]);
    rmSync(recent);
    expect(caches(cache)).toHaveLength(1);
    expect(statSync(cache).mode & 0o077).toBe(0);
    expect(statSync(join(cache, caches(cache)[0])).mode & 0o077).toBe(0);
    const second = await run({ IMVO_LINT_CODE_CACHE: cache });
    expect(second).toEqual({ ...first, codeCache: 'accepted', written: false });

    // A damaged file is rejected by V8, the server works as before and writes a good one.
    const file = join(cache, caches(cache)[0]);
    const size = statSync(file).size;
    writeFileSync(file, Buffer.alloc(size, 7));
    expect(await run({ IMVO_LINT_CODE_CACHE: cache })).toEqual({ ...first, codeCache: 'rejected', written: true });
    expect(readFileSync(file).equals(Buffer.alloc(size, 7))).toBe(false);
    expect(await run({ IMVO_LINT_CODE_CACHE: cache })).toEqual({ ...first, codeCache: 'accepted', written: false });
  });

  it('keeps the phrase units beside it: used by the next start, replaced when damaged', async () => {
    const { cache, runtime } = cacheFolder();
    const earlier = join(cache, `server-0000000000000000-${runtime}.units`);
    writeFileSync(earlier, 'x');
    const units = () => readdirSync(cache).filter((f) => f.endsWith('.units'));
    const first = await run({ IMVO_LINT_CODE_CACHE: cache });
    expect(existsSync(earlier)).toBe(false);
    expect(units()).toHaveLength(1);
    const file = join(cache, units()[0]);
    expect(statSync(file).mode & 0o077).toBe(0);
    const saved = readFileSync(file);
    expect(saved.length).toBeGreaterThan(10_000);
    // The next start finds every unit it needs there: the same diagnostics, nothing written.
    expect(await run({ IMVO_LINT_CODE_CACHE: cache })).toEqual({ ...first, codeCache: 'accepted', written: false });
    expect(readFileSync(file).equals(saved)).toBe(true);
    // A damaged file is not used: the same diagnostics, and a good file again.
    const bad = Buffer.from(saved);
    bad[bad.length >> 1] ^= 1;
    writeFileSync(file, bad);
    expect(await run({ IMVO_LINT_CODE_CACHE: cache })).toEqual({ ...first, codeCache: 'accepted', written: false });
    expect(readFileSync(file).equals(saved)).toBe(true);
  });

  /** The three files of the built server in a folder of their own. */
  const copyOfServer = () => {
    const dir = mkdtempSync(join(tmpdir(), 'imvo-server-copy-'));
    dirs.push(dir);
    for (const f of ['server.js', 'server-main.js', 'protocol.js']) copyFileSync(join(ROOT, 'dist', f), join(dir, f));
    return dir;
  };

  it('says which file is missing when the launcher stands without its bundles', () => {
    for (const gone of ['server-main.js', 'protocol.js']) {
      const dir = copyOfServer();
      rmSync(join(dir, gone));
      const r = spawnSync(process.execPath, [join(dir, 'server.js'), '--stdio'], { input: '', encoding: 'utf8', env: { ...process.env, IMVO_LINT_CODE_CACHE: 'off' } });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(`${join(dir, gone)} is missing or unreadable; it belongs beside ${join(dir, 'server.js')}`);
    }
  });

  it('gives a bundle changed after the build a cache of its own, and still works', async () => {
    const { cache } = cacheFolder();
    const built = await run({ IMVO_LINT_CODE_CACHE: cache });
    const [buildsCache] = caches(cache);
    const dir = copyOfServer();
    const edited = `${readFileSync(join(dir, 'server-main.js'), 'utf8')}// changed by hand\n`;
    writeFileSync(join(dir, 'server-main.js'), edited);
    const changed = await run({ IMVO_LINT_CODE_CACHE: cache }, join(dir, 'server.js'));
    // Not the build's cache (which V8 might take for this code): one of its own,
    // named by the files' lengths, which replaces it as any other build's would.
    expect(changed).toEqual({ ...built, codeCache: 'absent', written: true });
    expect(caches(cache)).toHaveLength(1);
    expect(caches(cache)[0]).not.toBe(buildsCache);
    expect(caches(cache)[0]).toContain(`-${edited.length}-`);
    expect(await run({ IMVO_LINT_CODE_CACHE: cache }, join(dir, 'server.js'))).toEqual({ ...built, codeCache: 'accepted', written: false });
  });

  it('leaves a folder others may write to alone, and writes nothing when off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imvo-code-cache-'));
    dirs.push(dir);
    if (process.platform !== 'win32') {
      const shared = join(dir, 'shared');
      const ok = await run({ IMVO_LINT_CODE_CACHE: shared });
      expect(ok).toMatchObject({ codeCache: 'absent', written: true });
      chmodSync(shared, 0o777);
      const r = await run({ IMVO_LINT_CODE_CACHE: shared });
      expect(r).toEqual({ ...ok, codeCache: 'unusable', written: false });
    }
    const off = join(dir, 'off');
    expect(await run({ IMVO_LINT_CODE_CACHE: 'off', XDG_CACHE_HOME: off, HOME: off })).toMatchObject({ codeCache: 'off', written: false });
    expect(() => readdirSync(off)).toThrow();
  });
});
