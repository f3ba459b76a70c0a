// The units of match/phrases.ts (a phrase's index keys, without its regular
// expression), made once per phrase, and a file format for keeping them from
// one process to the next: the language server's launcher (lsp/code-cache.ts)
// saves them after its first start, so later starts need not make them again.

/** One phrase (no `&`): its matcher and the keys a sentence must hold for it to match. */
export interface Unit {
  /** Built on first use: most phrases are never candidates in a given document. */
  re: RegExp | null;
  phrase: string;
  /** The keys it is indexed by; null: no word of the phrase has a fixed beginning, so always try it. */
  keys: number[] | null;
  /** Per word with a fixed beginning (but the one indexed by), its keys: a
   * sentence must hold one key of every such word before the regular
   * expression is worth running. */
  words: number[][];
}

/** Units by phrase: a phrase in several lists (a heading that is also a
 * signal, one element's exclusion another's cue) is read, and its regular
 * expression compiled, once. A unit holds nothing of the Matcher using it. */
export const unitsByPhrase = new Map<string, Unit>();
export const NO_WORDS: number[][] = [];
// Units saved by an earlier process. Reading the catalogue's phrases into
// units is much of the first lint (the language server's first diagnostics);
// a unit is a function of its phrase alone (for one build and runtime), so a
// host that keeps a file per build (the language server's launcher,
// lsp/code-cache.ts) may hand over the units of an earlier start through
// globalThis[Symbol.for('imvo-lint.phraseUnits')], set before this module
// loads, and later asks `collect()` for this process's units to save. A file
// that is damaged in any way is not used: the units are then made as usual.

/** What a host hands over and gets back (by symbol: the launcher is another bundle). */
export interface PhraseUnitStore {
  /** A file written by `collect()`; read on the first lint, then dropped. */
  data?: Uint8Array;
  /** How the data went: used, or not (damaged, or of another format). */
  state?: 'accepted' | 'rejected';
  /** Units were made that the data did not have. */
  grown?: boolean;
  /** Set here: the units to save, or null when the data held them all. */
  collect?: () => Uint8Array | null;
}
export const PHRASE_UNITS = Symbol.for('imvo-lint.phraseUnits');
export const store = (globalThis as Record<symbol, PhraseUnitStore | undefined>)[PHRASE_UNITS];
if (store) {
  // Nothing new when the data was never read (no lint yet) or held every unit made.
  store.collect = () => (store.data || !unitsByPhrase.size || (store.state === 'accepted' && !store.grown) ? null : encodeUnits());
}

export function restoreUnits(s: PhraseUnitStore): void {
  const units = decodeUnits(s.data!);
  s.data = undefined;
  s.state = units ? 'accepted' : 'rejected';
  // Read at the first unit asked for, so before any was made here.
  if (units) for (let i = 0; i < units.length; i++) unitsByPhrase.set(units[i].phrase, units[i]);
}

// The file: 32-bit integers (the machine's byte order: a file is per
// architecture), then the phrases:
//   magic, format, units U, key lists L, keys K, unit ints D, characters C, checksum;
//   the end of each key list in the keys (L); the keys (K);
//   per unit: its phrase's length, its number of key lists (-1: no keys), the
//   lists (the one it is indexed by first, then its words) (D);
//   the phrases, one after another (C code units, padded to a whole integer;
//   one byte each when all are under 256, as in the catalogue: format + LATIN1).
const UNITS_MAGIC = 0x55564d49; // "IMVU"
const UNITS_FORMAT = 1;
const LATIN1 = 0x100;
const HEADER = 8;

