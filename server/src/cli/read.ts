// Reading a document for the CLI: one clear error for a file that is not text.

import { readFileSync, statSync } from 'node:fs';

export type ReadResult = { text: string } | { error: string } | { tooLarge: number };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readDocument(path: string, maxSize: number): ReadResult {
  let bytes: Buffer;
  try {
    if (path === '-') bytes = readFileSync(0);
    else {
      const size = statSync(path).size;
      // UTF-8 takes at most 3 bytes per UTF-16 code unit: anything larger is over the limit.
      if (size > maxSize * 3) return { tooLarge: size };
      bytes = readFileSync(path);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { error: err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.message };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { error: 'binary file (it contains NUL bytes), not linted' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: 'not valid UTF-8 text, not linted' };
  }
}
