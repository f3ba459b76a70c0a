// Reading a document for the CLI: one clear error for a file that is not text.

import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

/** `head`: the start of a file too large to read, to tell its type by. */
export type ReadResult = { text: string } | { error: string } | { tooLarge: number; head: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readDocument(path: string, maxSize: number, headSize = 64 * 1024): ReadResult {
  let bytes: Buffer;
  try {
    if (path === '-') bytes = readFileSync(0);
    else {
      const size = statSync(path).size;
      // UTF-8 takes at most 3 bytes per UTF-16 code unit: anything larger is over the limit.
      if (size > maxSize * 3) return { tooLarge: size, head: readHead(path, headSize) };
      bytes = readFileSync(path);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { error: err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.message };
  }
  if (isBinary(bytes)) return { error: 'binary file (it contains NUL bytes), not linted' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: 'not valid UTF-8 text, not linted' };
  }
}

/** The first `size` bytes as text (a character cut at the end is dropped); '' if unreadable or binary. */
function readHead(path: string, size: number): string {
  const buffer = Buffer.alloc(size);
  let n = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      n = readSync(fd, buffer, 0, size, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
  const bytes = buffer.subarray(0, n);
  if (isBinary(bytes)) return '';
  return new TextDecoder('utf-8').decode(bytes).replace(/\uFFFD+$/, '');
}

/** A NUL byte near the start: not a text file. */
function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
