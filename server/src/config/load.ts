// Finding `.imvo-lint.json` on disk: the nearest one walking up from the
// document's folder, stopping at `stopAt` (a workspace root) when given. One
// file applies, never a merge of several, so it is always clear which applied.

import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseConfig, type ConfigProblem } from './validate.js';
import type { LintConfig } from './types.js';

export const CONFIG_FILE = '.imvo-lint.json';

export interface LoadedConfig {
  /** The file that applied, or null when none was found. */
  path: string | null;
  config: LintConfig;
  problems: ConfigProblem[];
}

const cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfig }>();

export function findConfigFile(startDir: string, stopAt?: string): string | null {
  let dir = resolve(startDir);
  const stop = stopAt ? resolve(stopAt) : null;
  for (let i = 0; i < 100; i++) {
    const candidate = join(dir, CONFIG_FILE);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here: go up
    }
    if (dir === stop) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  return null;
}

export function loadConfigFile(path: string): LoadedConfig {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    return { path, config: {}, problems: [{ message: `cannot read: ${(e as Error).message}`, line: 0, character: 0 }] };
  }
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.loaded;
  let loaded: LoadedConfig;
  try {
    const text = readFileSync(path, 'utf8');
    loaded = { path, ...parseConfig(text) };
  } catch (e) {
    loaded = { path, config: {}, problems: [{ message: `cannot read: ${(e as Error).message}`, line: 0, character: 0 }] };
  }
  cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
  return loaded;
}

/** The configuration for a document at `documentPath`. */
export function configFor(documentPath: string, stopAt?: string): LoadedConfig {
  const file = findConfigFile(dirname(resolve(documentPath)), stopAt);
  return file ? loadConfigFile(file) : { path: null, config: {}, problems: [] };
}

export function formatProblem(path: string, p: ConfigProblem): string {
  return `${path}:${p.line + 1}:${p.character + 1}: ${p.message}`;
}
