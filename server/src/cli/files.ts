// Turns command-line operands into files: paths, directories (walked, without
// node_modules and .git, safe against symlink loops) and globs.

import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface Expanded {
  files: string[];
  errors: Array<{ path: string; message: string }>;
}

export function expandOperands(operands: string[], cwd = process.cwd()): Expanded {
  const files: string[] = [];
  const errors: Expanded['errors'] = [];
  const seen = new Set<string>();
  // A file named twice (by a folder and by name, or as ./a.md and a.md) is checked once.
  const add = (f: string) => {
    const key = f === '-' ? f : resolve(cwd, f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const op of operands) {
    if (op === '-') {
      add('-');
      continue;
    }
    const abs = resolve(cwd, op);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      walk(abs, (f) => MARKDOWN.test(f), add, errors);
    } else if (stat) {
      add(op);
    } else if (picomatch.scan(op).isGlob) {
      const { base, glob } = picomatch.scan(op);
      const matcher = picomatch(glob, { dot: false });
      const root = resolve(cwd, base || '.');
      const before = files.length;
      // A pattern under a folder that does not exist matches nothing, which is all there is to say.
      if (isFolder(root)) walk(root, (f) => matcher(relative(root, f).split('\\').join('/')), (f) => add(relative(cwd, f) || f), errors);
      if (files.length === before) errors.push({ path: op, message: 'no files match this pattern' });
    } else {
      errors.push({ path: op, message: 'no such file or directory' });
    }
  }
  return { files, errors };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function walk(dir: string, want: (file: string) => boolean, add: (file: string) => void, errors: Expanded['errors'], visited = new Set<string>()): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    errors.push({ path: dir, message: (e as Error).message });
    return;
  }
  if (visited.has(real)) return; // a symlink loop, or a folder reached twice
  visited.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (e) {
    errors.push({ path: dir, message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = statSync(full);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue; // a dangling link is not a document
      }
    }
    if (isDir) {
      if (!SKIP_DIRS.has(entry.name)) walk(full, want, add, errors, visited);
    } else if (isFile && want(full)) {
      add(full);
    }
  }
}
