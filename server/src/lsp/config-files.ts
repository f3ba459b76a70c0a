// Which `.imvo-lint.json` applies to a document: the nearest one walking up
// from the document's folder, stopping at the workspace folder that holds it
// (or the file system root for loose files). Only `file:` documents have one.
// Results are remembered per folder until a watched config file changes.

import { dirname, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configFor, type LoadedConfig } from '../index.js';

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

export class ConfigFiles {
  private readonly byFolder = new Map<string, LoadedConfig>();
  private roots: string[] = [];

  setRoots(uris: string[]): void {
    this.roots = uris.map(uriToPath).filter((p): p is string => !!p).sort((a, b) => b.length - a.length);
    this.byFolder.clear();
  }

  /** The workspace folder holding a path (the deepest one), if any. */
  rootOf(path: string): string | undefined {
    return this.roots.find((r) => path === r || path.startsWith(r.endsWith(sep) ? r : r + sep));
  }

  forDocument(uri: string): LoadedConfig {
    const path = uriToPath(uri);
    if (!path) return { path: null, config: {}, problems: [] };
    const folder = dirname(path);
    let loaded = this.byFolder.get(folder);
    if (!loaded) {
      loaded = configFor(path, this.rootOf(path));
      this.byFolder.set(folder, loaded);
    }
    return loaded;
  }

  /** The folder of a configuration file as lintPath's paths see it: relative to its
   * workspace folder, with `/` ('' at the root); absolute outside any. */
  folderOf(configPath: string | null): string {
    if (!configPath) return '';
    const folder = dirname(configPath);
    const root = this.rootOf(configPath);
    return (root ? relative(root, folder) : folder).split(sep).join('/');
  }

  /** The path the engine sees (relative to the workspace folder, for document-type globs). */
  lintPath(uri: string): string | null {
    const path = uriToPath(uri);
    if (!path) {
      const m = /[^/]+$/.exec(uri.replace(/[?#].*$/, ''));
      return m ? decodeURIComponent(m[0]) : null;
    }
    const root = this.rootOf(path);
    return root ? relative(root, path).split(sep).join('/') : path;
  }

  invalidate(): void {
    this.byFolder.clear();
  }
}