/** The units made so far, as a file for decodeUnits. */
export function encodeUnits(): Uint8Array {
  const lists = new Map<number[], number>();
  const order: number[][] = [];
  let keyCount = 0;
  let unitInts = 0;
  let chars = 0;
  const units = [...unitsByPhrase.values()];
  const listId = (keys: number[]): number => {
    let id = lists.get(keys);
    if (id === undefined) {
      lists.set(keys, (id = order.length));
      order.push(keys);
      keyCount += keys.length;
    }
    return id;
  };
  for (const u of units) {
    if (u.keys) {
      listId(u.keys);
      for (const w of u.words) listId(w);
    }
    unitInts += 2 + (u.keys ? 1 + u.words.length : 0);
    chars += u.phrase.length;
  }
  let wide = false;
  for (const u of units) if (/[^\0-\xff]/.test(u.phrase)) wide = true;
  const ints = new Int32Array(HEADER + order.length + keyCount + unitInts + (wide ? (chars + 1) >> 1 : (chars + 3) >> 2));
  let p = HEADER;
  let end = 0;
  for (const keys of order) ints[p++] = end += keys.length;
  for (const keys of order) for (const k of keys) ints[p++] = k;
  for (const u of units) {
    ints[p++] = u.phrase.length;
    ints[p++] = u.keys ? 1 + u.words.length : -1;
    if (u.keys) {
      ints[p++] = lists.get(u.keys)!;
      for (const w of u.words) ints[p++] = lists.get(w)!;
    }
  }
  const text = wide ? new Uint16Array(ints.buffer, p * 4, chars) : new Uint8Array(ints.buffer, p * 4, chars);
  let c = 0;
  for (const u of units) for (let i = 0; i < u.phrase.length; i++) text[c++] = u.phrase.charCodeAt(i);
  ints.set([UNITS_MAGIC, UNITS_FORMAT | (wide ? 0 : LATIN1), units.length, order.length, keyCount, unitInts, chars, 0]);
  ints[7] = checksum(ints);
  return new Uint8Array(ints.buffer);
}

/** The units of a file from encodeUnits, or null when it is not one, or damaged. */
export function decodeUnits(data: Uint8Array): Unit[] | null {
  if (data.byteLength < HEADER * 4 || data.byteLength % 4) return null;
  // Int32Array needs a whole-integer offset; a small Buffer may be a pool slice.
  const bytes = data.byteOffset % 4 ? new Uint8Array(data) : data;
  const ints = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const [magic, format, unitCount, listCount, keyCount, unitInts, chars] = ints;
  const wide = format === UNITS_FORMAT;
  if (magic !== UNITS_MAGIC || (!wide && format !== (UNITS_FORMAT | LATIN1)) || unitCount < 0 || listCount < 0 || keyCount < 0 || unitInts < 0 || chars < 0) return null;
  const keysAt = HEADER + listCount;
  const unitsAt = keysAt + keyCount;
  const textAt = unitsAt + unitInts;
  if (textAt + (wide ? (chars + 1) >> 1 : (chars + 3) >> 2) !== ints.length || checksum(ints) !== ints[7]) return null;
  const lists = new Array<number[]>(listCount);
  for (let i = 0, start = 0; i < listCount; i++) {
    const end = ints[HEADER + i];
    if (end < start || end > keyCount) return null;
    const keys: number[] = [];
    for (let k = start; k < end; k++) keys.push(ints[keysAt + k]);
    lists[i] = keys;
    start = end;
  }
  // Node's latin1 and utf16le keep every code unit (a TextDecoder would
  // replace a lone surrogate, and its latin1 is windows-1252).
  const text = Buffer.from(ints.buffer, ints.byteOffset + textAt * 4, wide ? chars * 2 : chars).toString(wide ? 'utf16le' : 'latin1');
  const units: Unit[] = [];
  let p = unitsAt;
  let c = 0;
  for (let i = 0; i < unitCount; i++) {
    if (p + 2 > textAt) return null;
    const length = ints[p++];
    const n = ints[p++];
    if (length < 0 || c + length > chars || n < -1 || n === 0 || p + Math.max(n, 0) > textAt) return null;
    let keys: number[] | null = null;
    let words = NO_WORDS;
    if (n > 0) {
      for (let j = 0; j < n; j++) if (ints[p + j] < 0 || ints[p + j] >= listCount) return null;
      keys = lists[ints[p++]];
      if (n > 1) {
        words = new Array<number[]>(n - 1);
        for (let j = 0; j < n - 1; j++) words[j] = lists[ints[p++]];
      }
    }
    units.push({ re: null, phrase: text.slice(c, (c += length)), keys, words });
  }
  return p === textAt && c === chars ? units : null;
}

/** A hash (FNV-1a over integers) of every integer but the checksum itself
 * (the header's last): a file changed anywhere is not used. Each step is
 * one-to-one in the hash so far and in the integer, so any one integer
 * changed changes the hash. */
function checksum(ints: Int32Array): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < HEADER - 1; i++) h = Math.imul(h ^ ints[i], 0x01000193);
  for (let i = HEADER; i < ints.length; i++) h = Math.imul(h ^ ints[i], 0x01000193);
  return h;
}

