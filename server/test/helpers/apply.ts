// Applies insert fixes to text, as an editor would.
import type { InsertFix } from '../../src/core/types.js';

export function applyInserts(text: string, fixes: InsertFix[]): string {
  let out = text;
  for (const f of [...fixes].sort((a, b) => b.offset - a.offset)) out = out.slice(0, f.offset) + f.text + out.slice(f.offset);
  return out;
}

/** True when every line of `before` appears in `after`, in order. */
export function keepsAllLines(before: string, after: string): boolean {
  const a = after.split(/\r\n|\r|\n/);
  let i = 0;
  for (const line of before.split(/\r\n|\r|\n/)) {
    while (i < a.length && a[i] !== line) i++;
    if (i === a.length) return false;
    i++;
  }
  return true;
}
