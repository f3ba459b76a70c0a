// Per-document memory of analysed segments, keyed by their text. An edit
// changes one or two segments; the others are reused as they are. Entries not
// used by the latest analysis are dropped, so the cache never holds more than
// one version of a document (plus what the latest edit replaced).

import { analyseSegment, type SegmentContent } from './markdown.js';

export class SegmentCache {
  private entries = new Map<string, SegmentContent>();
  private used = new Set<string>();
  hits = 0;
  misses = 0;

  get(text: string): SegmentContent {
    this.used.add(text);
    let content = this.entries.get(text);
    if (content) {
      this.hits++;
      return content;
    }
    this.misses++;
    content = analyseSegment(text);
    // The segment's text is a slice of the whole document: as a key it would
    // keep that version of the document alive for as long as the segment
    // stays unchanged. Keep a copy of its own instead.
    this.entries.set(text.length > 12 ? Buffer.from(text, 'utf16le').toString('utf16le') : text, content);
    return content;
  }

  /** Forget what the last analysis did not use. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
